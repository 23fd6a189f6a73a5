func largest<T: Comparable>(_ items: [T]) -> T? {
    guard var best = items.first else { return nil }
    for item in items where item > best {
        best = item
    }
    return best
}

func clamp<T: Comparable>(_ value: T, _ low: T, _ high: T) -> T {
    return min(max(value, low), high)
}

print(largest([3, 9, 2, 7]) ?? 0)
print(largest(["pear", "apple", "zucchini", "fig"]) ?? "")
print(largest([Double]()) as Any)
print(clamp(15, 0, 10))
print(clamp(-2.5, -1.0, 1.0))
print(clamp("m", "a", "k"))
