struct Size {
    var width = 0.0, height = 0.0
}
struct Point {
    var x = 0.0, y = 0.0
}
struct Rect {
    var origin = Point()
    var size = Size()
}

var square = Rect(origin: Point(x: 1, y: 1), size: Size(width: 3, height: 3))
print(square)
square.origin.x += 10
print(square.origin)
print(square.size.width * square.size.height)
