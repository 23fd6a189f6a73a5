enum Planet: Int {
    case mercury = 1, venus, earth, mars
}

extension Planet {
    var isInner: Bool { return rawValue <= 2 }
    var label: String { return "Planet #\(rawValue)" }
    static var home: Planet { return .earth }
}

print(Planet.venus.label, Planet.venus.isInner)
print(Planet.mars.label, Planet.mars.isInner)
print(Planet.home)
print(Planet.home.rawValue)
