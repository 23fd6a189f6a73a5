enum VendingError: Error {
    case invalidSelection
    case insufficientFunds(coinsNeeded: Int)
    case outOfStock
}
struct Item { var price: Int; var count: Int }
class Machine {
    var inventory = ["Candy": Item(price: 12, count: 7), "Chips": Item(price: 10, count: 0)]
    var coins = 0
    func vend(_ name: String) throws {
        guard let item = inventory[name] else { throw VendingError.invalidSelection }
        guard item.count > 0 else { throw VendingError.outOfStock }
        guard item.price <= coins else { throw VendingError.insufficientFunds(coinsNeeded: item.price - coins) }
        coins -= item.price
        var newItem = item
        newItem.count -= 1
        inventory[name] = newItem
        print("Dispensing \(name)")
    }
}
let m = Machine()
m.coins = 8
for name in ["Candy", "Chips", "Soda"] {
    do {
        try m.vend(name)
    } catch VendingError.invalidSelection {
        print("Invalid Selection.")
    } catch VendingError.outOfStock {
        print("Out of Stock.")
    } catch VendingError.insufficientFunds(let coinsNeeded) {
        print("Please insert an additional \(coinsNeeded) coins.")
    } catch {
        print("Unexpected error: \(error).")
    }
}
m.coins = 20
try? m.vend("Candy")
print(m.coins, m.inventory["Candy"]!.count)
