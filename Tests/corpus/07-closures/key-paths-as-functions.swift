struct Person { var name: String; var age: Int; var nickname: String? }
let people = [Person(name: "Ada", age: 36, nickname: nil), Person(name: "Alan", age: 41, nickname: "Al")]
print(people.map(\.name))
print(people.map(\.name.count), people.map(\Person.age).reduce(0, +))
print(people.compactMap(\.nickname))
print(people.filter { $0.age > 40 }.map(\.name))
let words = ["a", "", "bc"]
print(words.map(\.isEmpty), words.filter(\.isEmpty).count)
print(people.sorted { $0.age > $1.age }.map(\.name))
print([[1, 2], [3]].map(\.count), words.map(\.self))
