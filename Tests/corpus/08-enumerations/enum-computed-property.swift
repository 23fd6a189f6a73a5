enum Suit: CaseIterable {
    case spades, hearts, diamonds, clubs

    var symbol: Character {
        switch self {
        case .spades: return "♠"
        case .hearts: return "♡"
        case .diamonds: return "♢"
        case .clubs: return "♣"
        }
    }

    var isRed: Bool {
        return self == .hearts || self == .diamonds
    }
}

for suit in Suit.allCases {
    print(suit, suit.symbol, suit.isRed)
}
