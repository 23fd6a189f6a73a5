import Foundation
enum VendingError: Error { case invalidSelection, insufficientFunds(coinsNeeded: Int), outOfStock }
func check(_ n: Int) throws -> Int {
    if n < 0 { throw VendingError.insufficientFunds(coinsNeeded: -n) }
    if n == 0 { throw VendingError.outOfStock }
    return n * 2
}
let x = try? check(3)
let y = try? check(0)
print(x as Any, y as Any)
func maybe(_ n: Int) throws -> Int? { n > 0 ? n : nil }
let z = try? maybe(5)
print(z as Any, type(of: z))
do {
    try check(-3)
} catch VendingError.insufficientFunds(let coinsNeeded) where coinsNeeded > 2 {
    print("need many: \(coinsNeeded)")
} catch {
    print("other")
}
do { _ = try check(0) } catch let e as VendingError { print("vending:", e) }
do { _ = try check(0) } catch { print(error.localizedDescription) }
struct ParseError: Error, CustomStringConvertible { let line: Int; var description: String { "bad line \(line)" } }
do { throw ParseError(line: 7) } catch { print(error) ; print("\(error)") }
func run(_ f: () throws -> Int) rethrows -> Int { try f() + 1 }
print(run { 41 })
print((try? run { try check(-1) }) ?? -1)
let results = [1, 0, -2].map { n in Result { try check(n) } }
for r in results {
    switch r {
    case .success(let v): print("ok", v)
    case .failure(let e): print("fail", e)
    }
}
func cleanup() {
    defer { print("deferred 1") }
    defer { print("deferred 2") }
    print("body")
}
cleanup()
let w = try! check(2)
print(w)
