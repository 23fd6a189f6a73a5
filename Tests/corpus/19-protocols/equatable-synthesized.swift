struct Vector3D: Equatable {
    var x = 0.0, y = 0.0, z = 0.0
}

enum Token: Equatable {
    case number(Int)
    case plus
    case word(String)
}

let twoThreeFour = Vector3D(x: 2.0, y: 3.0, z: 4.0)
let anotherTwoThreeFour = Vector3D(x: 2.0, y: 3.0, z: 4.0)
print(twoThreeFour == anotherTwoThreeFour)
print(twoThreeFour != Vector3D())
print(Token.number(3) == Token.number(3))
print(Token.number(3) == Token.number(4))
print(Token.word("a") == .word("a"), Token.plus == .plus)
let tokens: [Token] = [.number(1), .plus, .number(2)]
print(tokens.contains(.plus))
print(tokens.firstIndex(of: .number(2)) ?? -1)
