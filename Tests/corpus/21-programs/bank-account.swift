enum BankError: Error {
    case insufficientFunds(needed: Int)
    case invalidAmount
}

class BankAccount {
    let owner: String
    private(set) var balance: Int
    var history: [String] = []

    init(owner: String, balance: Int = 0) {
        self.owner = owner
        self.balance = balance
    }

    func deposit(_ amount: Int) throws {
        guard amount > 0 else { throw BankError.invalidAmount }
        balance += amount
        history.append("+\(amount)")
    }

    func withdraw(_ amount: Int) throws {
        guard amount > 0 else { throw BankError.invalidAmount }
        guard amount <= balance else { throw BankError.insufficientFunds(needed: amount - balance) }
        balance -= amount
        history.append("-\(amount)")
    }
}

let account = BankAccount(owner: "Alice", balance: 100)
for (kind, amount) in [("d", 50), ("w", 30), ("w", 500), ("d", -5)] {
    do {
        if kind == "d" { try account.deposit(amount) } else { try account.withdraw(amount) }
    } catch {
        print("rejected \(kind) \(amount): \(error)")
    }
}
print("\(account.owner): \(account.balance)")
print(account.history.joined(separator: " "))
