struct Point {
    var x: Double
    var y: Double
}

let origin = Point(x: 0.0, y: 0.0)
print(origin)
let points = [Point(x: 1.0, y: 2.0), Point(x: -3.5, y: 4.0)]
print(points)
print(points.map { $0.x + $0.y })
let maybe: Point? = Point(x: 5, y: 6)
print(maybe as Any)
