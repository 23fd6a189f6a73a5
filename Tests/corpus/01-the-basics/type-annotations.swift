var welcomeMessage: String
welcomeMessage = "Hello"
print(welcomeMessage)
var red, green, blue: Double
red = 0.5
green = 0.25
blue = 1
print(red, green, blue)
let count: Int = 42
let ratio: Float = 0.1
let big: Double = 0.1
print(count, ratio, big)
print(type(of: count), type(of: ratio), type(of: big))
