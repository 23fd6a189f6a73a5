enum Planet: Int {
    case mercury = 1, venus, earth, mars, jupiter, saturn, uranus, neptune
    static subscript(n: Int) -> Planet {
        return Planet(rawValue: n)!
    }
}
let mars = Planet[4]
print(mars)
struct Registry {
    static var names = ["a", "b"]
    static subscript(i: Int) -> String {
        get { names[i] }
        set { names[i] = newValue }
    }
}
Registry[1] = "z"
print(Registry[0], Registry[1], Registry.names)
