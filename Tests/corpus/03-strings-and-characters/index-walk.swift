import Foundation
var text = "The quick brown fox"
if let range = text.range(of: "quick") {
    text.replaceSubrange(range, with: "slow")
}
print(text)
let scalar: Unicode.Scalar = "A"
print(scalar.value, scalar.isASCII)
if let e = Unicode.Scalar(0x1F600) {
    print(e, e.value)
}
print(Unicode.Scalar(300) == nil ? "none" : "some")
var position = text.startIndex
var vowels = 0
while position != text.endIndex {
    if "aeiou".contains(text[position]) { vowels += 1 }
    position = text.index(after: position)
}
print("vowels:", vowels)
let word = "Swift"
if let third = word.index(word.startIndex, offsetBy: 2, limitedBy: word.endIndex) {
    print(word[third])
}
print(word.index(word.startIndex, offsetBy: 9, limitedBy: word.endIndex) == nil)
let bytes = word.utf8.map { Int($0) }
print(bytes, bytes.reduce(0, +))
print(word.utf8.count, word.utf16.count, word.unicodeScalars.count)
if let space = text.firstIndex(where: { $0 == " " }) {
    print("[\(text[..<space])]", "[\(text[text.index(after: space)...])]")
}
if let lastSpace = text.lastIndex(of: " ") {
    print(text.distance(from: text.startIndex, to: lastSpace))
}
print(word.utf8.contains(0x69), Array(word.utf16.prefix(2)))
var letters = "abcdef"
letters.insert("X", at: letters.index(letters.startIndex, offsetBy: 3))
letters.remove(at: letters.startIndex)
letters.removeSubrange(letters.index(letters.endIndex, offsetBy: -2)..<letters.endIndex)
print(letters)
let upper = String(word.unicodeScalars.map { scalar -> Character in
    scalar.value >= 97 && scalar.value <= 122 ? Character(Unicode.Scalar(scalar.value - 32)!) : Character(scalar)
})
print(upper)
