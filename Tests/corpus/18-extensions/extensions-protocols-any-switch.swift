protocol Describable { func describe() -> String }
extension Int: Describable { func describe() -> String { "Int \(self)" } }
extension String: Describable { func describe() -> String { "String \(self)" } }
let items: [Describable] = [1, "two", 3]
for i in items { print(i.describe()) }
extension Int {
    var squared: Int { self * self }
    func repetitions(task: () -> Void) { for _ in 0..<self { task() } }
    mutating func square() { self = self * self }
    subscript(digitIndex: Int) -> Int { var base = 1; for _ in 0..<digitIndex { base *= 10 }; return (self / base) % 10 }
}
print(5.squared, 746381295[0], 746381295[9])
3.repetitions { print("Hello!") }
var someInt = 3
someInt.square()
print(someInt)
extension Array where Element: Numeric { func total() -> Element { reduce(0, +) } }
print([1, 2, 3].total(), [1.5, 2.5].total())
protocol Named { var name: String { get } }
protocol Aged { var age: Int { get } }
struct P: Named, Aged { var name: String; var age: Int }
func wish(_ c: Named & Aged) { print("Happy birthday, \(c.name), you're \(c.age)!") }
wish(P(name: "Malcolm", age: 21))
let thing: Any = 3.5
switch thing {
case let i as Int: print("int", i)
case let d as Double where d > 3: print("big double", d)
default: print("other")
}
let anys: [Any] = [0, 0.0, "hello", (3.0, 5.0), { (name: String) -> String in "Hello, \(name)" }]
for t in anys {
    switch t {
    case 0 as Int: print("zero as an Int")
    case 0 as Double: print("zero as a Double")
    case let s as String: print("a string value of \"\(s)\"")
    case let (x, y) as (Double, Double): print("an (x, y) point at \(x), \(y)")
    case let f as (String) -> String: print(f("Michael"))
    default: print("something else")
    }
}
