func makeMultiplier(_ factor: Int) -> (Int) -> Int {
    return { $0 * factor }
}
let triple = makeMultiplier(3)
print(triple(5), makeMultiplier(4)(6))
func compose(_ f: @escaping (Int) -> Int, _ g: @escaping (Int) -> Int) -> (Int) -> Int {
    { x in g(f(x)) }
}
let addOneThenTriple = compose({ $0 + 1 }, triple)
print(addOneThenTriple(2))
var counters: [() -> Int] = []
for start in [10, 20] {
    var n = start
    counters.append { n += 1; return n }
}
print(counters[0](), counters[0](), counters[1]())
