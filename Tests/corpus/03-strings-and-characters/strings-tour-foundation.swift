import Foundation
let s = "Hello, World! 123"
print(s.lowercased(), s.count, s.reversed().map { String($0) }.joined())
print(String(s.reversed()))
print(s.filter { $0.isNumber }, s.filter(\.isUppercase))
print(s.hasPrefix("Hell"), s.hasSuffix("3"), s.contains("World"))
let parts = s.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
print(parts)
print(s.replacingOccurrences(of: "l", with: "L"))
let idx = s.firstIndex(of: ",")!
print(s[..<idx], s[s.index(after: idx)...])
print(Array(s.utf8.prefix(5)))
let chars = Array(s)
print(chars[0], chars.count, chars.last!)
var counts: [Character: Int] = [:]
for ch in s.lowercased() where ch.isLetter { counts[ch, default: 0] += 1 }
print(counts.sorted { $0.key < $1.key }.map { "\($0.key)\($0.value)" }.joined())
print("abc" < "abd", "Z" < "a", "é".count)
let n = 255
print(String(n, radix: 16), String(n, radix: 2), Int("ff", radix: 16)!)
print(String(repeating: "ab", count: 3), "x".padding(toLength: 4, withPad: ".", startingAt: 0))
