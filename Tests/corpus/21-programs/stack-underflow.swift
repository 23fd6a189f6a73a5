struct IntStack {
    var items: [Int] = []
    mutating func push(_ x: Int) { items.append(x) }
    mutating func pop() -> Int? { return items.popLast() }
}

func evaluateRPN(_ tokens: [String]) -> Int {
    var stack = IntStack()
    for token in tokens {
        if let n = Int(token) {
            stack.push(n)
        } else {
            let b = stack.pop()!
            let a = stack.pop()!
            stack.push(token == "+" ? a + b : a * b)
        }
    }
    return stack.pop()!
}

print(evaluateRPN(["2", "3", "+", "4", "*"]))
print("evaluating a bad expression")
print(evaluateRPN(["5", "+"]))
