struct Product {
    let name: String
    let price: Double
    var quantity: Int
    var value: Double { return price * Double(quantity) }
}

var inventory = [
    Product(name: "Widget", price: 2.5, quantity: 10),
    Product(name: "Gadget", price: 12.0, quantity: 3),
    Product(name: "Doohickey", price: 0.75, quantity: 40),
]
inventory[1].quantity -= 1
let total = inventory.reduce(0.0) { $0 + $1.value }
print("total value: \(total)")
for p in inventory.sorted(by: { $0.value > $1.value }) {
    print("\(p.name): \(p.quantity) x \(p.price) = \(p.value)")
}
let lowStock = inventory.filter { $0.quantity < 5 }.map { $0.name }
print("low stock: \(lowStock)")
