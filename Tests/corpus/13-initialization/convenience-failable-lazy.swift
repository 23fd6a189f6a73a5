class Food {
    var name: String
    init(name: String) { self.name = name }
    convenience init() { self.init(name: "[Unnamed]") }
}
class RecipeIngredient: Food {
    var quantity: Int
    init(name: String, quantity: Int) { self.quantity = quantity; super.init(name: name) }
    override convenience init(name: String) { self.init(name: name, quantity: 1) }
}
class ShoppingListItem: RecipeIngredient {
    var purchased = false
    var description: String { "\(quantity) x \(name)" + (purchased ? " ✔" : " ✘") }
}
var breakfastList = [ShoppingListItem(), ShoppingListItem(name: "Bacon"), ShoppingListItem(name: "Eggs", quantity: 6)]
breakfastList[0].name = "Orange juice"
breakfastList[0].purchased = true
for item in breakfastList { print(item.description) }
struct Animal {
    let species: String
    init?(species: String) { if species.isEmpty { return nil }; self.species = species }
}
print(Animal(species: "Giraffe")?.species as Any, Animal(species: "") == nil)
enum TemperatureUnit: Character { case kelvin = "K", celsius = "C" }
print(TemperatureUnit(rawValue: "C") as Any, TemperatureUnit(rawValue: "X") as Any)
class Counter { lazy var big: [Int] = { print("computing"); return [1, 2, 3] }() }
let c = Counter(); print("made"); print(c.big.count); print(c.big.count)
