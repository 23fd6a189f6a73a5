import Foundation
protocol Shape {
    var area: Double { get }
    func describe() -> String
}
extension Shape {
    func describe() -> String { "shape with area \(area)" }
}
struct Circle: Shape {
    var radius: Double
    var area: Double { .pi * radius * radius }
}
struct Square: Shape {
    var side: Double
    var area: Double { side * side }
    func describe() -> String { "square \(side)" }
}
let shapes: [any Shape] = [Circle(radius: 1), Square(side: 2)]
for s in shapes { print(s.describe()) }
let total = shapes.map { $0.area }.reduce(0, +)
print(String(format: "%.3f", total))
func largest(_ shapes: [any Shape]) -> (any Shape)? { shapes.max { $0.area < $1.area } }
if let l = largest(shapes) { print(l.area) }
func makeShape() -> some Shape { Square(side: 3) }
print(makeShape().area)
