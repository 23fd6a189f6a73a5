struct Queue<T> {
    private var storage: [T] = []
    var count: Int { storage.count }
    mutating func enqueue(_ x: T) { storage.append(x) }
    mutating func dequeue() -> T? { storage.isEmpty ? nil : storage.removeFirst() }
}
var q = Queue<Int>()
for i in 1...5 { q.enqueue(i * i) }
while let v = q.dequeue() { print(v, terminator: " ") }
print("| count", q.count)
struct Account {
    private(set) var balance = 0
    mutating func deposit(_ amount: Int) { balance += amount }
}
var acct = Account()
acct.deposit(50)
print(acct.balance)
let nums = [5, 3, 8]
var sortedNums = nums
sortedNums.sort()
print(nums, sortedNums)
var grid = Array(repeating: Array(repeating: 0, count: 3), count: 2)
grid[1][2] = 7
print(grid)
let fruits = ["apple": 3, "pear": 5]
if let n = fruits["apple"], n > 2 { print("many apples") }
guard let p = fruits["pear"] else { fatalError() }
print(p)
let maybe: Int? = nil
print(maybe.map { $0 * 2 } as Any, maybe ?? 0, (maybe?.description ?? "none"))
var str: String? = "hi"
print(str?.uppercased() as Any, str!.count)
str = nil
print(str?.count as Any)
