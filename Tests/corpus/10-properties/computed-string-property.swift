struct Person {
    var firstName: String
    var lastName: String
    var fullName: String {
        "\(firstName) \(lastName)"
    }
    var initials: String {
        "\(firstName.first!).\(lastName.first!)."
    }
}

var person = Person(firstName: "Grace", lastName: "Hopper")
print(person.fullName)
print(person.initials)
person.lastName = "Brewster"
print(person.fullName)
