let square: (Int) -> Int = { x in x * x }
print(square(7))
let add = { (a: Int, b: Int) -> Int in a + b }
print(add(2, 3))
let greet = { print("hi") }
greet()
let describe: (String, Int) -> String = { "\($0) is \($1)" }
print(describe("Bob", 30))
let result = { (n: Int) -> String in
    if n > 0 { return "positive" }
    return "non-positive"
}(5)
print(result)
let makeGreeting: (String) -> String = { name in
    let upper = name.uppercased()
    return "HELLO, \(upper)"
}
print(makeGreeting("ann"))
