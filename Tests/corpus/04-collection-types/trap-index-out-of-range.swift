let numbers = [1, 2, 3]
let position = numbers.count
print("first is \(numbers[0])")
print(numbers[position])
