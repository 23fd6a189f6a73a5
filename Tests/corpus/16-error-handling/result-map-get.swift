enum Failure: Error { case tooBig(Int) }
func check(_ n: Int) -> Result<Int, Failure> {
    if n > 100 { return .failure(.tooBig(n)) }
    return .success(n * 2)
}
let ok = check(3)
print(ok, [ok])
print(check(500))
let doubled = ok.map { $0 * 2 }
print(doubled)
switch check(700).mapError({ _ in Failure.tooBig(0) }) {
case .success(let v): print(v)
case .failure(let e): print("error", e)
}
do {
    let v = try check(1000).get()
    print(v)
} catch {
    print("caught", error)
}
