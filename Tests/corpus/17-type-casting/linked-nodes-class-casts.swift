class Node<T> {
    var value: T
    var next: Node?
    init(_ value: T, next: Node? = nil) { self.value = value; self.next = next }
}
var head: Node<Int>? = Node(1, next: Node(2, next: Node(3)))
var cursor = head
var collected: [Int] = []
while let node = cursor { collected.append(node.value); cursor = node.next }
print(collected)
print(head?.next?.next?.value as Any, head?.next?.next?.next?.value as Any)
class Shape { func area() -> Double { 0 }; var name: String { "shape" } }
final class Sq: Shape { let s: Double; init(_ s: Double) { self.s = s }; override func area() -> Double { s * s }; override var name: String { "square" } }
class Ci: Shape { let r: Double; init(r: Double) { self.r = r }; override func area() -> Double { 3 * r * r } }
let all: [Shape] = [Sq(2), Ci(r: 1), Shape()]
for s in all { print(s.name, s.area()) }
print(all.map { $0 is Sq })
if let sq = all.first as? Sq { print("side", sq.s) }
let forced = all[1] as! Ci
print(forced.r)
print(all.compactMap { $0 as? Ci }.count)
print(type(of: all[0]), all[0])
