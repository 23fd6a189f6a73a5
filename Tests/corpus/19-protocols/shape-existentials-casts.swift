import Foundation
protocol Shape { var area: Double { get }; func describe() -> String }
extension Shape { func describe() -> String { "area \(area)" } }
struct Circle: Shape { var r: Double; var area: Double { .pi * r * r } }
struct Square: Shape { var side: Double; var area: Double { side * side }; func describe() -> String { "square \(side)" } }
let shapes: [any Shape] = [Circle(r: 1), Square(side: 2)]
for s in shapes { print(s.describe()) }
let total = shapes.reduce(0.0) { $0 + $1.area }
print(String(format: "%.4f", total))
print(shapes.map { type(of: $0) })
if let c = shapes[0] as? Circle { print("circle", c.r) }
print(shapes[1] is Circle)
