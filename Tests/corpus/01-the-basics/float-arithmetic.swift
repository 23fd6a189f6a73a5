import Foundation
let f: Float = 1.0 / 3.0
print(f, f * 3, f + 1)
let ratio: Float = 0.1
print(ratio, type(of: ratio), Double(ratio))
var g: Float = 2
g += 0.5
g *= 2
print(g, -g, g > 4, g == 5)
print(sqrt(16), sqrt(g), sqrt(2.0), pow(g, 2), abs(-g))
print(Float.pi, Double(Float.pi))
let xs: [Float] = [3.5, 1.25, 2]
print(xs, xs.sorted(), xs.max()!, xs.reduce(0, +))
print(Int(Float(7.9)), Float(3), Float(UInt8(200)))
print(String(format: "%.3f", f))
print(Float(1) / 3 == f, (f * 1000).rounded() / 1000)
func half(_ x: Float) -> Float { x / 2 }
print(half(5), half(g))
let m: [String: Float] = ["a": 1.5]
print(m, m["a"]! * 2)
print(Float("2.5")!, 1e-3 as Float, Float(0.1) + Float(0.2))
