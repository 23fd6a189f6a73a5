func addTwoInts(_ a: Int, _ b: Int) -> Int {
    return a + b
}
func printMathResult(_ mathFunction: (Int, Int) -> Int, _ a: Int, _ b: Int) {
    print("Result: \(mathFunction(a, b))")
}
printMathResult(addTwoInts, 3, 5)
printMathResult(*, 3, 5)
func applyTwice(_ f: (Int) -> Int, to x: Int) -> Int {
    f(f(x))
}
func double(_ n: Int) -> Int { n * 2 }
print(applyTwice(double, to: 5))
print(applyTwice({ $0 - 1 }, to: 5))
