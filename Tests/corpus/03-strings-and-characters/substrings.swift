let greeting = "Hello, world!"
let index = greeting.firstIndex(of: ",") ?? greeting.endIndex
let beginning = greeting[..<index]
print(beginning)
let newString = String(beginning)
print(newString, newString.count)
print(greeting.prefix(5), greeting.suffix(6))
print(greeting.dropFirst(7), greeting.dropLast(1))
let after = greeting[greeting.index(after: index)...]
print("[\(after)]")
