let decimalDouble = 12.1875
let exponentDouble = 1.21875e1
let hexadecimalDouble = 0xC.3p0
print(decimalDouble, exponentDouble, hexadecimalDouble)
print(1.25e2, 1.25e-2)
print(0xFp2, 0xFp-2)
let pi = 3 + 0.14159
print(pi)
print(1.0 / 3.0)
let f: Float = 1.0 / 3.0
print(f)
print(2.0, 1e16, 1e-5, 100.0)
