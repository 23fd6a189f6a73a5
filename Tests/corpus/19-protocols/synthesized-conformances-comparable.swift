struct Point: Equatable, Hashable, CustomStringConvertible {
    var x: Int, y: Int
    var description: String { "(\(x), \(y))" }
}
let a = Point(x: 1, y: 2)
let set: Set<Point> = [a, Point(x: 1, y: 2), Point(x: 0, y: 0)]
print(set.count, a == Point(x: 1, y: 2), a != Point(x: 2, y: 1))
print(a, [a], "\(a)")
struct Version: Comparable {
    let major: Int, minor: Int
    static func < (l: Version, r: Version) -> Bool { (l.major, l.minor) < (r.major, r.minor) }
}
let vs = [Version(major: 1, minor: 2), Version(major: 0, minor: 9), Version(major: 1, minor: 0)]
print(vs.sorted().map { "\($0.major).\($0.minor)" }, vs.max()!.minor)
enum Suit: String, Comparable, CaseIterable {
    case clubs, diamonds, hearts, spades
    static func < (a: Suit, b: Suit) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }
}
print([Suit.spades, .clubs, .hearts].sorted(), Suit.hearts.rawValue)
print(Suit.clubs < .spades)
struct Pair<A, B> { let first: A; let second: B }
print(Pair(first: 1, second: "one"))
