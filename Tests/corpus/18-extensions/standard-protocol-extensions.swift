extension Collection {
    var isNotEmpty: Bool { !isEmpty }
    func second() -> Element? {
        guard count > 1 else { return nil }
        return self[index(after: startIndex)]
    }
}
extension BinaryInteger {
    var isEven: Bool { self % 2 == 0 }
}
extension Numeric {
    func squared() -> Self { self * self }
}
extension Sequence where Element: Numeric {
    func total() -> Element { reduce(0, +) }
}
extension FloatingPoint {
    var half: Self { self / 2 }
}
print([1, 2, 3].isNotEmpty, [Int]().isNotEmpty, "abc".isNotEmpty)
print([10, 20, 30].second()!, "xyz".second()!, [5].second() as Any)
print(4.isEven, 7.isEven, UInt8(6).isEven)
print(3.squared(), 1.5.squared())
print([1, 2, 3].total(), [0.5, 0.25].total())
print(9.0.half)
