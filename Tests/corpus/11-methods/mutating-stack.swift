struct Stack {
    var items: [Int] = []
    mutating func push(_ item: Int) {
        items.append(item)
    }
    mutating func pop() -> Int? {
        return items.popLast()
    }
    var top: Int? { items.last }
}

var stack = Stack()
stack.push(1)
stack.push(2)
stack.push(3)
print(stack.top!)
print(stack.pop()!, stack.pop()!)
print(stack)
print(stack.pop() as Any, stack.pop() as Any)
