let sentence = "Swift is a powerful and intuitive language"
let words = sentence.split(separator: " ").map(String.init)
print(words.count)
print(words.map { $0.count })
print(words.filter { $0.count > 5 })
let vowels: [Character] = ["a", "e", "i", "o", "u"]
let vowelCount = sentence.lowercased().filter { vowels.contains($0) }.count
print("vowels: \(vowelCount)")
print(String(sentence.reversed()))
let acronym = words.map { String($0.first!).uppercased() }.joined()
print(acronym)
let capitalized = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }
print(capitalized.joined(separator: " "))
print(String(sentence.map { $0 == "a" ? "4" : $0 }))
