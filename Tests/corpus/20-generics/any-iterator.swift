// AnyIterator and the iterators of the standard collections.
final class Node<T> {
    var value: T
    var next: Node<T>?
    init(_ value: T) { self.value = value }
}
struct LinkedList<T>: Sequence {
    var head: Node<T>?
    mutating func push(_ value: T) {
        let node = Node(value)
        node.next = head
        head = node
    }
    func makeIterator() -> AnyIterator<T> {
        var current = head
        return AnyIterator {
            guard let node = current else { return nil }
            current = node.next
            return node.value
        }
    }
}
var list = LinkedList<Int>()
for i in 1...5 { list.push(i * i) }
for value in list { print(value, terminator: " ") }
print()
print(list.map { $0 * 2 })
print(list.reduce(0, +))

var iterator = [10, 20, 30].makeIterator()
while let value = iterator.next() { print(value) }
print(iterator.next() == nil)
var copy = ["a", "b"].makeIterator()
var other = copy
print(copy.next()!, copy.next()!, other.next()!)

var remaining = 3
let countdown = AnyIterator<Int> {
    guard remaining > 0 else { return nil }
    remaining -= 1
    return remaining
}
print(Array(countdown))
var wrapped = AnyIterator((1...3).makeIterator())
print(wrapped.next()!, Array(wrapped))
