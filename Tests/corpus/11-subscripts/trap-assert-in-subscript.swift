struct Ring {
    var values: [Int]
    subscript(i: Int) -> Int {
        precondition(!values.isEmpty, "empty ring")
        return values[i % values.count]
    }
}
let ring = Ring(values: [1, 2, 3])
print(ring[4])
let empty = Ring(values: [])
print(empty[0])
print("not reached")
