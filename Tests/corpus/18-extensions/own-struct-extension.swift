struct Vector {
    var x: Double
    var y: Double
}

extension Vector {
    var lengthSquared: Double {
        return x * x + y * y
    }
    func scaled(by factor: Double) -> Vector {
        return Vector(x: x * factor, y: y * factor)
    }
    mutating func halve() {
        x /= 2
        y /= 2
    }
    static func + (lhs: Vector, rhs: Vector) -> Vector {
        return Vector(x: lhs.x + rhs.x, y: lhs.y + rhs.y)
    }
}

var v = Vector(x: 3, y: 4)
print(v.lengthSquared)
print(v.scaled(by: 2))
v.halve()
print(v.x, v.y)
print(v + Vector(x: 1, y: 1))
