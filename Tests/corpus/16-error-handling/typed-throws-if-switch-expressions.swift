enum StatsError: Error { case empty, negative(Int) }
func mean(_ xs: [Int]) throws(StatsError) -> Double {
    guard !xs.isEmpty else { throw .empty }
    if let bad = xs.first(where: { $0 < 0 }) { throw .negative(bad) }
    return Double(xs.reduce(0, +)) / Double(xs.count)
}
do { print(try mean([1, 2, 3])) ; _ = try mean([]) } catch { print("error:", error) }
do { _ = try mean([1, -4]) } catch .negative(let n) { print("negative", n) } catch { print(error) }
let grade = 85
let letter = if grade >= 90 { "A" } else if grade >= 80 { "B" } else { "C" }
print(letter)
let kind = switch grade { case 90...: "top"; case 80..<90: "good"; default: "ok" }
print(kind)
func describe(_ x: Int?) -> String {
    guard let x else { return "none" }
    return "value \(x)"
}
print(describe(nil), describe(3))
