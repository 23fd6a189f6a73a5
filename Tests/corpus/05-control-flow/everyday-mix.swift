class Vehicle {
    var wheels: Int
    var description: String { "\(wheels) wheels" }
    init(wheels: Int) { self.wheels = wheels }
    func honk() -> String { "beep" }
}
class Bike: Vehicle {
    var hasBell = true
    init() { super.init(wheels: 2) }
    override func honk() -> String { hasBell ? "ring" : super.honk() }
    override var description: String { "bike, " + super.description }
}
let v: [Vehicle] = [Vehicle(wheels: 4), Bike()]
for x in v { print(x.description, x.honk()) }
let b = Bike(); let c = b
c.wheels = 3
print(b.wheels, b === c)
struct Temperature {
    var celsius: Double
    var fahrenheit: Double {
        get { celsius * 9 / 5 + 32 }
        set { celsius = (newValue - 32) * 5 / 9 }
    }
    static let boiling = Temperature(celsius: 100)
}
var t = Temperature(celsius: 20)
t.fahrenheit = 212
print(t.celsius, Temperature.boiling.fahrenheit)
enum Planet: Int, CaseIterable { case mercury = 1, venus, earth }
print(Planet.allCases.map { $0.rawValue }, Planet(rawValue: 3) == .earth, Planet(rawValue: 9) as Any)
let score = 85
switch score {
case 90...: print("A")
case 80..<90 where score % 2 == 1: print("B odd")
case 80..<90: print("B")
default: print("C")
}
let point = (2, 0)
switch point {
case (0, 0): print("origin")
case (let x, 0): print("on x at", x)
case (_, let y): print("y", y)
}
var n = 0
repeat { n += 3 } while n < 10
print(n)
outer: for i in 1...3 {
    for j in 1...3 {
        if j == 2 { continue outer }
        if i == 3 { break outer }
        print(i, j)
    }
}
let opt: Int? = nil
guard let value = opt ?? Optional(5) else { fatalError() }
print(value)
if case let x? = Optional(7), x > 3 { print("big", x) }
let words = ["one", "two", "three"]
print(words.map { $0.uppercased() }.joined(separator: "-"), words.contains("two"), words.allSatisfy { $0.count >= 3 })
print(String(repeating: "ab", count: 3), "Hello".lowercased().hasPrefix("he"), Array("abc".reversed()))
print(Int("42")! + 1, Double("3.5")!, Int("x") ?? -1, String(255, radix: 16))
