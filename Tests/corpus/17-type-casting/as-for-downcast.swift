class Vehicle {
    var wheels = 4
}

class Bicycle: Vehicle {
    var hasBell = true
}

let v: Vehicle = Bicycle()
print("wheels: \(v.wheels)")
let bike = v as Bicycle
print(bike.hasBell)
