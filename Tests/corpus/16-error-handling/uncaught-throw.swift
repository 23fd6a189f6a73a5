enum LaunchError: Error {
    case fuelLow(percent: Int)
}

func launch(fuel: Int) throws {
    if fuel < 50 { throw LaunchError.fuelLow(percent: fuel) }
    print("Liftoff!")
}

try launch(fuel: 90)
print("Preparing second launch")
try launch(fuel: 20)
print("not reached")
