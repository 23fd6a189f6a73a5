let names = ["Anna", "Alex", "Brian", "Jack"]
for name in names[2...] {
    print(name)
}
for name in names[...2] {
    print(name)
}
for name in names[..<2] {
    print(name)
}
let range = ...5
print(range.contains(7), range.contains(4), range.contains(-1))
print((1...10).contains(10), (1..<10).contains(10))
