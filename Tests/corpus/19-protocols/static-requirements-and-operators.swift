import Foundation
protocol Shape { var area: Double { get }; static var name: String { get } }
struct Square: Shape { var side: Double; var area: Double { side * side }; static var name: String { "square" } }
struct Circle: Shape { var r: Double; var area: Double { 3 * r * r }; static let name = "circle" }
func describe<S: Shape>(_ s: S) -> String { "area \(s.area)" }
print(describe(Square(side: 2)), describe(Circle(r: 1)), Square.name, Circle.name)
let shapes: [any Shape] = [Square(side: 1), Circle(r: 2)]
print(shapes.map { $0.area }.reduce(0, +))
struct Version: Comparable, CustomStringConvertible {
    let major: Int, minor: Int
    static func < (a: Version, b: Version) -> Bool { (a.major, a.minor) < (b.major, b.minor) }
    var description: String { "v\(major).\(minor)" }
}
let vs = [Version(major: 1, minor: 2), Version(major: 0, minor: 9), Version(major: 1, minor: 0)]
print(vs.sorted(), vs.max()!, vs.min()! < vs.max()!, Version(major: 1, minor: 0) == Version(major: 1, minor: 0))
struct Vector2: Equatable { var x = 0.0, y = 0.0
    static func + (l: Vector2, r: Vector2) -> Vector2 { Vector2(x: l.x + r.x, y: l.y + r.y) }
    static prefix func - (v: Vector2) -> Vector2 { Vector2(x: -v.x, y: -v.y) }
    static func += (l: inout Vector2, r: Vector2) { l = l + r }
}
var v = Vector2(x: 1, y: 2); v += Vector2(x: 3, y: 4)
print(v, -v, v == Vector2(x: 4, y: 6))
enum Token: Equatable { case num(Int), op(Character) }
let tokens: [Token] = [.num(3), .op("+"), .num(4)]
print(tokens.filter { if case .num = $0 { return true } else { return false } }.count, tokens[1] == .op("+"))
var cache: [Int: Int] = [:]
func memoFib(_ n: Int) -> Int {
    if n < 2 { return n }
    if let c = cache[n] { return c }
    let r = memoFib(n - 1) + memoFib(n - 2); cache[n] = r; return r
}
print(memoFib(80))
let text = "The quick brown fox jumps over the lazy dog"
let freq = text.lowercased().filter { $0.isLetter }.reduce(into: [Character: Int]()) { $0[$1, default: 0] += 1 }
print(freq.filter { $0.value > 2 }.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" })
let pieces = text.components(separatedBy: " ")
let lengths = pieces.map { $0.count }
print(lengths.max()!, text.components(separatedBy: " ").last!)
let df = { (x: Double) -> String in String(format: "%.1f", x) }
print([1.25, 2.5].map(df))
