import Foundation
enum Shape {
    case circle(radius: Double)
    case rect(width: Double, height: Double)
    case triangle(base: Double, height: Double)
    var area: Double {
        switch self {
        case .circle(let r): return Double.pi * r * r
        case let .rect(w, h): return w * h
        case .triangle(let b, let h): return 0.5 * b * h
        }
    }
}
let shapes: [Shape] = [.circle(radius: 1), .rect(width: 2, height: 3), .triangle(base: 4, height: 5)]
for s in shapes { print(s, String(format: "%.2f", s.area)) }
let big = shapes.filter { $0.area > 5 }
print(big.count, big)
switch shapes[1] {
case .rect(let w, let h) where w == h: print("square")
case .rect(width: let w, height: _): print("rect of width", w)
default: print("other")
}
enum Weekday: Int, CaseIterable, CustomStringConvertible {
    case mon = 1, tue, wed, thu, fri, sat, sun
    var description: String { String(describing: Self.self) + "#\(rawValue)" }
    var isWeekend: Bool { self == .sat || self == .sun }
    static var weekend: [Weekday] { allCases.filter(\.isWeekend) }
}
print(Weekday.weekend, Weekday.tue, Weekday(rawValue: 5)!.isWeekend)
print(Weekday.allCases.first!, Weekday.allCases.last!.rawValue)
enum Op: String { case add = "+", sub = "-" 
    func apply(_ a: Int, _ b: Int) -> Int { switch self { case .add: return a + b; case .sub: return a - b } } }
if let op = Op(rawValue: "-") { print(op, op.apply(9, 4), op.rawValue) }
print(Op(rawValue: "*") == nil)
