class Person: Equatable {
    let id: Int
    var name: String
    init(id: Int, name: String) {
        self.id = id
        self.name = name
    }
    static func == (lhs: Person, rhs: Person) -> Bool {
        return lhs.id == rhs.id
    }
}

let p1 = Person(id: 1, name: "Ann")
let p2 = Person(id: 1, name: "Annie")
let p3 = Person(id: 2, name: "Ann")
print(p1 == p2, p1 === p2)
print(p1 == p3)
