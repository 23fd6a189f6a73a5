import Foundation
let r = 1...10
print(r.contains(5), r.count, r.lowerBound, r.upperBound, Array(r.reversed().prefix(3)))
let half = 0..<5
print(half, Array(half), half.isEmpty, (5..<5).isEmpty)
let names = ["Anna", "Alex", "Brian", "Jack"]
for name in names[2...] { print(name) }
for name in names[...1] { print(name) }
print(names[..<2], names[1..<3].count)
let range = ...5
print(range.contains(7), range.contains(-1))
for i in (1...3).reversed() { print(i, terminator: " ") }
print()
print((1...4).map { $0 * $0 }, (1...4).reduce(1, *))
let t1 = (1, "zebra"), t2 = (2, "apple")
print(t1 < t2, (3, "apple") < (3, "bird"), (4, "dog") == (4, "dog"))
let greeting = "Hello, world!"
let index = greeting.firstIndex(of: ",") ?? greeting.endIndex
let beginning = greeting[..<index]
let newString = String(beginning)
print(beginning, newString)
let c = Double(3) / 4
print(c, Int(3.99), Int(-3.99), Double(Int.max) > 9e18, 1e3, 1.5e-3, 0.1 + 0.2)
print(3.0 == 3, Int(exactly: 3.5) as Any, Int(exactly: 4.0) as Any, 10.0.truncatingRemainder(dividingBy: 3))
print(Double.infinity, -Double.infinity, Double.nan.isNaN, 1.0 / 3.0, Float(2) / 3)
