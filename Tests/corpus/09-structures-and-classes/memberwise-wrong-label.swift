struct Point {
    var x: Double
    var y: Double
}

print("making a point")
let p = Point(x: 1.0, z: 2.0)
print(p)
