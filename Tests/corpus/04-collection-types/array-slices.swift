let a = [10, 20, 30, 40, 50]
let middle = a[1..<3]
print(middle, middle.count)
print(Array(a[2...]))
print(a.prefix(2), a.suffix(2))
print(a.dropFirst(), a.dropLast(2))
print(a.first(where: { $0 > 25 })!)
print(middle.startIndex, middle.first!)
let copy = Array(middle)
print(copy[0])
print(a.prefix(while: { $0 < 35 }))
print(a.split(separator: 30))
