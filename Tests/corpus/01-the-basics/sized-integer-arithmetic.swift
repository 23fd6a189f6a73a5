let bytes: [UInt8] = [3, 250, 17, 0]
var sum: UInt32 = 0
for b in bytes { sum += UInt32(b) }
print(sum, bytes.sorted(), bytes.max()!, type(of: bytes[0]))
var x: UInt8 = 200
x += 50
print(x, x == 250, x > 100, UInt8.max - x)
let y = x / 3
print(y, "\(y)", y.description, String(y, radix: 16), String(y, radix: 2))
let small: Int8 = -5
print(small * 2, -small, small < 0, abs(Int(small)))
switch x {
case 0...9: print("digit")
case 200..<255: print("big")
default: print("other")
}
var counts: [UInt16: Int] = [:]
counts[7, default: 0] += 1
counts[7, default: 0] += 1
print(counts)
print(Int32.max, Int64.min, UInt.max, UInt32.bitWidth)
print(UInt8(truncatingIfNeeded: 300), Int8(truncatingIfNeeded: 200), UInt8(exactly: 300) as Any, Int(UInt8(9)) + 1)
let d = Double(UInt16(1000)) / 3
print(d)
let h: UInt32 = 0xFF
print(h << 4, h >> 1, h & 0x0F, ~h)
let arr = [Int16](repeating: 7, count: 3)
print(arr, arr.count)
func f(_ v: UInt8) -> UInt8 { v &* 3 }
print(f(100))
print(UInt8("42")!, UInt8("300") as Any)
