let wiseWords = "\"Imagination is more important than knowledge\" - Einstein"
let dollarSign = "\u{24}"
let sparklingHeart = "\u{1F496}"
print(wiseWords, dollarSign, sparklingHeart)
let multiline = """
    These are the same.
      Indented line
    End
    """
print(multiline)
let threeDoubleQuotationMarks = #"""
Escaping the first quotation mark \"""
"""#
print(threeDoubleQuotationMarks)
print(#"Line 1\nLine 2"#)
var word = "cafe"
print("the number of characters in \(word) is \(word.count)")
word += "\u{301}"
print("the number of characters in \(word) is \(word.count)")
let greeting = "Guten Tag!"
print(greeting[greeting.startIndex], greeting[greeting.index(before: greeting.endIndex)], greeting[greeting.index(greeting.startIndex, offsetBy: 7)])
for index in greeting.indices { print("\(greeting[index]) ", terminator: "") }
print("")
var welcome = "hello"
welcome.insert("!", at: welcome.endIndex)
welcome.insert(contentsOf: " there", at: welcome.index(before: welcome.endIndex))
print(welcome)
welcome.remove(at: welcome.index(before: welcome.endIndex))
print(welcome)
let range = welcome.index(welcome.endIndex, offsetBy: -6)..<welcome.endIndex
welcome.removeSubrange(range)
print(welcome)
let hello = "Hello, world!"
let index = hello.firstIndex(of: ",") ?? hello.endIndex
let beginning = hello[..<index]
let newString = String(beginning)
print(beginning, newString)
let quotation = "We're a lot alike, you and I."
let sameQuotation = "We're a lot alike, you and I."
if quotation == sameQuotation { print("These two strings are considered equal") }
let romeoAndJuliet = ["Act 1 Scene 1: Verona, A public place", "Act 1 Scene 2: Capulet's mansion", "Act 2 Scene 1: Outside Capulet's mansion"]
var act1SceneCount = 0
for scene in romeoAndJuliet { if scene.hasPrefix("Act 1 ") { act1SceneCount += 1 } }
print("There are \(act1SceneCount) scenes in Act 1")
let dogString = "Dog‼🐶"
for codeUnit in dogString.utf8 { print("\(codeUnit) ", terminator: "") }
print("")
for scalar in dogString.unicodeScalars { print("\(scalar.value) ", terminator: "") }
print("")
let exclamationMark: Character = "!"
let catCharacters: [Character] = ["C", "a", "t", "!", "🐱"]
let catString = String(catCharacters)
print(catString, exclamationMark)
