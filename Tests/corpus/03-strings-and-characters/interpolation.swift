let multiplier = 3
let message = "\(multiplier) times 2.5 is \(Double(multiplier) * 2.5)"
print(message)
let name = "Ada"
let age = 36
print("\(name) is \(age) years old, next year \(age + 1).")
let items = [1, 2, 3]
print("items: \(items), count \(items.count)")
let maybe: Int? = 5
print("optional: \(String(describing: maybe))")
print("tuple: \((1, "a"))")
print("bool: \(age > 30)")
print(#"Write an interpolated string in Swift using \(multiplier)."#)
print(#"6 times 7 is \#(6 * 7)."#)
