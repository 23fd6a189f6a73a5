func repeatValue<T>(_ value: T, times: Int) -> [T] {
    var result: [T] = []
    for _ in 0..<times {
        result.append(value)
    }
    return result
}

func firstAndLast<T>(_ items: [T]) -> (T, T)? {
    guard let f = items.first, let l = items.last else { return nil }
    return (f, l)
}

print(repeatValue("ab", times: 3))
print(repeatValue(7, times: 2))
if let (f, l) = firstAndLast([10, 20, 30]) {
    print(f, l)
}
print(firstAndLast([String]()) == nil)
