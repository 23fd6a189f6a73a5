import Foundation
print(floor(2.7), ceil(2.1), round(2.5), round(-2.5))
print((2.5).rounded(), (3.14159 * 100).rounded() / 100)
print((2.5).rounded(.down), (2.5).rounded(.towardZero), (-2.5).rounded(.up))
print(sqrt(16.0), pow(2.0, 10.0))
print(log2(1024.0), log10(1000.0), exp(0.0))
print(abs(-7), abs(-2.5))
let values = [1.5, 2.25, 3.0]
let mapped = values.map { $0 * 2 }
print(mapped)
let f: Float = 2.0 / 3.0
print(f, Double(f) == 2.0 / 3.0)
print(Double.pi)
