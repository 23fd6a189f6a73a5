class Shape {
    let sides: Int
    let label: String
    init(sides: Int, label: String) { self.sides = sides; self.label = label }
    convenience init(sides: Int) { self.init(sides: sides, label: "shape") }
    convenience init() { self.init(sides: 0) }
}
class Square: Shape {
    var size = 1.0
    init(size: Double) { self.size = size; super.init(sides: 4, label: "square") }
    override init(sides: Int, label: String) { super.init(sides: sides, label: label + "!") }
}
let s1 = Square()
print(s1.sides, s1.label, s1.size)
let s2 = Square(size: 2)
print(s2.sides, s2.label, s2.size)
class Tri: Shape {}
let t = Tri(sides: 3)
print(t.sides, t.label)
