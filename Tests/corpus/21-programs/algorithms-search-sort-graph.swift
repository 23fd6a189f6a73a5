func binarySearch<T: Comparable>(_ xs: [T], _ target: T) -> Int? {
    var lo = 0, hi = xs.count - 1
    while lo <= hi {
        let mid = lo + (hi - lo) / 2
        if xs[mid] == target { return mid }
        if xs[mid] < target { lo = mid + 1 } else { hi = mid - 1 }
    }
    return nil
}
print(binarySearch([1, 3, 5, 7, 9, 11], 7) ?? -1, binarySearch(["a", "c", "e"], "b") as Any)
var memo: [Int: Int] = [:]
func fib(_ n: Int) -> Int {
    if n < 2 { return n }
    if let v = memo[n] { return v }
    let r = fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
}
print(fib(80))
func quicksort<T: Comparable>(_ a: [T]) -> [T] {
    guard a.count > 1 else { return a }
    let pivot = a[a.count / 2]
    let less = a.filter { $0 < pivot }
    let equal = a.filter { $0 == pivot }
    let greater = a.filter { $0 > pivot }
    return quicksort(less) + equal + quicksort(greater)
}
print(quicksort([3, 6, 1, 8, 2, 9, 2]), quicksort(["pear", "apple", "fig"]))
func sieve(_ n: Int) -> [Int] {
    var isPrime = [Bool](repeating: true, count: n + 1)
    isPrime[0] = false; isPrime[1] = false
    var i = 2
    while i * i <= n {
        if isPrime[i] { for j in stride(from: i * i, through: n, by: i) { isPrime[j] = false } }
        i += 1
    }
    return isPrime.indices.filter { isPrime[$0] }
}
print(sieve(50))
func matmul(_ a: [[Double]], _ b: [[Double]]) -> [[Double]] {
    let n = a.count, m = b[0].count, k = b.count
    var c = Array(repeating: Array(repeating: 0.0, count: m), count: n)
    for i in 0..<n { for j in 0..<m { for p in 0..<k { c[i][j] += a[i][p] * b[p][j] } } }
    return c
}
print(matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
let words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act"]
let groups = Dictionary(grouping: words) { String($0.sorted()) }
for key in groups.keys.sorted() { print(key, groups[key]!) }
func isPalindrome(_ s: String) -> Bool {
    let chars = s.lowercased().filter { $0.isLetter }
    return chars == String(chars.reversed())
}
print(isPalindrome("A man, a plan, a canal: Panama"), isPalindrome("swift"))
let graph: [String: [String]] = ["a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []]
func bfs(_ start: String) -> [String] {
    var visited: Set<String> = [start]
    var queue = [start]
    var order: [String] = []
    while !queue.isEmpty {
        let node = queue.removeFirst()
        order.append(node)
        for next in graph[node, default: []] where !visited.contains(next) {
            visited.insert(next)
            queue.append(next)
        }
    }
    return order
}
print(bfs("a"))
indirect enum List<T> { case empty, node(T, List<T>) }
func toArray<T>(_ l: List<T>) -> [T] {
    switch l {
    case .empty: return []
    case let .node(v, rest): return [v] + toArray(rest)
    }
}
print(toArray(List.node(1, .node(2, .node(3, .empty)))))
