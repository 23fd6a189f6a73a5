let assumedString: String! = "An implicitly unwrapped optional string."
print(assumedString.count, assumedString.hasPrefix("An"))
print(assumedString + "!")
func shout(_ s: String) -> String { s.uppercased() }
print(shout(assumedString))
let optionalString = assumedString
print(optionalString as Any)
print(assumedString as Any)
var n: Int! = 4
n = n + 1
print(n * 2, n!, n == 5, n != nil)
for i in 1...3 { n = n + i }
print(n as Any)
func total() -> Int { n * 10 }
print(total())
let sum: Int = n + 1
print(sum)
n = nil
print(n == nil)
var label: String!
print(label == nil, label ?? "unset")
label = "set"
print(label.count)
label = nil
print("before")
print(label.count)
print("not reached")
