let quotation = """
The White Rabbit put on his spectacles.  "Where shall I begin,
please your Majesty?" he asked.
    "Begin at the beginning," the King said gravely.
"""
print(quotation)
let softWrapped = """
This is a single \
line.
"""
print(softWrapped)
print(#"Line 1\nLine 2"#, #"Value: \#(6 * 7)"#)
let threeDoubleQuotationMarks = """
Escaping the first quotation mark \"""
Escaping all three quotation marks \"\"\"
"""
print(threeDoubleQuotationMarks)
let dollarSign = "\u{24}", blackHeart = "\u{2665}", sparklingHeart = "\u{1F496}"
print(dollarSign, blackHeart, sparklingHeart)
let eAcute: Character = "\u{E9}"
let combinedEAcute: Character = "\u{65}\u{301}"
print(eAcute == combinedEAcute)
var word = "cafe"
print("the number of characters in \(word) is \(word.count)")
word += "\u{301}"
print("the number of characters in \(word) is \(word.count)")
let decimalInteger = 17, binaryInteger = 0b10001, octalInteger = 0o21, hexadecimalInteger = 0x11
print(decimalInteger, binaryInteger, octalInteger, hexadecimalInteger)
print(1.25e2, 1.25e-2, 0xFp2, 0xFp-2, 0xC.3p0, 1_000_000, 000123.456)
let twoThousand: UInt16 = 2_000
let one: UInt8 = 1
let twoThousandAndOne = twoThousand + UInt16(one)
print(twoThousandAndOne)
let initialBits: UInt8 = 0b00001111
print(~initialBits, initialBits << 2, initialBits & 0b00111100, initialBits | 0b11110000, initialBits ^ 0b00010001)
var unsignedOverflow = UInt8.max
unsignedOverflow = unsignedOverflow &+ 1
print(unsignedOverflow)
let pink: UInt32 = 0xCC6699
print((pink & 0xFF0000) >> 16, (pink & 0x00FF00) >> 8, pink & 0x0000FF)
print(Int8.min, Int16.max, UInt32.max, Int64.max)
let x = Int.max
print(x.addingReportingOverflow(1))
let y = x + 1
print(y)
