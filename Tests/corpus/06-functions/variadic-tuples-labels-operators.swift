func greet(_ people: String..., greeting: String = "Hello") -> String {
    people.map { "\(greeting), \($0)!" }.joined(separator: " ")
}
print(greet("Ann", "Bo"))
print(greet("Cy", greeting: "Hi"))
func minMax(array: [Int]) -> (min: Int, max: Int)? {
    guard var lo = array.first else { return nil }
    var hi = lo
    for v in array.dropFirst() { lo = Swift.min(lo, v); hi = Swift.max(hi, v) }
    return (lo, hi)
}
if let b = minMax(array: [8, -6, 2, 109, 3, 71]) { print("min is \(b.min) and max is \(b.max)") }
print(minMax(array: []) as Any)
func counter() { defer { print("defer 1") }; defer { print("defer 2") }; print("body") }
counter()
var i = 0
repeat { i += 3 } while i < 10
print(i)
outer: for a in 1...3 {
    for b in 1...3 {
        if b == 2 { continue outer }
        if a == 3 { break outer }
        print(a, b)
    }
}
let t = (name: "x", value: 3)
let (nm, val) = t
print(nm, val, t.0, t)
var total = 0
for k in stride(from: 10, through: 0, by: -5) { total += k }
print(total, 7 / 2, -7 / 2, -7 % 3, 7.0 / 2, Double(7) / 2)
print(Int.max &+ 1 == Int.min, 0b1010 & 0b0110, 1 << 4, ~0, 0xFF ^ 0x0F)
print(UInt8(255), Int8.min, Int16.max, UInt32(1) << 31)
