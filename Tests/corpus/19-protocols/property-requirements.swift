protocol FullyNamed {
    var fullName: String { get }
}

struct Person: FullyNamed {
    var fullName: String
}

class Starship: FullyNamed {
    var prefix: String?
    var name: String
    init(name: String, prefix: String? = nil) {
        self.name = name
        self.prefix = prefix
    }
    var fullName: String {
        return (prefix != nil ? prefix! + " " : "") + name
    }
}

let john = Person(fullName: "John Appleseed")
print(john.fullName)
let ncc1701 = Starship(name: "Enterprise", prefix: "USS")
print(ncc1701.fullName)
print(Starship(name: "Rocinante").fullName)
