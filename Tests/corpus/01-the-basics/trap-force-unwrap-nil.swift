let input = "abc"
let number = Int(input)
print("converting \(input)")
let value = number!
print(value)
