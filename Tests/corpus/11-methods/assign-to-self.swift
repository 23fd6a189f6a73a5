struct Point {
    var x = 0.0, y = 0.0
    mutating func moveBy(x deltaX: Double, y deltaY: Double) {
        self = Point(x: x + deltaX, y: y + deltaY)
    }
}

var p = Point()
for _ in 1...3 {
    p.moveBy(x: 1.5, y: -1)
    print(p)
}
