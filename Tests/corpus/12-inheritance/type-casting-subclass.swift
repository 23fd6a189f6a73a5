class Shape {
    func area() -> Double { 0 }
}
class Square: Shape {
    var side: Double
    init(side: Double) { self.side = side }
    override func area() -> Double { side * side }
}
class Circle: Shape {
    var radius: Double
    init(radius: Double) { self.radius = radius }
    override func area() -> Double { 3.0 * radius * radius }
}

let shapes: [Shape] = [Square(side: 2), Circle(radius: 1), Square(side: 3)]
var total = 0.0
for shape in shapes {
    total += shape.area()
    if let square = shape as? Square {
        print("square with side \(square.side)")
    }
}
print(total)
print(shapes.filter { $0 is Circle }.count)
