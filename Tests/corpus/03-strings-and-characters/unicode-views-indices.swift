let dogString = "Dog‼🐶"
for codeUnit in dogString.utf8 { print("\(codeUnit) ", terminator: "") }
print("")
for scalar in dogString.unicodeScalars { print("\(scalar.value) ", terminator: "") }
print("")
print(dogString.count, dogString.utf8.count, dogString.utf16.count)
var welcome = "hello"
welcome.insert("!", at: welcome.endIndex)
welcome.insert(contentsOf: " there", at: welcome.index(before: welcome.endIndex))
print(welcome)
welcome.remove(at: welcome.index(before: welcome.endIndex))
print(welcome)
let range = welcome.index(welcome.endIndex, offsetBy: -6)..<welcome.endIndex
welcome.removeSubrange(range)
print(welcome)
let quotation = "We're a lot alike, you and I."
print(quotation.hasPrefix("We"), quotation.split(separator: ",").count)
let wiseWords = "\"Imagination is more important than knowledge\" - Einstein"
print(wiseWords)
let sparklingHeart = "\u{1F496}"
print(sparklingHeart, "\u{24}", "tab\there")
var word = "cafe"
print("the number of characters in \(word) is \(word.count)")
word += "\u{301}"
print("the number of characters in \(word) is \(word.count)")
let greeting = "Guten Tag!"
for index in greeting.indices { print("\(greeting[index]) ", terminator: "") }
print()
print(greeting[greeting.startIndex], greeting[greeting.index(after: greeting.startIndex)], greeting[greeting.index(greeting.startIndex, offsetBy: 7)])
let raw = #"Line 1\nLine 2"#
print(raw)
print("Value: \(3 * 4), \(String(describing: Optional(2))), \([1: "a"])")
