struct Point: CustomStringConvertible {
    var x: Int
    var y: Int
    var description: String {
        return "(\(x), \(y))"
    }
}

let p = Point(x: 3, y: -1)
print(p)
print("The point is \(p)")
print([p, Point(x: 0, y: 0)])
