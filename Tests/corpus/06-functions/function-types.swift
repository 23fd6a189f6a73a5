func addTwoInts(_ a: Int, _ b: Int) -> Int {
    return a + b
}
func multiplyTwoInts(_ a: Int, _ b: Int) -> Int {
    return a * b
}
var mathFunction: (Int, Int) -> Int = addTwoInts
print("Result: \(mathFunction(2, 3))")
mathFunction = multiplyTwoInts
print("Result: \(mathFunction(2, 3))")
let anotherMathFunction = addTwoInts
print(anotherMathFunction(10, 20))
let operations: [(Int, Int) -> Int] = [addTwoInts, multiplyTwoInts, { $0 - $1 }, max]
for op in operations {
    print(op(7, 4))
}
