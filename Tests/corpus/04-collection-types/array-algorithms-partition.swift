let numbers = [3, 1, 4, 1, 5, 9, 2, 6]
print(numbers.min()!, numbers.max()!, numbers.sorted(), numbers.reversed().map { $0 })
print(numbers.firstIndex(of: 4) as Any, numbers.lastIndex(of: 1)!, numbers.contains(9))
print(numbers.enumerated().filter { $0.offset % 2 == 0 }.map { $0.element })
print(zip(numbers, numbers.dropFirst()).map { $0 + $1 })
print(Set(numbers).sorted(), Set(numbers).count)
print(numbers.reduce(into: [Int: Int]()) { $0[$1, default: 0] += 1 }.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" })
print(stride(from: 0, to: 10, by: 3).map { $0 })
print(Array(stride(from: 1.0, through: 2.0, by: 0.5)))
print(numbers.allSatisfy { $0 > 0 }, numbers.count(where: { $0 > 3 }))
var mutable = numbers
mutable.sort(by: >)
mutable.removeAll { $0 < 3 }
mutable.insert(42, at: 1)
print(mutable, mutable.partition { $0 > 5 })
print(numbers.map(String.init).joined(separator: "-"))
print(numbers.compactMap { $0 > 4 ? $0 * 10 : nil })
print(numbers.flatMap { [$0, $0] }.prefix(4))
