let myNumber: Int? = 42
if let myNumber {
    print("My number is \(myNumber)")
}
if let firstNumber = Int("4"), let secondNumber = Int("42"), firstNumber < secondNumber && secondNumber < 100 {
    print("\(firstNumber) < \(secondNumber) < 100")
}
let name: String? = nil
if let name {
    print("Hello, \(name)")
} else {
    print("No name")
}
var counter: Int? = 5
if var counter {
    counter += 1
    print(counter)
}
print(counter!)
