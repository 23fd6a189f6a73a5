import Foundation
let word = "Hello, Swift World"
print(word.count, word.uppercased(), word.lowercased())
print(word.hasPrefix("Hello"), word.hasSuffix("x"), word.contains("Swift"))
print(word.split(separator: " ").map(String.init))
print(word.replacingOccurrences(of: "o", with: "0"))
print(String(word.reversed()))
print(word.first!, word.last!, word.distance(from: word.startIndex, to: word.firstIndex(of: ",")!))
let idx = word.index(word.startIndex, offsetBy: 7)
print(word[idx...], word[..<idx])
print(word.filter { $0.isUppercase })
print("a-b-c".components(separatedBy: "-"))
print("  pad  ".trimmingCharacters(in: .whitespaces) + "|")
print(Int("42")! + 1, Int("x") as Any, Double("3.5")!)
let multi = """
  line one
    line two
  """
print(multi)
for (i, c) in "abc".enumerated() { print(i, c, terminator: ";") }
print()
print("\u{1F600}".count, "café".unicodeScalars.count, "e\u{301}" == "é")
print(String(repeating: "ab", count: 3), "x".isEmpty, "".isEmpty)
print(word.prefix(5), word.suffix(5), word.dropFirst(7).dropLast(6))
