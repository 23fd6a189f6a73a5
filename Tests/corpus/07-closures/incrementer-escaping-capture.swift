func makeIncrementer(forIncrement amount: Int) -> () -> Int {
    var runningTotal = 0
    func incrementer() -> Int { runningTotal += amount; return runningTotal }
    return incrementer
}
let byTen = makeIncrementer(forIncrement: 10)
print(byTen(), byTen(), byTen())
let bySeven = makeIncrementer(forIncrement: 7)
print(bySeven(), byTen())
var handlers: [() -> Void] = []
func keep(_ h: @escaping () -> Void) { handlers.append(h) }
var x = 10
keep { x = 100 }
handlers.first?()
print(x)
let names = ["Chris", "Alex", "Ewa", "Barry", "Daniella"]
print(names.sorted(by: >))
print(names.sorted { $0.count < $1.count })
func apply(_ n: Int, _ f: (Int) -> Int) -> Int { f(n) }
print(apply(5) { $0 * $0 })
var customers = ["Chris", "Alex", "Ewa"]
let provider = { customers.remove(at: 0) }
print(customers.count)
print("Now serving \(provider())!")
print(customers.count)
