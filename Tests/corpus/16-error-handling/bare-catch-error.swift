enum BankError: Error {
    case insufficientFunds(coinsNeeded: Int)
    case accountLocked
}

func withdraw(_ amount: Int, from balance: Int) throws -> Int {
    if amount > balance {
        throw BankError.insufficientFunds(coinsNeeded: amount - balance)
    }
    return balance - amount
}

do {
    let left = try withdraw(10, from: 15)
    print("left: \(left)")
    _ = try withdraw(20, from: 15)
    print("not reached")
} catch {
    print("Error: \(error)")
}

do {
    throw BankError.accountLocked
} catch {
    print(error)
}
