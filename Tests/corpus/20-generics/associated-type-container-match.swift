protocol Container {
    associatedtype Item
    mutating func append(_ item: Item)
    var count: Int { get }
    subscript(i: Int) -> Item { get }
}
struct IntStack: Container {
    var items: [Int] = []
    mutating func append(_ item: Int) { items.append(item) }
    var count: Int { items.count }
    subscript(i: Int) -> Int { items[i] }
}
func allItemsMatch<C1: Container, C2: Container>(_ a: C1, _ b: C2) -> Bool where C1.Item == C2.Item, C1.Item: Equatable {
    if a.count != b.count { return false }
    for i in 0..<a.count { if a[i] != b[i] { return false } }
    return true
}
var x = IntStack(); x.append(1); x.append(2)
var y = IntStack(); y.append(1); y.append(2)
print(allItemsMatch(x, y), x[1], x.count)
func swapTwo<T>(_ a: inout T, _ b: inout T) { let t = a; a = b; b = t }
var p = "left", q = "right"
swapTwo(&p, &q)
print(p, q)
func findIndex<T: Equatable>(of v: T, in array: [T]) -> Int? {
    for (i, e) in array.enumerated() where e == v { return i }
    return nil
}
print(findIndex(of: 9.3, in: [3.14, 0.1, 9.3]) as Any, findIndex(of: "x", in: ["a"]) as Any)
