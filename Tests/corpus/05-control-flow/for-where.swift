for n in 1...20 where n % 5 == 0 {
    print(n)
}
let words = ["apple", "kiwi", "banana", "fig"]
for w in words where w.count > 3 {
    print(w.uppercased())
}
var total = 0
for case let n? in [1, nil, 3, nil, 5] as [Int?] {
    total += n
}
print(total)
