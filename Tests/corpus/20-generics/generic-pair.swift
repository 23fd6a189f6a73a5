struct Pair<A, B> {
    var first: A
    var second: B
    func swapped() -> Pair<B, A> {
        return Pair<B, A>(first: second, second: first)
    }
}

let p = Pair(first: 1, second: "one")
print(p.first, p.second)
let q = p.swapped()
print(q.first, q.second)
print(q)
