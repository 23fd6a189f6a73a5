enum MathError: Error {
    case divisionByZero
}

func divide(_ a: Int, by b: Int) throws -> Int {
    if b == 0 { throw MathError.divisionByZero }
    return a / b
}

let x = try? divide(10, by: 2)
let y = try? divide(10, by: 0)
print(x as Any)
print(y as Any)
print((try? divide(9, by: 3)) ?? -1)
print((try? divide(9, by: 0)) ?? -1)
if let q = try? divide(100, by: 7) {
    print("quotient \(q)")
}
let results = [1, 0, 5].map { try? divide(20, by: $0) }
print(results)
