import Foundation
enum Shape {
    case circle(radius: Double)
    case rect(width: Double, height: Double)
    case triangle(Double, Double, Double)
    var area: Double {
        switch self {
        case .circle(let r): return Double.pi * r * r
        case let .rect(w, h): return w * h
        case .triangle(let a, let b, let c):
            let s = (a + b + c) / 2
            return (s * (s - a) * (s - b) * (s - c)).squareRoot()
        }
    }
}
let shapes: [Shape] = [.circle(radius: 1), .rect(width: 2, height: 3), .triangle(3, 4, 5)]
for s in shapes { print(String(format: "%.2f", s.area)) }
let big = shapes.filter { if case .rect = $0 { return true } else { return false } }
print(big.count)
for case let .circle(radius) in shapes { print("circle of", radius) }
if case .triangle(let a, _, _) = shapes[2], a > 2 { print("a is", a) }
let sorted = shapes.sorted { $0.area > $1.area }
print(sorted.map { "\($0)" })
enum Op: String, CaseIterable { case add = "+", sub = "-", mul = "*" }
func apply(_ op: Op, _ a: Int, _ b: Int) -> Int {
    switch op { case .add: a + b; case .sub: a - b; case .mul: a * b }
}
for op in Op.allCases { print(op.rawValue, apply(op, 6, 3)) }
print(Op(rawValue: "*") ?? .add, Op(rawValue: "/") == nil)
