import Foundation
let csv = "name, age , city"
let parts = csv.components(separatedBy: ",")
print(parts)
let trimmed = parts.map { $0.trimmingCharacters(in: .whitespaces) }
print(trimmed)
print("hello world".capitalized)
print("  padded  ".trimmingCharacters(in: .whitespacesAndNewlines) + "|")
print("banana".range(of: "nan") != nil)
print("a-b-c".components(separatedBy: "-").count)
