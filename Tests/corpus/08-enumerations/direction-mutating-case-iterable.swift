enum Direction: CaseIterable {
    case north, south, east, west
    var opposite: Direction {
        switch self { case .north: return .south; case .south: return .north; case .east: return .west; case .west: return .east }
    }
    mutating func turn() { self = self.opposite }
}
var d = Direction.east
d.turn()
print(d, d.opposite, Direction.allCases)
enum Token: Equatable { case num(Int), op(Character), end }
let tokens: [Token] = [.num(3), .op("+"), .num(4), .end]
print(tokens.filter { if case .num = $0 { return true }; return false }.count)
print(tokens[1] == .op("+"), tokens.contains(.end))
for case .num(let v) in tokens { print("num", v) }
enum Status: String { case active = "on", inactive = "off" }
print(Status.active.rawValue, Status(rawValue: "off")!, Status.inactive)
enum Coin: Int, CaseIterable { case penny = 1, nickel = 5, dime = 10 }
print(Coin.allCases.map(\.rawValue), Coin.dime.rawValue * 2)
let results = Coin.allCases.reduce(into: [String: Int]()) { $0["\($1)"] = $1.rawValue }
print(results.sorted { $0.value < $1.value }.map(\.key))
