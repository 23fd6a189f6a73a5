import Foundation
let s = "Swift Programming"
print(s.uppercased())
print(s.lowercased())
print(s.contains("gram"), s.contains("xyz"))
print(String(s.reversed()))
print(s.split(separator: " "))
print(s.replacingOccurrences(of: "Swift", with: "Fun"))
print(s.starts(with: "Sw"))
let words = "a,b,,c".split(separator: ",")
print(words.count, words.map { String($0) })
print("a,b,,c".split(separator: ",", omittingEmptySubsequences: false))
print(["x", "y", "z"].joined(separator: "-"))
print(String(repeating: "ab", count: 3))
