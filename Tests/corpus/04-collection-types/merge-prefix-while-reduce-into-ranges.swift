var numbers = [5, 3, 8, 1, 9, 2]
print(numbers.contains(where: { $0 > 8 }), numbers.contains { $0 < 0 })
numbers.removeAll(where: { $0 % 2 == 0 })
print(numbers)
numbers.removeAll()
print(numbers.isEmpty, numbers)
var names = ["Zoe", "adam", "Bob"]
names.sort()
print(names)
names.sort { $0.lowercased() < $1.lowercased() }
print(names)
print(names.map { $0.count }.reduce(0, +), names.lastIndex(of: "Zoe")!)
var matrix = [[1, 2, 3], [4, 5, 6]]
matrix[1][2] = 60
matrix.append([7, 8, 9])
print(matrix.flatMap { $0 }, matrix.map { $0.reduce(0, +) })
let transposed = (0..<3).map { c in matrix.map { $0[c] } }
print(transposed)
var dict = ["b": 2, "a": 1]
dict.merge(["c": 3, "a": 10]) { old, new in old + new }
print(dict.sorted { $0.key < $1.key })
let filtered = dict.filter { $0.value > 2 }
print(filtered.count, filtered.keys.sorted())
if let (k, v) = dict.max(by: { $0.value < $1.value }) { print(k, v) }
var set: Set<Int> = []
for n in [1, 2, 2, 3, 3, 3] { set.insert(n) }
print(set.count, set.sorted(), set.min()!, set.contains(2))
let (inserted, member) = set.insert(2)
print(inserted, member)
print(Array(repeating: "-", count: 5).joined())
let s = "Hello, World"
print(s.filter { $0.isUppercase }, s.map { $0.isLetter ? "x" : "_" }.joined())
print(s.firstIndex(of: "o").map { s.distance(from: s.startIndex, to: $0) }!)
print(s.prefix(while: { $0 != "," }), s.drop(while: { $0 != " " }).dropFirst())
print(Array(s.utf8.prefix(3)), s.count, s.isEmpty)
print(["1", "x", "3"].compactMap(Int.init), ["1", "2"].map { Int($0)! }.reduce(0, +))
print((1...5).reduce(into: []) { $0.insert($1, at: 0) })
print(zip(["a", "b"], [1, 2]).map { "\($0)\($1)" })
