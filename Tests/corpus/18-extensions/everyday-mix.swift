struct Matrix {
    let rows: Int, columns: Int
    var grid: [Double]
    init(rows: Int, columns: Int) {
        self.rows = rows; self.columns = columns
        grid = Array(repeating: 0.0, count: rows * columns)
    }
    subscript(row: Int, column: Int) -> Double {
        get { grid[row * columns + column] }
        set { grid[row * columns + column] = newValue }
    }
}
var m = Matrix(rows: 2, columns: 2)
m[0, 1] = 1.5
m[1, 0] = 3.2
print(m.grid, m[1, 0])
struct BlackjackCard {
    enum Suit: Character { case spades = "♠", hearts = "♡" }
    enum Rank: Int { case two = 2, three, ace = 14
        struct Values { let first: Int, second: Int? }
        var values: Values {
            switch self {
            case .ace: return Values(first: 1, second: 11)
            default: return Values(first: self.rawValue, second: nil)
            }
        }
    }
    let rank: Rank, suit: Suit
    var description: String {
        var output = "suit is \(suit.rawValue),"
        output += " value is \(rank.values.first)"
        if let second = rank.values.second { output += " or \(second)" }
        return output
    }
}
let theAce = BlackjackCard(rank: .ace, suit: .spades)
print(theAce.description)
print(BlackjackCard.Suit.hearts.rawValue)
class Person { var residence: Residence? }
class Residence { var rooms: [String] = []; var address: Address?
    var numberOfRooms: Int { rooms.count } }
class Address { var street: String? = "Main St" }
let john = Person()
print(john.residence?.numberOfRooms as Any)
if let n = john.residence?.numberOfRooms { print(n) } else { print("no residence") }
john.residence = Residence()
john.residence?.rooms.append("Living")
john.residence?.address = Address()
print(john.residence?.numberOfRooms ?? 0, john.residence?.address?.street?.uppercased() ?? "none")
extension Int {
    var squared: Int { self * self }
    func repetitions(task: () -> Void) { for _ in 0..<self { task() } }
    mutating func square() { self = self * self }
}
3.repetitions { print("hi") }
var seven = 7; seven.square(); print(seven, 4.squared)
extension Array where Element == Int { func total() -> Int { reduce(0, +) } }
print([1, 2, 3].total())
func swapTwo<T>(_ a: inout T, _ b: inout T) { let t = a; a = b; b = t }
var x = "x", y = "y"; swapTwo(&x, &y); print(x, y)
struct Queue<T> { var items: [T] = []
    mutating func enqueue(_ i: T) { items.append(i) }
    mutating func dequeue() -> T? { items.isEmpty ? nil : items.removeFirst() } }
extension Queue { var peek: T? { items.first } }
var q = Queue<Int>(); q.enqueue(4); q.enqueue(5)
print(q.dequeue()!, q.peek!, q.items)
func allEqual<T: Equatable>(_ xs: [T]) -> Bool where T: Hashable { Set(xs).count <= 1 }
print(allEqual([1, 1]), allEqual(["a", "b"]))
