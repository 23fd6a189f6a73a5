extension Comparable {
    func clamped(to range: ClosedRange<Self>) -> Self {
        return min(max(self, range.lowerBound), range.upperBound)
    }
}
print(15.clamped(to: 0...10), (-3).clamped(to: 0...10))
extension StringProtocol {
    var shouted: String { uppercased() + "!" }
}
print("hey".shouted)
extension Array where Element == String {
    func joinedWithCommas() -> String { joined(separator: ", ") }
}
print(["a", "b"].joinedWithCommas())
extension Sequence {
    func countMatching(_ predicate: (Element) -> Bool) -> Int {
        var n = 0
        for element in self where predicate(element) { n += 1 }
        return n
    }
}
print([1, 2, 3, 4].countMatching { $0 > 1 }, "banana".countMatching { $0 == "a" }, (1...10).countMatching { $0 % 3 == 0 })
