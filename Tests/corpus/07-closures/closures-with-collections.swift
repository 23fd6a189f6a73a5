struct Student {
    let name: String
    let score: Int
}
let students = [Student(name: "Ann", score: 88), Student(name: "Bo", score: 95), Student(name: "Cy", score: 72)]
let best = students.max(by: { $0.score < $1.score })!
print(best.name)
let worst = students.min { $0.score < $1.score }!
print(worst.name)
let ranked = students.sorted { $0.score > $1.score }.map { $0.name }
print(ranked)
let average = Double(students.map { $0.score }.reduce(0, +)) / Double(students.count)
print(average)
students.forEach { print("\($0.name): \($0.score)") }
print(students.filter { $0.score >= 80 }.count)
