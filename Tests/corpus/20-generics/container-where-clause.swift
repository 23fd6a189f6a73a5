protocol Container {
    associatedtype Item
    mutating func append(_ item: Item)
    var count: Int { get }
    subscript(i: Int) -> Item { get }
}

struct Stack<Element>: Container {
    var items: [Element] = []
    mutating func push(_ item: Element) { items.append(item) }
    mutating func pop() -> Element { return items.removeLast() }
    typealias Item = Element
    mutating func append(_ item: Element) { self.push(item) }
    var count: Int { return items.count }
    subscript(i: Int) -> Element { return items[i] }
}

func allItemsMatch<C1: Container, C2: Container>(_ someContainer: C1, _ anotherContainer: C2) -> Bool
    where C1.Item == C2.Item, C1.Item: Equatable {
    if someContainer.count != anotherContainer.count { return false }
    for i in 0..<someContainer.count {
        if someContainer[i] != anotherContainer[i] { return false }
    }
    return true
}

var stackOfStrings = Stack<String>()
stackOfStrings.push("uno")
stackOfStrings.push("dos")
stackOfStrings.push("tres")
var other = Stack<String>()
other.append("uno")
other.append("dos")
other.append("tres")
print(allItemsMatch(stackOfStrings, other))
other.append("cuatro")
print(allItemsMatch(stackOfStrings, other), other.count, other[3])

protocol Resettable {
    init()
    var summary: String { get }
}
struct Tally: Resettable {
    var count = 0
    var summary: String { return "tally \(count)" }
}
final class Counter: Resettable {
    var n = 1
    var summary: String { "counter \(n)" }
}
class Score: Resettable {
    var points: Int
    required init() { points = 0 }
    var summary: String { "score \(points)" }
}
print(Tally().summary, Counter().summary, Score().summary)
