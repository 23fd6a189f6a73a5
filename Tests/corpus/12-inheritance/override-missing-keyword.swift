class Vehicle {
    func makeNoise() {
        print("...")
    }
}

class Train: Vehicle {
    func makeNoise() {
        print("Choo Choo")
    }
}

print("building trains")
Train().makeNoise()
