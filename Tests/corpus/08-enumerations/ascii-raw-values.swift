enum ASCIIControlCharacter: Character {
    case tab = "\t"
    case lineFeed = "\n"
    case carriageReturn = "\r"
}

let tab = ASCIIControlCharacter.tab
print(tab.rawValue == "\t")
print(ASCIIControlCharacter.lineFeed.rawValue.asciiValue!)
print(ASCIIControlCharacter.carriageReturn.rawValue.asciiValue!)
print(tab)
