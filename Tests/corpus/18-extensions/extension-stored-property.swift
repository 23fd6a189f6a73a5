struct Account {
    var balance = 0
}

extension Account {
    var owner: String = "nobody"
}

let a = Account()
print("balance: \(a.balance)")
print(a.owner)
