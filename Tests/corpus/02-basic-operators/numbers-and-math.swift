import Foundation
let values = [2.5, 3.7, 1.2, 9.8, 4.4]
let mean = values.reduce(0, +) / Double(values.count)
let variance = values.map { pow($0 - mean, 2) }.reduce(0, +) / Double(values.count - 1)
print(String(format: "mean %.3f sd %.3f", mean, sqrt(variance)))
print(values.sorted()[values.count / 2], values.max()! - values.min()!)
let rounded = values.map { ($0 * 10).rounded() / 10 }
print(rounded, values.map { Int($0) }, values.map { Int($0.rounded()) })
print(Double.pi, Double.infinity, -Double.infinity, Double.nan.isNaN)
print(1e-5, 123456789.0, 1.0 / 3.0, Float(1) / 3)
print(7 / 2, -7 / 2, 7 % 3, -7 % 3, 7.0 / 2)
print(Int.max, Int.min, UInt8.max, Int8.min)
print(abs(-3), max(1, 5, 3), min(2.5, 1.5))
print(exp(1.0), log(M_E), log2(8.0), log10(1000.0))
print(String(describing: 3.0), "\(0.1 + 0.2)")
let formatter = String(format: "%08.3f|%-6d|%x|%o|%e", 3.14159, 42, 255, 8, 12345.678)
print(formatter)
print(Double("3.5")! + 1, Int("  4") == nil, Double("abc") ?? -1)
