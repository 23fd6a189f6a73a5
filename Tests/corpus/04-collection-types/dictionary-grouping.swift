let names = ["Alice", "Bob", "Anna", "Carl", "Bea", "Cid", "Al"]
let byInitial = Dictionary(grouping: names, by: { $0.first! })
for key in byInitial.keys.sorted() {
    print(key, byInitial[key]!)
}
let byLength = Dictionary(grouping: names) { $0.count }
for (length, group) in byLength.sorted(by: { $0.key < $1.key }) {
    print(length, group)
}
let squares = Dictionary(uniqueKeysWithValues: (1...3).map { ($0, $0 * $0) })
print(squares.sorted(by: { $0.key < $1.key }).map { "\($0.key)=\($0.value)" })
let doubled = ["x": 1].mapValues { $0 * 2 }
print(doubled)
