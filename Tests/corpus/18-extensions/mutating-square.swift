extension Int {
    mutating func square() {
        self = self * self
    }
}

var someInt = 3
someInt.square()
print(someInt)
someInt.square()
print(someInt)
var values = [1, 2, 3]
values[2].square()
print(values)
