let values: [Any] = [1, "two", 3, 4.5, "five", 6]
var sum = 0
var words: [String] = []
for value in values {
    if let n = value as? Int {
        sum += n
    } else if let s = value as? String {
        words.append(s)
    }
}
print("sum: \(sum)")
print("words: \(words)")
let maybeInt = values[1] as? Int
print(maybeInt as Any)
let maybeDouble = values[3] as? Double
print(maybeDouble as Any)
