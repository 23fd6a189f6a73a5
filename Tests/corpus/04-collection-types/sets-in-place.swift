var a: Set = [1, 2, 3]
a.formUnion([3, 4])
a.subtract([1])
print(a.sorted(), a == Set([4, 3, 2]), a.isStrictSuperset(of: [2, 3]))
print(Set<Int>().isEmpty, Set([5]))
debugPrint(Set(["x"]))
print([Set([7])])
let words = "the cat the hat".split(separator: " ").map(String.init)
print(Set(words).count)
var unique = Set<Int>()
for i in 0..<1000 { unique.insert(i % 37) }
print(unique.count, unique.reduce(0, +), unique.min()!, unique.max()!)
let removed = unique.remove(5)
print(removed as Any, unique.remove(99) as Any, unique.count)
let s: Set<Double> = [1, 2.5]
print(s.contains(1), s.sorted())
