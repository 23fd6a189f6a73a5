print(Int.random(in: 1...6) <= 6, [1,2].randomElement() != nil, Bool.random() || true, [Int]().randomElement() as Any)
var a = Array(1...10)
a.shuffle()
print(a.sorted() == Array(1...10), a.shuffled().count, (1..<5).randomElement()! < 5, Set([1, 2]).randomElement()! > 0)
let r = (0..<1000).map { _ in Int.random(in: 0..<3) }
print(Set(r).sorted())
