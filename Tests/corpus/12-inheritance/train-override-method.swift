class Vehicle {
    var currentSpeed = 0.0
    func makeNoise() {
        print("...")
    }
}

class Train: Vehicle {
    override func makeNoise() {
        print("Choo Choo")
    }
}

let vehicles: [Vehicle] = [Vehicle(), Train()]
for vehicle in vehicles {
    vehicle.makeNoise()
}
