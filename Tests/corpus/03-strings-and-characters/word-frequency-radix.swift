let text = "the quick brown fox jumps over the lazy dog the end"
var freq: [String: Int] = [:]
for w in text.split(separator: " ") { freq[String(w), default: 0] += 1 }
let top = freq.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(3)
for (w, c) in top { print(w, c) }
let chars = Array("hello")
print(chars, chars.count, String(chars.reversed()), String(chars.sorted()))
let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
print(text.filter { vowels.contains($0) }.count)
let caps = text.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }
print(caps.joined(separator: " "))
print(text.count, text.lowercased() == text, text.firstIndex(of: "q") != nil)
let n = 255
print(String(n, radix: 2), String(n, radix: 16), Int("ff", radix: 16)!)
print("abc" < "abd", "Z" < "a")
let ch: Character = "A"
print(ch.isLetter, ch.asciiValue!, ch.lowercased())
