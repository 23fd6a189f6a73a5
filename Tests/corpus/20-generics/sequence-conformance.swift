// Cell types that conform to Sequence and IteratorProtocol.
struct Fibonacci: Sequence, IteratorProtocol {
    var current = 0, following = 1
    mutating func next() -> Int? {
        defer { (current, following) = (following, current + following) }
        return current
    }
}
for number in Fibonacci() {
    if number > 50 { break }
    print(number, terminator: " ")
}
print()
print(Array(Fibonacci().prefix(8)))
print(Fibonacci().first { $0 > 1000 }!)
print(Fibonacci().prefix(while: { $0 < 30 }).map { $0 * 2 })

struct Bag: Sequence {
    var items: [String]
    func makeIterator() -> IndexingIterator<[String]> { items.makeIterator() }
}
let bag = Bag(items: ["x", "y", "z"])
print(bag.map { $0.uppercased() }, bag.contains("y"), Array(bag))
print(bag.sorted(by: >), bag.reduce("") { $0 + $1 })
for (index, item) in bag.enumerated() { print(index, item) }

struct Countdown: Sequence {
    let start: Int
    func makeIterator() -> CountdownIterator { CountdownIterator(remaining: start) }
}
struct CountdownIterator: IteratorProtocol {
    var remaining: Int
    mutating func next() -> Int? {
        guard remaining > 0 else { return nil }
        defer { remaining -= 1 }
        return remaining
    }
}
let countdown = Countdown(start: 3)
for n in countdown { print(n) }
print(countdown.filter { $0 != 2 }, countdown.min()!, countdown.max()!)
print(countdown.contains(3), countdown.allSatisfy { $0 > 0 })
