class Shape {
    class func name() -> String {
        return "shape"
    }
    func describe() -> String {
        return "I am a \(type(of: self).name())"
    }
}

class Circle: Shape {
    override class func name() -> String {
        return "circle"
    }
}

print(Shape.name())
print(Circle.name())
print(Shape().describe())
print(Circle().describe())
