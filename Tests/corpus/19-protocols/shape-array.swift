protocol Shape {
    var name: String { get }
    func area() -> Double
}

struct Rectangle: Shape {
    var width: Double
    var height: Double
    var name: String { return "rectangle" }
    func area() -> Double { return width * height }
}

struct Circle: Shape {
    var radius: Double
    var name: String { return "circle" }
    func area() -> Double { return 3.0 * radius * radius }
}

let shapes: [Shape] = [Rectangle(width: 2, height: 3), Circle(radius: 1), Rectangle(width: 1.5, height: 4)]
var total = 0.0
for shape in shapes {
    print("\(shape.name): \(shape.area())")
    total += shape.area()
}
print("total area: \(total)")
print(shapes.map { $0.name }.joined(separator: ", "))
