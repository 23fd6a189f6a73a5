protocol Vehicle {
    var wheels: Int { get }
    mutating func honk() -> String
}
struct Car: Vehicle {
    let wheels = 4
    var honks = 0
    mutating func honk() -> String { honks += 1; return "beep \(honks)" }
}
var car = Car()
print(car.honk(), car.honk())
var vehicles: [Vehicle] = [Car(), Car(honks: 5)]
for i in vehicles.indices { print(vehicles[i].honk()) }
print(vehicles.map(\.wheels).reduce(0, +))
protocol Named { var name: String { get } }
protocol Greeter: Named { func greet() -> String }
extension Greeter { func greet() -> String { "Hi, \(name)" } }
struct Bob: Greeter { let name = "Bob" }
print(Bob().greet())
func introduce(_ g: some Greeter) -> String { g.greet() + "!" }
print(introduce(Bob()))
let anyNamed: any Named = Bob()
if let g = anyNamed as? Greeter { print(g.greet()) }
print(anyNamed is Bob, anyNamed is Car)
