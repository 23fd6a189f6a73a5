struct Stack<Element> {
    var items: [Element] = []
    mutating func push(_ item: Element) {
        items.append(item)
    }
}

extension Stack {
    var topItem: Element? {
        return items.isEmpty ? nil : items[items.count - 1]
    }
}

extension Stack where Element: Equatable {
    func isTop(_ item: Element) -> Bool {
        return topItem == item
    }
}

var stack = Stack<String>()
print(stack.topItem ?? "empty")
stack.push("a")
stack.push("b")
if let top = stack.topItem {
    print("The top item on the stack is \(top).")
}
print(stack.isTop("b"), stack.isTop("a"))
