struct Animal {
    let species: String
    init?(species: String) {
        if species.isEmpty { return nil }
        self.species = species
    }
}

let cat = Animal(species: "Cat")!
print(cat.species)
print("creating an animal with no species")
let nobody = Animal(species: "")!
print(nobody.species)
