struct Stack<Element> {
    var items: [Element] = []
    mutating func push(_ item: Element) { items.append(item) }
    mutating func pop() -> Element { items.removeLast() }
}
extension Stack {
    var topItem: Element? { items.isEmpty ? nil : items[items.count - 1] }
}
var stackOfStrings = Stack<String>()
stackOfStrings.push("uno"); stackOfStrings.push("dos"); stackOfStrings.push("tres")
let fromTheTop = stackOfStrings.pop()
print(fromTheTop, stackOfStrings.items)
if let topItem = stackOfStrings.topItem { print("The top item on the stack is \(topItem).") }
extension Stack where Element: Equatable {
    func isTop(_ item: Element) -> Bool { guard let topItem = items.last else { return false }; return topItem == item }
}
print(stackOfStrings.isTop("dos"))
func findIndex<T: Equatable>(of valueToFind: T, in array: [T]) -> Int? {
    for (index, value) in array.enumerated() { if value == valueToFind { return index } }
    return nil
}
print(findIndex(of: "Andrea", in: ["Mike", "Malcolm", "Andrea"]) as Any)
extension Collection {
    func average() -> Double where Element == Int { Double(reduce(0, +)) / Double(count) }
}
print([1, 2, 3, 4].average())
func maxOf<T: Comparable>(_ a: T, _ b: T, _ rest: T...) -> T { rest.reduce(Swift.max(a, b)) { Swift.max($0, $1) } }
print(maxOf(3, 7), maxOf("a", "c", "b"), maxOf(1.5, 0.5, 9.5, 2.0))
struct Box<T: CustomStringConvertible>: CustomStringConvertible { let v: T; var description: String { "Box(\(v))" } }
print(Box(v: 3), [Box(v: "s")])
