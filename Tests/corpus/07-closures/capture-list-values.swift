class Counter {
    var count = 0
    func makeIncrementer() -> () -> Void {
        return { [unowned self] in self.count += 1 }
    }
}
let counter = Counter()
let tick = counter.makeIncrementer()
tick()
tick()
print(counter.count)
var base = 10
let snapshot = { [base, doubled = base * 2] in print(base, doubled) }
base = 0
snapshot()
var handlers: [() -> Int] = []
for i in 1...3 {
    handlers.append { [i] in i * 100 }
}
print(handlers.map { $0() })
for case let (name, age) in [("Ann", 30), ("Bo", 17)] where age >= 18 {
    print(name)
}
enum Shape { case circle(Double), square(Double) }
let shapes: [Shape] = [.circle(1), .square(2), .circle(3)]
for case .circle(let r) in shapes {
    print("circle", r)
}
var letters: [String?] = ["a", nil, "c"]
letters[0...1] = ["z"]
print(letters)
