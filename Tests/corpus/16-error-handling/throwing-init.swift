enum TemperatureError: Error {
    case belowAbsoluteZero(Double)
}

struct Kelvin {
    let value: Double
    init(_ value: Double) throws {
        guard value >= 0 else { throw TemperatureError.belowAbsoluteZero(value) }
        self.value = value
    }
}

do {
    let warm = try Kelvin(300)
    print("warm: \(warm.value)")
    let impossible = try Kelvin(-5)
    print("impossible: \(impossible.value)")
} catch TemperatureError.belowAbsoluteZero(let v) {
    print("\(v) is below absolute zero")
}
let maybe = try? Kelvin(-1)
print(maybe == nil)
