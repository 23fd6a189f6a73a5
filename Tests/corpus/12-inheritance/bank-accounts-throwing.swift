class BankAccount {
    private(set) var balance: Double = 0
    let owner: String
    static var count = 0
    init(owner: String) { self.owner = owner; BankAccount.count += 1 }
    func deposit(_ amount: Double) { balance += amount }
    func withdraw(_ amount: Double) throws {
        guard amount <= balance else { throw AccountError.insufficient(balance: balance) }
        balance -= amount
    }
}
enum AccountError: Error { case insufficient(balance: Double) }
class Savings: BankAccount {
    var rate: Double
    init(owner: String, rate: Double) { self.rate = rate; super.init(owner: owner) }
    func addInterest() { deposit(balance * rate) }
}
let s = Savings(owner: "Kim", rate: 0.1)
s.deposit(100)
s.addInterest()
print(s.balance, s.owner, BankAccount.count)
do { try s.withdraw(500) } catch AccountError.insufficient(let b) { print("only", b) }
try? s.withdraw(10)
print(s.balance)
let accounts: [BankAccount] = [s, BankAccount(owner: "Lee")]
print(accounts.map { $0.owner }, BankAccount.count)
for a in accounts { if let sv = a as? Savings { print("savings at", sv.rate) } else { print("plain", a.owner) } }
