extension Array where Element == Int {
    func total() -> Int {
        return reduce(0, +)
    }
    var evens: [Int] {
        return filter { $0 % 2 == 0 }
    }
}

let numbers = [3, 8, 1, 6, 10]
print(numbers.total())
print(numbers.evens)
print(numbers.evens.total())
