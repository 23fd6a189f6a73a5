class Shape {
    var name: String { return "shape" }
}

class Square: Shape {
    override var name: String { return "square" }
}

class Triangle: Shape {
    override var name: String { return "triangle" }
}

let shapes: [Shape] = [Square(), Triangle()]
let sq = shapes[0] as! Square
print("first is a \(sq.name)")
let wrong = shapes[1] as! Square
print("second is a \(wrong.name)")
