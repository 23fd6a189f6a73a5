class Base {
    var value = 1 {
        willSet { print("Base willSet \(newValue)") }
        didSet { print("Base didSet \(oldValue)") }
    }
    var name: String { "base" }
}
class Mid: Base {
    override var value: Int {
        willSet { print("Mid willSet \(newValue)") }
        didSet { print("Mid didSet \(oldValue)") }
    }
}
class Leaf: Mid {
    override var value: Int {
        get { super.value * 10 }
        set { super.value = newValue + 1 }
    }
    override var name: String { "leaf " + super.name }
}
let m = Mid()
m.value = 5
print(m.value)
let l = Leaf()
l.value = 7
print(l.value, l.name)
let b: Base = l
b.value += 1
print(b.value)

