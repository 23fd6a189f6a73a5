extension Array where Element: Numeric {
    func total() -> Element { reduce(0, +) }
}
print([1, 2, 3].total(), [1.5, 2.5].total())
extension Sequence where Element == String {
    func shout() -> [String] { map { $0.uppercased() } }
}
print(["a", "b"].shout())
enum Size: Comparable { case small, medium, large }
print(Size.small < Size.large, [Size.large, .small, .medium].sorted())
enum Token: Equatable { case number(Int), word(String) }
print(Token.number(3) == .number(3), Token.word("a") == .number(1))
struct Person { let name: String; let age: Int }
let people = [Person(name: "Ann", age: 30), Person(name: "Bob", age: 25)]
print(people.map(\.name), people.sorted { $0.age < $1.age }.map(\.name))
print(people.min(by: { $0.age < $1.age })!.name)
debugPrint("quoted", 1, [1, 2])
print(String(describing: Size.medium), String(reflecting: Size.medium))
let c: Character = "A"
print(c.isLetter, c.isUppercase, c.asciiValue!, Character("7").wholeNumberValue!)
print(Int("ff", radix: 16)!, String(255, radix: 2), String(255, radix: 16, uppercase: true))
print("héllo".unicodeScalars.count, "héllo".utf8.count)
print(people.first { $0.age > 26 }?.name ?? "none")
let grouped = Dictionary(grouping: ["apple", "avocado", "banana"], by: { $0.first! })
print(grouped.keys.sorted(), grouped["a"]!)
var counts: [Character: Int] = [:]
for ch in "mississippi" { counts[ch, default: 0] += 1 }
print(counts.sorted { $0.key < $1.key }.map { "\($0.key)\($0.value)" }.joined())
print([3, 1, 2].sorted(by: >), [1, 2, 3, 4].filter { $0.isMultiple(of: 2) })
