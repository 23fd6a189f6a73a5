struct Outer {
    struct Kind { var n: Int }
    enum Mode: String, CaseIterable { case fast, slow }
    var kind: Kind
    var mode: Mode = .slow
    static func make() -> Outer { Outer(kind: Kind(n: 1)) }
    func describe() -> String {
        let k = Kind(n: kind.n + 1)
        return "\(k.n) \(mode.rawValue) \(Mode.allCases.count)"
    }
}
struct Other {
    enum Kind { case a, b }
    var kind: Kind = .b
}
let o = Outer.make()
print(o)
print(o.describe())
print(Other())
print(Other().kind)
let m: Outer.Mode = .fast
print(m, Outer.Mode(rawValue: "slow") as Any)
print(type(of: o.kind), type(of: m))
var ks: [Outer.Kind] = [Outer.Kind(n: 5)]
ks.append(.init(n: 6))
print(ks.map { $0.n })
switch m {
case .fast: print("fast!")
case .slow: print("slow")
}
let kinds = [Other.Kind.a, .b]
print(kinds)
class Shelf {
    class Item {
        let title: String
        init(title: String) { self.title = title }
    }
    var items: [Item] = []
    func add(_ t: String) { items.append(Item(title: t)) }
}
let shelf = Shelf()
shelf.add("x")
print(shelf.items.count, shelf.items[0].title)
print(shelf.items[0] is Shelf.Item)
