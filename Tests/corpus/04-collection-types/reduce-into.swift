let words = ["apple", "avocado", "banana", "blueberry", "cherry"]
let lengths = words.reduce(into: [Int]()) { result, word in
    result.append(word.count)
}
print(lengths)
let counts = words.reduce(into: [Character: Int]()) { counts, word in
    counts[word.first!, default: 0] += 1
}
for (letter, count) in counts.sorted(by: { $0.key < $1.key }) {
    print(letter, count)
}
let total = words.reduce(into: 0) { $0 += $1.count }
print(total)
