// A closure without a written result type takes its context's: `return nil` in `() -> Int?`.
var stock = [3, 1, 2]
let takeOne: () -> Int? = {
    if stock.isEmpty { return nil }
    return stock.removeLast()
}
print(takeOne()!, takeOne()!, takeOne()!, takeOne() == nil)
func firstMatch(_ values: [String], _ pick: (String) -> Int?) -> Int? {
    for value in values {
        if let found = pick(value) { return found }
    }
    return nil
}
print(firstMatch(["a", "12", "7"]) { text in
    guard let number = Int(text) else { return nil }
    return number * 2
} ?? -1)
let parse: (String) -> Double? = { text in
    if text.isEmpty { return nil }
    return Double(text)
}
print(parse("2.5") ?? 0, parse("") ?? 0)
