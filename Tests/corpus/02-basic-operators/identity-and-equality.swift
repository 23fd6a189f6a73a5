class Box {
    var value: Int
    init(_ value: Int) { self.value = value }
}
let a = Box(1)
let b = a
let c = Box(1)
print(a === b, a === c, a !== c)
b.value = 9
print(a.value, c.value)
let words = ["a", "b"]
print(words == ["a", "b"], words != ["b", "a"])
