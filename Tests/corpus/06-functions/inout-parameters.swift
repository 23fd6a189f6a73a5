func swapTwoInts(_ a: inout Int, _ b: inout Int) {
    let temporaryA = a
    a = b
    b = temporaryA
}
var someInt = 3
var anotherInt = 107
swapTwoInts(&someInt, &anotherInt)
print("someInt is now \(someInt), and anotherInt is now \(anotherInt)")
func appendTwice(_ list: inout [String], _ item: String) {
    list.append(item)
    list.append(item)
}
var list = ["a"]
appendTwice(&list, "b")
print(list)
var x = 1, y = 2
swap(&x, &y)
print(x, y)
func increment(_ n: inout Int, by step: Int = 1) { n += step }
increment(&x)
increment(&x, by: 10)
print(x)
