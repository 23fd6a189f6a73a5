var x = 5
func addTwo(_ v: inout Int) { v += 2 }
addTwo(&x)
print(x)
var arr = [1, 2, 3]
func double(_ a: inout [Int]) { for i in a.indices { a[i] *= 2 } }
double(&arr)
print(arr)
struct P { var v = 1 }
var p = P()
addTwo(&p.v)
print(p)
addTwo(&arr[0])
print(arr)
func sumAll(_ xs: Double...) -> Double { xs.reduce(0, +) }
print(sumAll(), sumAll(1, 2.5), sumAll(1, 2, 3, 4))
func arith(_ xs: Int..., using f: (Int, Int) -> Int) -> Int { xs.dropFirst().reduce(xs.first ?? 0, f) }
print(arith(1, 2, 3, using: +), arith(2, 3, 4) { $0 * $1 })
func nested() -> Int {
    func helper(_ n: Int) -> Int { n * 10 }
    var total = 0
    for i in 1...3 { total += helper(i) }
    return total
}
print(nested())
func chooseStepFunction(backward: Bool) -> (Int) -> Int {
    func stepForward(input: Int) -> Int { input + 1 }
    func stepBackward(input: Int) -> Int { input - 1 }
    return backward ? stepBackward : stepForward
}
var currentValue = -4
let moveNearerToZero = chooseStepFunction(backward: currentValue > 0)
while currentValue != 0 { print("\(currentValue)... ", terminator: ""); currentValue = moveNearerToZero(currentValue) }
print("zero!")
let mathFunction: (Int, Int) -> Int = { $0 + $1 }
print("Result: \(mathFunction(2, 3))")
