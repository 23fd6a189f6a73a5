let numbers = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(numbers.sorted(by: >))
print(numbers.enumerated().filter { $0.offset % 2 == 0 }.map { $0.element })
print(zip(numbers, numbers.dropFirst()).map { $1 - $0 })
print(numbers.firstIndex(of: 5) ?? -1, numbers.lastIndex(of: 5) ?? -1)
print(Array(Set(numbers)).sorted())
print(numbers.min()!, numbers.max()!)
var freq = [Int: Int]()
numbers.forEach { freq[$0, default: 0] += 1 }
print(freq.filter { $0.value > 1 }.keys.sorted())
print(numbers.allSatisfy { $0 > 0 }, numbers.contains { $0 > 8 })
let chunks = stride(from: 0, to: numbers.count, by: 4).map { Array(numbers[$0..<min($0 + 4, numbers.count)]) }
print(chunks)
print(Array(numbers.reversed().prefix(3)))
let (evens, odds) = numbers.reduce(into: ([Int](), [Int]())) { acc, n in
    if n % 2 == 0 { acc.0.append(n) } else { acc.1.append(n) }
}
print(evens, odds)
print(numbers.map(String.init).joined(separator: ","))
