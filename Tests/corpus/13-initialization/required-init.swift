class Shape {
    var sides: Int
    required init(sides: Int) {
        self.sides = sides
    }
}

class Polygon: Shape {
    var label = "polygon"
    required init(sides: Int) {
        super.init(sides: sides)
        label = "\(sides)-gon"
    }
}

let p = Polygon(sides: 5)
print(p.label, p.sides)
print(Shape(sides: 3).sides)
