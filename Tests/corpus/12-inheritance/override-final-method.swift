class Account {
    var balance = 0
    final func deposit(_ amount: Int) {
        balance += amount
    }
}

class Savings: Account {
    override func deposit(_ amount: Int) {
        balance += amount * 2
    }
}

print("opening account")
let a = Savings()
a.deposit(10)
print(a.balance)
