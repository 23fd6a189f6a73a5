var counter = 0
let increment = { counter += 1 }
increment()
increment()
print(counter)
var message = "first"
let show = { print(message) }
message = "second"
show()
var value = 1
let captured = { [value] in print("captured \(value)") }
value = 99
captured()
print(value)
