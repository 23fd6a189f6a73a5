func grade(_ n: Int) -> String {
    switch n {
    case ..<0: return "negative"
    case 0: return "zero"
    case 90...: return "high"
    default: return "mid"
    }
}
print(grade(-3), grade(0), grade(95), grade(50))
let r = ...5
print(r.contains(7), r.contains(4))
let upTo = ..<3
print(upTo.contains(3), upTo ~= 2)
let from = 10...
print(from.contains(11), from.contains(9))
print((1...).contains(0))
let xs = [1, 2, 3, 4]
print(xs[1...], xs[..<2])
print(r)
