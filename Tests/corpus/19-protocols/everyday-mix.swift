protocol Animal { var name: String { get }; func speak() -> String }
extension Animal { func intro() -> String { "I am \(name): \(speak())" } }
struct Dog: Animal { let name: String; func speak() -> String { "Woof" } }
class Cat: Animal { let name: String; init(name: String) { self.name = name }; func speak() -> String { "Meow" } }
let zoo: [Animal] = [Dog(name: "Rex"), Cat(name: "Tom")]
for a in zoo { print(a.intro()) }
for a in zoo { if let d = a as? Dog { print("dog", d.name) } else if a is Cat { print("cat") } }
enum VendingError: Error { case invalid, insufficient(coinsNeeded: Int) }
func buy(_ coins: Int) throws -> String {
    guard coins > 0 else { throw VendingError.invalid }
    if coins < 5 { throw VendingError.insufficient(coinsNeeded: 5 - coins) }
    return "snack"
}
for c in [0, 3, 7] {
    do { print(try buy(c)) }
    catch VendingError.insufficient(let n) { print("need", n) }
    catch { print("error:", error) }
}
print((try? buy(9)) ?? "nil", (try? buy(1)) as Any)
func apply<T>(_ xs: [T], _ f: (T) -> T) -> [T] { xs.map(f) }
print(apply([1, 2], { $0 * 10 }), apply(["x"]) { $0 + "!" })
func largest<T: Comparable>(_ a: [T]) -> T? { a.max() }
print(largest([3, 9, 2]) as Any, largest([String]()) as Any)
var fns: [(Int) -> Int] = []
for k in 1...3 { fns.append { $0 * k } }
print(fns.map { $0(10) })
func makeCounter() -> () -> Int { var c = 0; return { c += 1; return c } }
let next = makeCounter(); _ = next(); print(next())
var a = [1, 2, 3]
func double(_ xs: inout [Int]) { for i in xs.indices { xs[i] *= 2 } }
double(&a); print(a)
func sum(_ xs: Int...) -> Int { xs.reduce(0, +) }
print(sum(), sum(1, 2, 3))
