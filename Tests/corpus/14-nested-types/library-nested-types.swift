struct Library {
    struct Book: Hashable { let title: String; let year: Int }
    enum Genre: String { case fiction, science }
    private(set) var shelves: [Genre: [Book]] = [:]
    mutating func add(_ book: Book, to genre: Genre) { shelves[genre, default: []].append(book) }
    subscript(genre: Genre) -> [Book] { shelves[genre] ?? [] }
    var count: Int { shelves.values.reduce(0) { $0 + $1.count } }
}
var lib = Library()
lib.add(.init(title: "Dune", year: 1965), to: .fiction)
lib.add(Library.Book(title: "Cosmos", year: 1980), to: .science)
lib.add(.init(title: "Emma", year: 1815), to: .fiction)
print(lib.count, lib[.fiction].map(\.title))
let oldest = lib[.fiction].min { $0.year < $1.year }
print(oldest?.title ?? "none", oldest!)
let unique: Set<Library.Book> = [Library.Book(title: "A", year: 1), Library.Book(title: "A", year: 1)]
print(unique.count)
print((1, "b") < (1, "c"), (2, 0) > (1, 9), (1, 2) == (1, 2))
let t = (name: "x", score: 3)
let (n, sc) = t
print(t.name, t.1, n, sc)
var people: [(name: String, age: Int)] = [("Ann", 31), ("Bo", 25), ("Cy", 31)]
people.sort { ($0.age, $0.name) > ($1.age, $1.name) }
print(people.map { "\($0.name):\($0.age)" })
let ch: Character = "7"
print(ch.isNumber, ch.wholeNumberValue!, Character("a").asciiValue!, ch.isLetter)
print("hello".map { $0.uppercased() }.joined(), "a-b-c".split(separator: "-").count)
