let text = "the cat and the hat and the bat"
var wordCounts: [String: Int] = [:]
for word in text.split(separator: " ") {
    wordCounts[String(word), default: 0] += 1
}
for (word, count) in wordCounts.sorted(by: { $0.key < $1.key }) {
    print(word, count)
}
print(wordCounts["the", default: 0], wordCounts["dog", default: 0])
print(wordCounts["dog"] == nil)
let sortedKeys = wordCounts.keys.sorted()
print(sortedKeys)
print(wordCounts.values.sorted())
let airportNames = [String](["b": 2, "a": 1].keys).sorted()
print(airportNames)
