class Animal {
    func sound() -> String { return "..." }
}

class Dog: Animal {
    override func sound() -> String { return "Woof" }
}

class Cat: Animal {
    override func sound() -> String { return "Meow" }
}

let pets: [Animal] = [Dog(), Cat(), Animal()]
for pet in pets {
    print(type(of: pet), pet.sound(), pet is Dog)
}
let a: Animal = Dog()
print(a is Cat, a is Animal)
