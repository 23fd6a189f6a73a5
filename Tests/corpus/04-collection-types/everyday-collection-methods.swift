let d = ["a": 1, "b": 2, "c": 3]
print(d.mapValues { $0 * 10 }.sorted(by: { $0.key < $1.key }))
print(d.filter { $0.value > 1 }.count, d.keys.sorted(), d.values.sorted())
print(d.compactMapValues { $0 > 1 ? String($0) : nil }.count)
print(d.contains { $0.value == 2 }, d.isEmpty, d.first(where: { $0.key == "b" })!.value)
print(d.reduce(0) { $0 + $1.value }, d.map { $0.key }.sorted())
var e: [String: [Int]] = [:]
e["x", default: []].append(5)
e["x", default: []].append(6)
print(e)
let a = [5, 3, 8, 1]
print(a.sorted(by: >), a.enumerated().map { $0.offset * $0.element }, a.allSatisfy { $0 > 0 })
print(a.firstIndex(where: { $0 > 4 })!, a.lastIndex(of: 8)!, a.min(by: { $0 > $1 })!)
print(a.map(String.init).joined(separator: "-"), a.indices.map { $0 })
print(Array(a.enumerated()).count, a.starts(with: [5, 3]), a.elementsEqual([5, 3, 8, 1]))
var b = a
b.removeAll { $0 < 4 }
b.insert(0, at: 0)
print(b, b.contains(8), Array(b.reversed()))
let words = ["apple", "bob", "kayak"]
print(words.filter { $0 == String($0.reversed()) })
print(Set([1, 2, 3]).isSubset(of: [1, 2, 3, 4]), Set([1, 2]).symmetricDifference([2, 3]).sorted())
print((1...5).reduce(1, *), (1..<4).contains(3), (1...10).filter { $0.isMultiple(of: 3) })
print(zip(a, a.dropFirst()).map { $1 - $0 })
print(String(describing: a), "\(a.count)", a.description)
print([3.5, 1.25].map { Int($0) }, [1, 2].map(Double.init), (0..<3).map { _ in "x" })
print(a.prefix(while: { $0 > 2 }), a.drop(while: { $0 > 2 }))
print(Dictionary(uniqueKeysWithValues: zip(["x", "y"], [1, 2])).sorted { $0.key < $1.key })
