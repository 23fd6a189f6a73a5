let integerToDescribe = 5
var description = "The number \(integerToDescribe) is"
switch integerToDescribe {
case 2, 3, 5, 7, 11, 13, 17, 19:
    description += " a prime number, and also"
    fallthrough
default:
    description += " an integer."
}
print(description)
let level = 1
switch level {
case 1:
    print("one")
    fallthrough
case 2:
    print("two")
case 3:
    print("three")
default:
    break
}
