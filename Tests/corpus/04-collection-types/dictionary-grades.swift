var scores = ["amy": 91, "bob": 78, "cy": 85]
scores["dan"] = 66
scores["bob"] = nil
for (name, score) in scores.sorted(by: { $0.key < $1.key }) { print(name, score) }
let passed = scores.filter { $0.value >= 80 }.keys.sorted()
print(passed)
print(scores.mapValues { $0 / 10 }.sorted { $0.key < $1.key })
let grouped = Dictionary(grouping: [1, 2, 3, 4, 5, 6], by: { $0 % 3 })
print(grouped.keys.sorted(), grouped[0]!)
var counts: [Character: Int] = [:]
for ch in "mississippi" { counts[ch, default: 0] += 1 }
print(counts.sorted { $0.key < $1.key }.map { "\($0.key)\($0.value)" }.joined(separator: ","))
print(scores.count, scores.isEmpty, scores["zed"] ?? -1)
