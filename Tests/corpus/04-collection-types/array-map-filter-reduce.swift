let numbers = [1, 2, 3, 4, 5, 6]
let squares = numbers.map { $0 * $0 }
print(squares)
let evens = numbers.filter { $0 % 2 == 0 }
print(evens)
let sum = numbers.reduce(0, +)
print(sum)
let product = numbers.reduce(1) { $0 * $1 }
print(product)
let strings = numbers.map(String.init)
print(strings.joined(separator: "+"))
let evensSquared = numbers.filter { $0.isMultiple(of: 2) }.map { $0 * $0 }
print(evensSquared)
let parsed = ["1", "x", "3"].compactMap { Int($0) }
print(parsed)
print([[1, 2], [3]].flatMap { $0 })
print(numbers.allSatisfy { $0 > 0 }, numbers.contains { $0 > 5 })
