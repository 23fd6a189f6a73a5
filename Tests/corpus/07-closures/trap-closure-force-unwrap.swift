let words = ["10", "20", "thirty"]
print("parsing \(words.count) words")
let numbers = words.map { Int($0)! }
print(numbers)
