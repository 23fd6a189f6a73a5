var grades: [String: [Int]] = [
    "Maria": [92, 88, 95],
    "Ahmed": [75, 82, 80],
    "Chen": [60, 71, 58],
]
grades["Lena"] = [99]
grades["Chen"]?.append(90)

func letter(for average: Double) -> String {
    switch average {
    case 90...: return "A"
    case 80..<90: return "B"
    case 70..<80: return "C"
    default: return "F"
    }
}

for name in grades.keys.sorted() {
    let scores = grades[name]!
    let average = Double(scores.reduce(0, +)) / Double(scores.count)
    print("\(name): \(scores) avg \(average) -> \(letter(for: average))")
}
let best = grades.max { a, b in a.value.max()! < b.value.max()! }!
print("highest single score: \(best.key)")
