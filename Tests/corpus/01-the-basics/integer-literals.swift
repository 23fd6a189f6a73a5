let decimalInteger = 17
let binaryInteger = 0b10001
let octalInteger = 0o21
let hexadecimalInteger = 0x11
print(decimalInteger, binaryInteger, octalInteger, hexadecimalInteger)
let oneMillion = 1_000_000
let paddedDouble = 000123.456
print(oneMillion, paddedDouble)
print(UInt8.min, UInt8.max)
print(Int32.min, Int32.max)
print(Int.max)
print(Int16.max &+ 1)
