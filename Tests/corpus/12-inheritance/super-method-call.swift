class Animal {
    let name: String
    init(name: String) {
        self.name = name
    }
    func speak() -> String {
        return "\(name) makes a sound"
    }
}

class Dog: Animal {
    override func speak() -> String {
        return super.speak() + ": woof"
    }
}

let animals = [Animal(name: "Generic"), Dog(name: "Rex")]
for animal in animals {
    print(animal.speak())
}
