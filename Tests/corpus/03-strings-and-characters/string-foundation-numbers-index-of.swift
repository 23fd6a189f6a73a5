import Foundation
print(String(format: "%.2f|%5d|%x|%e", 3.14159, 42, 255, 12345.678))
let f: (Int) -> Int = { $0 * 2 }
print(type(of: f))
var greeting = "Hello"
greeting.append(contentsOf: ", world")
print(greeting.count, greeting.lowercased(), greeting.replacingOccurrences(of: "l", with: "L"))
print(greeting.contains("world"), greeting.hasSuffix("ld"), greeting.index(of: "w") != nil)
let idx = greeting.firstIndex(of: ",")!
print(greeting[..<idx], greeting[greeting.index(after: idx)...])
print(greeting.components(separatedBy: ", "), greeting.split(separator: ",").map(String.init))
print(" padded ".trimmingCharacters(in: .whitespaces) + "|")
print(Array(greeting.prefix(3)), greeting.suffix(5), greeting.dropFirst(7))
print(abs(-3), max(1, 5, 3), min(2.5, 1.5), pow(2.0, 10.0), sqrt(16.0), Int(3.99), Int(-3.99), 17.0.truncatingRemainder(dividingBy: 5))
print(Double(Int.max), Float(1) / 3, 1.0 / 3.0, 0.1 + 0.2)
print(String(repeating: "ab", count: 3), "abc".reversed().map(String.init).joined())
