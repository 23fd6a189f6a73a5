let text = "the quick brown fox jumps over the lazy dog the fox"
var counts: [String: Int] = [:]
for word in text.split(separator: " ") {
    counts[String(word), default: 0] += 1
}
for word in counts.keys.sorted() {
    print("\(word): \(counts[word]!)")
}
let mostCommon = counts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.prefix(2)
for (word, n) in mostCommon {
    print("top: \(word) x\(n)")
}
print("distinct words: \(counts.count)")
