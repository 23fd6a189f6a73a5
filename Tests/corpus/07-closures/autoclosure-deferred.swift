func logIf(_ flag: Bool, _ message: @autoclosure () -> String) {
    if flag { print("log: \(message())") }
}
var evaluations = 0
func expensive() -> String { evaluations += 1; return "computed" }
logIf(false, expensive())
logIf(true, expensive())
print(evaluations)
func firstNonNil(_ a: Int?, _ b: @autoclosure () -> Int) -> Int { a ?? b() }
print(firstNonNil(3, 4), firstNonNil(nil, 5 * 2))
func repeatTwice(_ f: @autoclosure () -> Void) { f(); f() }
repeatTwice(print("hi"))
