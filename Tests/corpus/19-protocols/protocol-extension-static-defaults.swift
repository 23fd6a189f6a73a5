protocol Animal {
    static var kingdom: String { get }
    var name: String { get }
    func describe() -> String
}
extension Animal {
    static var kingdom: String { "Animalia" }
    func describe() -> String { "\(name) of \(Self.kingdom)" }
    static func make() -> String { "made \(kingdom)" }
}
struct Dog: Animal { let name: String }
struct Fish: Animal {
    let name: String
    static var kingdom: String { "Water" }
}
print(Dog.kingdom)
print(Fish.kingdom)
print(Dog(name: "Rex").describe())
print(Fish(name: "Nemo").describe())
print(Dog.make())
