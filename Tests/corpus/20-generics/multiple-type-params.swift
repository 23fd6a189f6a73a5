func makeDictionary<K: Hashable, V>(keys: [K], values: [V]) -> [K: V] {
    var result: [K: V] = [:]
    for (k, v) in zip(keys, values) {
        result[k] = v
    }
    return result
}

func mapPair<A, B, C>(_ a: A, _ b: B, _ f: (A, B) -> C) -> C {
    return f(a, b)
}

let d = makeDictionary(keys: ["x", "y", "z"], values: [1, 2, 3])
for key in d.keys.sorted() {
    print(key, d[key]!)
}
print(mapPair(3, "ab") { n, s in String(repeating: s, count: n) })
print(mapPair(2.5, 4) { x, n in x * Double(n) })
