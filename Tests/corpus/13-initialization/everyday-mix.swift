struct Animal {
    let species: String
    init?(species: String) { if species.isEmpty { return nil }; self.species = species }
}
print(Animal(species: "Giraffe")?.species ?? "-", Animal(species: "") == nil)
class Food {
    var name: String
    init(name: String) { self.name = name }
    convenience init() { self.init(name: "[Unnamed]") }
}
class RecipeIngredient: Food {
    var quantity: Int
    init(name: String, quantity: Int) { self.quantity = quantity; super.init(name: name) }
    override convenience init(name: String) { self.init(name: name, quantity: 1) }
}
let items = [RecipeIngredient(), RecipeIngredient(name: "Bacon"), RecipeIngredient(name: "Eggs", quantity: 6)]
for i in items { print(i.name, i.quantity) }
var things: [Any] = [0, 0.0, 42, 3.14159, "hello", (3.0, 5.0), { (n: String) -> String in "Hi, \(n)" }]
for thing in things {
    switch thing {
    case 0 as Int: print("zero as an Int")
    case 0 as Double: print("zero as a Double")
    case let someInt as Int: print("an integer value of \(someInt)")
    case let someDouble as Double where someDouble > 0: print("a positive double value of \(someDouble)")
    case let someString as String: print("a string value of \"\(someString)\"")
    case let (x, y) as (Double, Double): print("an (x, y) point at \(x), \(y)")
    case let f as (String) -> String: print(f("Michael"))
    default: print("something else")
    }
}
indirect enum Expr { case num(Int); case add(Expr, Expr); case mul(Expr, Expr) }
func eval(_ e: Expr) -> Int {
    switch e {
    case .num(let n): return n
    case let .add(a, b): return eval(a) + eval(b)
    case let .mul(a, b): return eval(a) * eval(b)
    }
}
print(eval(.add(.num(2), .mul(.num(3), .num(4)))))
func outer() -> Int { func inner(_ x: Int) -> Int { x * 2 }; return inner(21) }
print(outer())
struct Counter { static var instances = 0; init() { Counter.instances += 1 } }
_ = Counter(); _ = Counter(); print(Counter.instances)
class DataImporter { var filename = "data.txt"; init() { print("importing") } }
class DataManager { lazy var importer = DataImporter(); var data: [String] = [] }
let manager = DataManager(); manager.data.append("x"); print("before")
print(manager.importer.filename)
let numbers = [1, 2, 3, 4, 5, 6]
let (evens, odds) = (numbers.filter { $0.isMultiple(of: 2) }, numbers.filter { !$0.isMultiple(of: 2) })
print(evens, odds, numbers.reduce(into: [:]) { $0[$1 % 3, default: 0] += $1 }.sorted { $0.key < $1.key }.map { $0.value })
let s: Set = [3, 1, 2]
print(s.sorted(), s.contains(2), s.union([9]).count, s.isSubset(of: [1, 2, 3, 4]))
print(numbers.map { $0 * 2 }.filter { $0 > 6 }.first!, numbers.last(where: { $0 < 4 })!)
print(stride(from: 0, to: 10, by: 3).map { $0 }, Array(stride(from: 5, through: 1, by: -2)))
