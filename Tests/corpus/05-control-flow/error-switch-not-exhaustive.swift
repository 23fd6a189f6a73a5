let value = 3
print("switching on \(value)")
switch value {
case 1:
    print("one")
case 2, 3:
    print("two or three")
}
