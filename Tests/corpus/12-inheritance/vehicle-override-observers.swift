class Vehicle {
    var currentSpeed = 0.0
    var description: String { "traveling at \(currentSpeed) miles per hour" }
    func makeNoise() {}
}
class Bicycle: Vehicle { var hasBasket = false }
class Train: Vehicle { override func makeNoise() { print("Choo Choo") } }
class Car: Vehicle {
    var gear = 1
    override var description: String { super.description + " in gear \(gear)" }
}
class AutomaticCar: Car {
    override var currentSpeed: Double { didSet { gear = Int(currentSpeed / 10.0) + 1 } }
}
let car = Car(); car.currentSpeed = 25.0; car.gear = 3
print("Car: \(car.description)")
let auto = AutomaticCar(); auto.currentSpeed = 35.0
print("AutomaticCar: \(auto.description)")
Train().makeNoise()
let b = Bicycle(); b.hasBasket = true; b.currentSpeed = 15
print(b.description, b.hasBasket)
let vs: [Vehicle] = [car, auto, b]
print(vs.filter { $0 is Car }.count)
print(car === vs[0], car === auto)
