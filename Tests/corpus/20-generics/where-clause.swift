func allItemsMatch<C1: Sequence, C2: Sequence>(_ a: C1, _ b: C2) -> Bool
    where C1.Element == C2.Element, C1.Element: Equatable {
    return Array(a) == Array(b)
}

func countMatches<T>(_ items: [T], where predicate: (T) -> Bool) -> Int {
    var count = 0
    for item in items where predicate(item) {
        count += 1
    }
    return count
}

func describeAll<T>(_ items: [T]) -> String where T: CustomStringConvertible {
    return items.map { $0.description }.joined(separator: " | ")
}

print(allItemsMatch([1, 2, 3], [1, 2, 3]))
print(allItemsMatch(["a", "b"], ["a", "c"]))
print(countMatches([1, 5, 8, 12], where: { $0 > 4 }))
print(describeAll([1, 2, 3]))
