func maxOf<T: Comparable>(_ values: T...) -> T {
    var best = values[0]
    for v in values where v > best { best = v }
    return best
}
print(maxOf(1.5, 0.5, 9.5, 2))
print(maxOf(2, 1.5))
print(maxOf(3, 1, 2))
func pair<T>(_ a: T, _ b: T) -> [T] { [a, b] }
print(pair(1, 2.5))
let xs = [1, 2.5, 3]
print(xs)
