var a: Set = [1, 2, 3, 4]
let b: Set<Int> = [3, 4, 5]
print(a.union(b).sorted(), a.intersection(b).sorted(), a.subtracting(b).sorted(), a.symmetricDifference(b).sorted())
print(a.isSubset(of: [1, 2, 3, 4, 5]), a.isDisjoint(with: [9]), a.contains(2))
a.insert(10); a.remove(1)
print(a.sorted(), a.count)
let (inserted, member) = a.insert(10)
print(inserted, member)
var letters = Set<Character>()
letters.insert("a")
print(letters, letters.isEmpty)
let words = ["apple", "banana", "avocado", "cherry"]
let byLetter = Dictionary(grouping: words) { $0.first! }
for key in byLetter.keys.sorted() { print(key, byLetter[key]!) }
print(words.map { $0.count }.max(by: <)!, words.min(by: { $0.count < $1.count })!)
print(Array(repeating: "-", count: 3).joined(), Array(1...5).suffix(2), [Int]().isEmpty)
let matrix = [[1, 2, 3], [4, 5, 6]]
print(matrix.map { $0.reduce(0, +) }, matrix.joined().map { $0 }, matrix[1][2])
print(words.sorted { $0.count > $1.count }.first!, Array(words.reversed()))
print(Array(words.enumerated()).last!, words.indices, words.firstIndex { $0.hasPrefix("b") }!)
