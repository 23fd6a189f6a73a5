protocol Container {
    associatedtype Item
    mutating func append(_ item: Item)
    var count: Int { get }
    subscript(i: Int) -> Item { get }
}
extension Array: Container {}
func describe<C: Container>(_ container: C) -> String {
    return "\(container.count) items, first \(container[0])"
}
var numbers = [3, 5, 8]
numbers.append(13)
print(describe(numbers))
print(describe(["a", "b"]))
protocol Describable {
    var summary: String { get }
}
extension Int: Describable {
    var summary: String { return "the number \(self)" }
}
extension String: Describable {
    var summary: String { "the text '\(self)'" }
}
let things: [Describable] = [7, "seven"]
for thing in things { print(thing.summary) }
print(42 is Describable, (3.5 as Any) is Describable)
func show(_ d: Describable) { print(d.summary) }
show(12)
if let d = ("x" as Any) as? Describable { print(d.summary) }
extension Describable {
    func shout() -> String { summary.uppercased() }
    var length: Int { summary.count }
}
print(5.shout(), "hi".length)
