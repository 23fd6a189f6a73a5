protocol Animal {
    func speak() -> String
}

struct Dog: Animal {
    func speak() -> String { return "Woof" }
    func fetch() -> String { return "fetching the ball" }
}

let pet: Animal = Dog()
print(pet.speak())
print(pet.fetch())
