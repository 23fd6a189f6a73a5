indirect enum Expr {
    case number(Int)
    case add(Expr, Expr)
    case mul(Expr, Expr)
}
func eval(_ e: Expr) -> Int {
    switch e {
    case let .number(v): return v
    case let .add(l, r): return eval(l) + eval(r)
    case .mul(let l, let r): return eval(l) * eval(r)
    }
}
let five = Expr.number(5), four = Expr.number(4)
let product = Expr.mul(.add(five, four), .number(2))
print(eval(product))
print(Expr.add(.number(1), .number(2)))
enum Barcode { case upc(Int, Int, Int, Int); case qrCode(String) }
var code = Barcode.upc(8, 85909, 51226, 3)
code = .qrCode("ABCDEFGHIJKLMNOP")
switch code {
case .upc(let ns, let mf, let pr, let ch): print("UPC: \(ns), \(mf), \(pr), \(ch).")
case .qrCode(let s): print("QR code: \(s).")
}
if case .qrCode(let s) = code, s.count > 3 { print("long", s.prefix(3)) }
let point = (1, -1)
switch point {
case let (x, y) where x == y: print("x == y")
case let (x, y) where x == -y: print("x == -y", x, y)
case let (x, y): print(x, y)
}
let n = 62
switch n {
case 0: print("zero")
case 1..<10: print("few")
case 10..<100: print("dozens"); fallthrough
default: print("done")
}
