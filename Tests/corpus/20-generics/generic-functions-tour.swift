func apply<T, U>(_ values: [T], _ f: (T) -> U) -> [U] { values.map(f) }
print(apply([1, 2, 3]) { "\($0)!" })
func pairs<K: Hashable & Comparable, V>(_ d: [K: V]) -> [(K, V)] { d.keys.sorted().map { ($0, d[$0]!) } }
print(pairs(["b": 2, "a": 1]))
func sum<T: Numeric>(_ xs: [T]) -> T { xs.reduce(0, +) }
print(sum([1, 2, 3]), sum([1.5, 2.5]))
func maxOf<T: Comparable>(_ a: T, _ b: T, _ rest: T...) -> T {
    var best = max(a, b)
    for r in rest where r > best { best = r }
    return best
}
print(maxOf(3, 9, 4, 12, 1), maxOf("pear", "apple"))
struct Pair<A, B> { let first: A; let second: B }
extension Pair: CustomStringConvertible where A: CustomStringConvertible, B: CustomStringConvertible {
    var description: String { "<\(first), \(second)>" }
}
print(Pair(first: 1, second: "x"))
func swapped<A, B>(_ p: (A, B)) -> (B, A) { (p.1, p.0) }
print(swapped((1, "one")))
let composed = { (f: @escaping (Int) -> Int, g: @escaping (Int) -> Int) in { x in g(f(x)) } }
let inc = { $0 + 1 }, dbl = { $0 * 2 }
print(composed(inc, dbl)(5))
