let shoppingList = ["Six eggs", "Milk", "Flour", "Baking Powder", "Bananas"]
for item in shoppingList {
    print(item)
}
for (index, value) in shoppingList.enumerated() {
    print("Item \(index + 1): \(value)")
}
for item in shoppingList.reversed() {
    print(item, terminator: " ")
}
print()
print(shoppingList.first!, shoppingList.last!, shoppingList.firstIndex(of: "Flour")!)
print(shoppingList.firstIndex(of: "Jam") as Any)
print(shoppingList.contains("Milk"))
