struct Celsius { var value: Double }
extension Celsius: CustomStringConvertible { var description: String { "\(value)°C" } }
extension Celsius { init(fahrenheit f: Double) { value = (f - 32) / 1.8 } }
print(Celsius(value: 21.5), Celsius(fahrenheit: 212))
protocol Togglable { mutating func toggle() }
enum Switch: Togglable { case off, on; mutating func toggle() { self = self == .off ? .on : .off } }
var sw = Switch.off; sw.toggle(); print(sw)
protocol Greeter { var name: String { get }; func greet() -> String }
extension Greeter { func greet() -> String { "Hi, \(name)" } }
struct En: Greeter { let name: String }
struct Fr: Greeter { let name: String; func greet() -> String { "Salut, \(name)" } }
let gs: [Greeter] = [En(name: "Al"), Fr(name: "Bé")]
print(gs.map { $0.greet() })
func largest<T: Comparable>(_ xs: [T]) -> T? { xs.max() }
print(largest([3, 9, 2]) as Any, largest(["b", "a"]) as Any, largest([Double]()) as Any)
typealias Score = (name: String, points: Int)
let scores: [Score] = [("a", 3), ("b", 9)]
print(scores.max { $0.points < $1.points }!.name)
func describe<T>(_ x: T) -> String { "\(type(of: x)): \(x)" }
print(describe(3), describe("s"), describe([1.5]))
