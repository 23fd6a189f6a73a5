protocol TextRepresentable {
    var textualDescription: String { get }
}

struct Dice {
    var sides: Int
}

extension Dice: TextRepresentable {
    var textualDescription: String {
        return "A \(sides)-sided dice"
    }
}

struct Hamster {
    var name: String
    var textualDescription: String {
        return "A hamster named \(name)"
    }
}
extension Hamster: TextRepresentable {}

let things: [TextRepresentable] = [Dice(sides: 6), Hamster(name: "Simon"), Dice(sides: 12)]
for thing in things {
    print(thing.textualDescription)
}
