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
    case finalSquare:
        break gameLoop
    case let newSquare where newSquare > finalSquare:
        continue gameLoop
    default:
        square += diceRoll
        square += board[square]
    }
}
print("Game over!", square)
let somePoint = (1, 1)
switch somePoint {
case (0, 0): print("\(somePoint) is at the origin")
case (_, 0): print("\(somePoint) is on the x-axis")
case (0, _): print("\(somePoint) is on the y-axis")
case (-2...2, -2...2): print("\(somePoint) is inside the box")
default: print("\(somePoint) is outside of the box")
}
let yetAnotherPoint = (1, -1)
switch yetAnotherPoint {
case let (x, y) where x == y: print("(\(x), \(y)) is on the line x == y")
case let (x, y) where x == -y: print("(\(x), \(y)) is on the line x == -y")
case let (x, y): print("(\(x), \(y)) is just some arbitrary point")
}
let integerToDescribe = 5
var description = "The number \(integerToDescribe) is"
switch integerToDescribe {
case 2, 3, 5, 7, 11, 13, 17, 19:
    description += " a prime number, and also"
    fallthrough
default:
    description += " an integer."
}
print(description)
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
func greet(person: [String: String]) {
    guard let name = person["name"] else { return }
    print("Hello \(name)!")
    guard let location = person["location"] else {
        print("I hope the weather is nice near you.")
        return
    }
    print("I hope the weather is nice in \(location).")
}
greet(person: ["name": "John"])
greet(person: ["name": "Jane", "location": "Cupertino"])
if #available(macOS 10.12, *) { print("available") }
let minutes = 60
for tickMark in stride(from: 0, to: minutes, by: 15) { print(tickMark, terminator: " ") }
print()
var r = 1
repeat { r *= 2 } while r < 100
print(r)
let (q, rem) = 17.quotientAndRemainder(dividingBy: 5)
print(q, rem, 17 % 5, -17 % 5, 7 / 2, 7.0 / 2)
print(1 == 1 && (2, "zebra") < (2, "zoo"))
let contentHeight = 40
let hasHeader = true
let rowHeight = contentHeight + (hasHeader ? 50 : 20)
print(rowHeight, 0b1010, 0o17, 0xFF, 1_000_000, 1.25e2, 0xFp2)
var aa: UInt8 = 255
aa = aa &+ 1
print(aa, UInt8.max, Int8.min, Int16(300))
print(~0b00001111 as UInt8, 0b1111 << 2, 0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
