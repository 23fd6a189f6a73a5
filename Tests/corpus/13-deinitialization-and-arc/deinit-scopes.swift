class Tracker {
    let name: String
    init(_ name: String) { self.name = name; print("init \(name)") }
    deinit { print("deinit \(name)") }
}
class Loud: Tracker {
    deinit { print("loud deinit \(name)") }
}
func scoped() {
    let t = Tracker("local")
    print("using \(t.name)")
}
scoped()
print("after scoped")
for i in 0..<3 {
    let t = Tracker("loop\(i)")
    print("made \(t.name)")
}
print("after loop")
var a: Tracker? = Loud("sub")
let b = a
a = nil
print("still held by b: \(b!.name)")
var list = [Tracker("x"), Tracker("y")]
list.removeFirst()
print("removed")
list = []
print("emptied")
do {
    let inner = Tracker("block")
    print(inner.name)
}
print("end")
