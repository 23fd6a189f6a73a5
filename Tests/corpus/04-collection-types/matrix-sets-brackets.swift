var matrix = [[Int]](repeating: [Int](repeating: 0, count: 3), count: 3)
for i in 0..<3 { for j in 0..<3 { matrix[i][j] = i * 3 + j } }
print(matrix)
let transposed = (0..<3).map { j in matrix.map { $0[j] } }
print(transposed)
let flat = matrix.flatMap { $0 }
print(flat.filter { $0 % 2 == 0 }, flat.reduce(0, +))
var seen = Set<Int>()
var dups: [Int] = []
for x in [1, 2, 3, 2, 1, 4] { if !seen.insert(x).inserted { dups.append(x) } }
print(dups, seen.sorted())
let words = ["one", "two", "three", "four"]
let lengths = words.map { ($0, $0.count) }
print(lengths)
let dict = Dictionary(uniqueKeysWithValues: lengths)
print(dict["three"]!, dict.keys.sorted())
var stack: [Character] = []
var balanced = true
for ch in "{[()]}(" {
    switch ch {
    case "(", "[", "{": stack.append(ch)
    case ")": balanced = balanced && stack.popLast() == "("
    case "]": balanced = balanced && stack.popLast() == "["
    case "}": balanced = balanced && stack.popLast() == "{"
    default: break
    }
}
print(balanced && stack.isEmpty, stack)
print(words.sorted(by: { $0.count == $1.count ? $0 < $1 : $0.count < $1.count }))
print(Array(words.joined().uppercased()).prefix(5))
