class ShoppingListItem {
    var name: String?
    var quantity = 1
    var purchased = false
}

var item = ShoppingListItem()
print(item.name as Any, item.quantity, item.purchased)
item.name = "eggs"
item.quantity = 12
print(item.name!, item.quantity)
