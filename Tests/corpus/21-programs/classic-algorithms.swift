func fibonacci(_ n: Int) -> [Int] {
    var seq = [0, 1]
    while seq.count < n { seq.append(seq[seq.count - 1] + seq[seq.count - 2]) }
    return Array(seq.prefix(n))
}
print(fibonacci(10))
func isPrime(_ n: Int) -> Bool {
    guard n >= 2 else { return false }
    var i = 2
    while i * i <= n { if n % i == 0 { return false }; i += 1 }
    return true
}
print((1...30).filter(isPrime))
func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
print(gcd(48, 18), gcd(17, 5))
func factorial(_ n: Int) -> Int { n <= 1 ? 1 : n * factorial(n - 1) }
print(factorial(20))
var memo: [Int: Int] = [:]
func fib(_ n: Int) -> Int {
    if n < 2 { return n }
    if let m = memo[n] { return m }
    let r = fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
}
print(fib(80))
func binarySearch(_ a: [Int], _ target: Int) -> Int? {
    var lo = 0, hi = a.count - 1
    while lo <= hi {
        let mid = (lo + hi) / 2
        if a[mid] == target { return mid } else if a[mid] < target { lo = mid + 1 } else { hi = mid - 1 }
    }
    return nil
}
print(binarySearch([1, 3, 5, 7, 9, 11], 7) as Any, binarySearch([1, 3], 4) as Any)
var bubble = [5, 1, 4, 2, 8]
for i in 0..<bubble.count { for j in 0..<(bubble.count - 1 - i) where bubble[j] > bubble[j + 1] { bubble.swapAt(j, j + 1) } }
print(bubble)
