enum Scale {
    case celsius, fahrenheit, kelvin
}

func convert(_ value: Double, from: Scale, to: Scale) -> Double {
    let celsius: Double
    switch from {
    case .celsius: celsius = value
    case .fahrenheit: celsius = (value - 32) * 5 / 9
    case .kelvin: celsius = value - 273.15
    }
    switch to {
    case .celsius: return celsius
    case .fahrenheit: return celsius * 9 / 5 + 32
    case .kelvin: return celsius + 273.15
    }
}

func describe(celsius: Double) -> String {
    switch celsius {
    case ..<0: return "freezing"
    case 0..<15: return "cold"
    case 15..<25: return "mild"
    default: return "hot"
    }
}

print(convert(100, from: .celsius, to: .fahrenheit))
print(convert(32, from: .fahrenheit, to: .celsius))
print(convert(0, from: .kelvin, to: .celsius))
for c in [-5.0, 10.0, 20.0, 30.0] {
    print(c, describe(celsius: c))
}
