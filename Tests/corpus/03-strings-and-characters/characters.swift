for character in "Dog!🐶" {
    print(character)
}
let exclamationMark: Character = "!"
let catCharacters: [Character] = ["C", "a", "t", "!", "🐱"]
let catString = String(catCharacters)
print(catString)
var welcome = "hello there"
welcome.append(exclamationMark)
print(welcome)
let c: Character = "a"
print(c.isLetter, c.isUppercase, Character("7").isNumber, c.uppercased())
print(Character("7").wholeNumberValue!)
