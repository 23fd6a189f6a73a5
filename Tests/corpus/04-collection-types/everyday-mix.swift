import Foundation
enum Shape {
    case circle(radius: Double)
    case rect(w: Double, h: Double)
    var area: Double {
        switch self {
        case .circle(let r): return Double.pi * r * r
        case let .rect(w, h): return w * h
        }
    }
}
let shapes: [Shape] = [.circle(radius: 1), .rect(w: 2, h: 3)]
for s in shapes { print(String(format: "%.2f", s.area)) }
let total = shapes.reduce(0) { $0 + $1.area }
print(total > 9)
struct Stack<Element> {
    private var items: [Element] = []
    mutating func push(_ x: Element) { items.append(x) }
    mutating func pop() -> Element? { items.popLast() }
    var isEmpty: Bool { items.isEmpty }
    var count: Int { items.count }
}
var st = Stack<String>()
st.push("a"); st.push("b")
print(st.pop() ?? "none", st.count, st.isEmpty)
let grouped = Dictionary(grouping: ["apple", "avocado", "banana", "cherry"], by: { $0.first! })
for key in grouped.keys.sorted() { print(key, grouped[key]!) }
var counts: [String: Int] = [:]
for w in "the cat the hat".split(separator: " ") { counts[String(w), default: 0] += 1 }
print(counts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ","))
let matrix = [[1, 2, 3], [4, 5, 6]]
let transposed = (0..<3).map { c in matrix.map { $0[c] } }
print(transposed)
print(zip([1, 2, 3], ["a", "b", "c"]).map { "\($0)\($1)" })
let nums = [5, 3, 8, 1]
print(nums.sorted(by: >), nums.min()!, nums.max()!, nums.firstIndex(of: 8)!)
print(nums.enumerated().filter { $0.offset % 2 == 0 }.map { $0.element })
