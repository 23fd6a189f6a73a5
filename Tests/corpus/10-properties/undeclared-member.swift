struct Cuboid {
    var width = 0.0, height = 0.0, depth = 0.0
    var volume: Double { width * height * depth }
}

let box = Cuboid(width: 2, height: 3, depth: 4)
print(box.volume)
print(box.area)
