struct Point: CustomStringConvertible {
    var x: Int
    var y: Int
    var description: String {
        return "(\(x), \(y))"
    }
}

enum Suit: CustomStringConvertible {
    case hearts, spades
    var description: String {
        switch self {
        case .hearts: return "♥"
        case .spades: return "♠"
        }
    }
}

let p = Point(x: 3, y: -1)
print(p)
print("Point is \(p)")
print([Point(x: 0, y: 0), Point(x: 1, y: 2)])
print(Suit.hearts, Suit.spades)
print(String(describing: p))
