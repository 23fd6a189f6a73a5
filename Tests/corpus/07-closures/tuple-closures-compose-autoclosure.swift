func makeCounter() -> (increment: () -> Int, reset: () -> Void) {
    var count = 0
    return ({ count += 1; return count }, { count = 0 })
}
let c = makeCounter()
print(c.increment(), c.increment())
c.reset()
print(c.increment())
let ops: [String: (Int, Int) -> Int] = ["+": (+), "*": { $0 * $1 }, "max": max]
for k in ops.keys.sorted() { print(k, ops[k]!(3, 4)) }
func compose<A, B, C>(_ f: @escaping (A) -> B, _ g: @escaping (B) -> C) -> (A) -> C { { g(f($0)) } }
let incThenDouble = compose({ (x: Int) in x + 1 }, { $0 * 2 })
print(incThenDouble(5))
var completionHandlers: [() -> Void] = []
class SomeClass {
    var x = 10
    func doSomething() {
        completionHandlers.append { [self] in x = 100 }
        let f = { self.x += 1 }
        f()
    }
}
let instance = SomeClass()
instance.doSomething()
print(instance.x)
completionHandlers.first?()
print(instance.x)
func serve(customer provider: @autoclosure () -> String) { print("Now serving \(provider())!") }
var line = ["Ewa", "Barry"]
serve(customer: line.remove(at: 0))
print(line)
let curried = { (a: Int) in { (b: Int) in a * b } }
print(curried(6)(7))
print([1, 2, 3].map { n -> String in let s = "#\(n)"; return s })
