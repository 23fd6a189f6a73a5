enum Planet: Int {
    case mercury = 1, venus, earth, mars, jupiter, saturn, uranus, neptune
}

let earthsOrder = Planet.earth.rawValue
print(earthsOrder)
print(Planet.neptune.rawValue)
print(Planet.mercury.rawValue + Planet.mars.rawValue)
