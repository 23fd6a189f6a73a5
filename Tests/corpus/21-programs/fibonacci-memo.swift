var memo: [Int: Int] = [0: 0, 1: 1]

func fib(_ n: Int) -> Int {
    if let cached = memo[n] {
        return cached
    }
    let value = fib(n - 1) + fib(n - 2)
    memo[n] = value
    return value
}

print(fib(10))
print(fib(50))
print((0..<12).map(fib))
print(memo.count)
