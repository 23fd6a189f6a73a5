protocol Named {
    var name: String { get }
}
protocol Aged {
    var age: Int { get }
}

struct Person: Named, Aged {
    var name: String
    var age: Int
}

func wishHappyBirthday(to celebrator: Named & Aged) {
    print("Happy birthday, \(celebrator.name), you're \(celebrator.age)!")
}

let birthdayPerson = Person(name: "Malcolm", age: 21)
wishHappyBirthday(to: birthdayPerson)
let people: [Named & Aged] = [Person(name: "Zoe", age: 30), Person(name: "Wash", age: 35)]
for p in people where p.age > 32 {
    print(p.name)
}
