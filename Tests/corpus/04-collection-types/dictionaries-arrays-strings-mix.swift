import Foundation
var scores = ["Ann": 90, "Bob": 72, "Cy": 85]
scores["Dee"] = 60
scores["Bob"] = nil
if let old = scores.updateValue(95, forKey: "Ann") { print("old", old) }
for (name, s) in scores.sorted(by: { $0.value > $1.value }) { print(name, s) }
print(scores.keys.sorted(), scores.values.sorted(), scores.count, scores.isEmpty)
let passed = scores.filter { $0.value >= 70 }.map { $0.key }.sorted()
print(passed, scores.mapValues { $0 / 10 }.sorted { $0.key < $1.key }.map { $0.value })
print(scores.contains { $0.value == 60 }, scores.first(where: { $0.key == "Cy" })?.value ?? 0)
var arr = [5, 1, 4]
arr.sort(); arr.insert(0, at: 0); arr.remove(at: 1); arr += [9, 9]
print(arr, arr.firstIndex(of: 9)!, arr.count(where: { $0 == 9 }))
arr.removeAll { $0 == 9 }
print(arr, arr.reversed().map { $0 }, Array(arr.reversed()), arr.shuffled().count)
var grid = Array(repeating: Array(repeating: 0, count: 3), count: 2)
grid[1][2] = 7
print(grid, grid.flatMap { $0 }, grid.joined().reduce(0, +))
let pairs = [(1, "one"), (2, "two")]
let dict = Dictionary(uniqueKeysWithValues: pairs)
print(dict[2]!, pairs.map { $0.1 }, dict.keys.contains(1))
let s = "Hello, World"
print(s.count, s.uppercased(), s.replacingOccurrences(of: "l", with: "L"), s.contains("World"), s.hasSuffix("ld"))
print(s.components(separatedBy: ",").map { $0.trimmingCharacters(in: .whitespaces) }, Array(s).filter { $0.isUppercase })
var str = "abc"; str.append("d"); str += "e"; str.append(contentsOf: "fg")
print(str, str.first!, str.last!, str.dropFirst(2), str.prefix(3), String(str.reversed()))
print("a1b2".compactMap { $0.wholeNumberValue }, "x y z".split(separator: " ").count, "ab" < "b", "é".count)
