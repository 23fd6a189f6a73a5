struct Stack<Element> {
    var items: [Element] = []
    mutating func push(_ item: Element) { items.append(item) }
    mutating func pop() -> Element { return items.removeLast() }
}
extension Stack {
    var topItem: Element? { return items.isEmpty ? nil : items[items.count - 1] }
}
extension Stack where Element: Equatable {
    func isTop(_ item: Element) -> Bool {
        guard let topItem = items.last else { return false }
        return topItem == item
    }
}
var stackOfStrings = Stack<String>()
stackOfStrings.push("uno")
stackOfStrings.push("dos")
print(stackOfStrings.isTop("dos"), stackOfStrings.topItem!)
let fromTheTop = stackOfStrings.pop()
print(fromTheTop, stackOfStrings.items)
func findIndex<T: Equatable>(of valueToFind: T, in array: [T]) -> Int? {
    for (index, value) in array.enumerated() { if value == valueToFind { return index } }
    return nil
}
print(findIndex(of: 9.3, in: [3.14159, 0.1, 0.25]) as Any, findIndex(of: "Andrea", in: ["Mike", "Malcolm", "Andrea"])!)
protocol Container {
    associatedtype Item
    mutating func append(_ item: Item)
    var count: Int { get }
    subscript(i: Int) -> Item { get }
}
extension Stack: Container {
    mutating func append(_ item: Element) { self.push(item) }
    var count: Int { return items.count }
    subscript(i: Int) -> Element { return items[i] }
}
extension Container {
    subscript<Indices: Sequence>(indices: Indices) -> [Item] where Indices.Iterator.Element == Int {
        var result: [Item] = []
        for index in indices { result.append(self[index]) }
        return result
    }
}
var s = Stack<Int>()
for i in [10, 20, 30, 40] { s.append(i) }
print(s[[0, 2]], s.count)
extension Container where Item == Double {
    func average() -> Double {
        var sum = 0.0
        for index in 0..<count { sum += self[index] }
        return sum / Double(count)
    }
}
var ds = Stack<Double>(); ds.push(1.0); ds.push(2.0)
print(ds.average())
func swapTwoValues<T>(_ a: inout T, _ b: inout T) { let t = a; a = b; b = t }
var someString = "hello", anotherString = "world"
swapTwoValues(&someString, &anotherString)
print(someString, anotherString)
