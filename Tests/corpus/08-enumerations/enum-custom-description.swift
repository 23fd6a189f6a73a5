enum Coin: Int, CustomStringConvertible {
    case penny = 1, nickel = 5, dime = 10, quarter = 25

    var description: String {
        switch self {
        case .penny: return "1¢"
        case .nickel: return "5¢"
        case .dime: return "10¢"
        case .quarter: return "25¢"
        }
    }
}

let purse: [Coin] = [.quarter, .dime, .penny, .penny]
print(purse)
print(purse.map { $0.rawValue }.reduce(0, +))
print(Coin.nickel)
