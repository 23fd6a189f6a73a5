let finalSquare = 25
var board = [Int](repeating: 0, count: finalSquare + 1)
board[03] = +08; board[06] = +11; board[09] = +09; board[10] = +02
board[14] = -10; board[19] = -11; board[22] = -02; board[24] = -08
var square = 0
var diceRoll = 0
gameLoop: while square != finalSquare {
    diceRoll += 1
    if diceRoll == 7 { diceRoll = 1 }
    switch square + diceRoll {
    case finalSquare: break gameLoop
    case let newSquare where newSquare > finalSquare: continue gameLoop
    default:
        square += diceRoll
        square += board[square]
    }
}
print("Game over!", square, diceRoll)
let somePoint = (1, 1)
switch somePoint {
case (0, 0): print("\(somePoint) is at the origin")
case (_, 0): print("\(somePoint) is on the x-axis")
case (0, _): print("\(somePoint) is on the y-axis")
case (-2...2, -2...2): print("\(somePoint) is inside the box")
default: print("\(somePoint) is outside of the box")
}
let approximateCount = 62
let naturalCount: String
switch approximateCount {
case 0: naturalCount = "no"
case 1..<5: naturalCount = "a few"
case 5..<12: naturalCount = "several"
case 12..<100: naturalCount = "dozens of"
default: naturalCount = "many"
}
print("There are \(naturalCount) moons orbiting Saturn.")
let puzzleInput = "great minds think alike"
var puzzleOutput = ""
for character in puzzleInput {
    switch character {
    case "a", "e", "i", "o", "u", " ": continue
    default: puzzleOutput.append(character)
    }
}
print(puzzleOutput)
let integerToDescribe = 5
var description = "The number \(integerToDescribe) is"
switch integerToDescribe {
case 2, 3, 5, 7, 11, 13, 17, 19: description += " a prime number, and also"; fallthrough
default: description += " an integer."
}
print(description)
for i in stride(from: 0, to: 60, by: 15) where i != 30 { print(i, terminator: " ") }
print()
let x = 7
let kind = if x % 2 == 0 { "even" } else { "odd" }
print(kind)
let size = switch x { case ..<5: "small"; case 5..<10: "medium"; default: "large" }
print(size)
if #available(macOS 10.12, *) { print("available") }
