let numbers = [1, 2, 3]
print(numbers)
let labels: [String] = numbers.map { $0 * 2 }
print(labels)
