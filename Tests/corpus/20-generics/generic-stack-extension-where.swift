struct Stack<Element> {
    var items: [Element] = []
    mutating func push(_ item: Element) { items.append(item) }
    mutating func pop() -> Element? { items.popLast() }
    var top: Element? { items.last }
    var isEmpty: Bool { items.isEmpty }
}
var s = Stack<String>()
s.push("a"); s.push("b")
print(s.top ?? "none", s.pop()!, s.items, s.isEmpty)
extension Stack where Element: Equatable {
    func contains(_ x: Element) -> Bool { items.contains(x) }
}
print(s.contains("a"), s.contains("z"))
print(s)
