struct Person: CustomStringConvertible, Comparable {
    let first: String, last: String, age: Int
    var description: String { "\(first) \(last) (\(age))" }
    static func < (a: Person, b: Person) -> Bool { (a.last, a.first) < (b.last, b.first) }
}
let people = [Person(first: "Ada", last: "Lovelace", age: 36), Person(first: "Alan", last: "Turing", age: 41), Person(first: "Grace", last: "Hopper", age: 85)]
print(people.sorted())
print(people.sorted { $0.age > $1.age }.map(\.first))
print(people.map(\.age).reduce(0, +) / people.count)
let byInitial = Dictionary(grouping: people, by: { $0.last.first! })
print(byInitial.keys.sorted())
let oldest = people.max { $0.age < $1.age }
print(oldest?.description ?? "none")
let names = people.map { $0.first }.joined(separator: ", ")
print("Names: \(names)")
var ages = [String: Int]()
for p in people { ages[p.first] = p.age }
print(ages.count, ages["Ada"] ?? 0, ages.values.sorted())
if let idx = people.firstIndex(where: { $0.age > 40 }) { print("first over 40:", people[idx]) }
print(people.contains { $0.first == "Alan" }, people.filter { $0.age < 50 }.count)
let (young, old) = (people.filter { $0.age < 50 }, people.filter { $0.age >= 50 })
print(young.count, old.count)
