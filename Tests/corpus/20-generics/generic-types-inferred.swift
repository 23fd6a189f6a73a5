struct Box<T> {
    var value: T
    func map<U>(_ f: (T) -> U) -> Box<U> { Box<U>(value: f(value)) }
}
let b = Box(value: 3)
print(b, type(of: b))
let s = b.map { "n\($0)" }
print(s, type(of: s))
print([b])
var boxes: [Box<Int>] = [Box(value: 1), Box(value: 2)]
boxes.append(Box(value: 9))
print(boxes.map { $0.value })
struct Wrapper<Item: Equatable>: Equatable {
    var items: [Item]
    init(_ items: [Item]) { self.items = items }
    func has(_ x: Item) -> Bool { items.contains(x) }
}
let w = Wrapper([1, 2])
print(w.has(2), w.has(5), w == Wrapper([1, 2]), w)
class Node<T> {
    var value: T
    var next: Node<T>?
    init(_ value: T) { self.value = value }
}
let n = Node(1)
n.next = Node(2)
print(n.next?.value ?? 0, type(of: n))
var e: Box<String> = Box(value: "x")
e.value += "y"
print(e.value)
enum Tree<V> {
    case leaf
    indirect case node(Tree<V>, V, Tree<V>)
    func count() -> Int {
        switch self {
        case .leaf: return 0
        case let .node(l, _, r): return l.count() + 1 + r.count()
        }
    }
}
let t = Tree.node(.leaf, 5, .node(.leaf, 7, .leaf))
print(t.count())
func largest<T: Comparable>(_ xs: [T]) -> T? {
    var best: T? = nil
    for x in xs where best == nil || x > best! { best = x }
    return best
}
print(largest([3, 9, 2]) ?? 0, largest(["b", "a"]) ?? "")
