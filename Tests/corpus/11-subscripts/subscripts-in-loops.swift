struct Grid {
    var cells: [Int]
    let width: Int
    subscript(x: Int, y: Int) -> Int {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }
}
func fill(_ n: Int) -> Grid {
    var g = Grid(cells: Array(repeating: 0, count: n * n), width: n)
    for y in 0..<n {
        for x in 0..<n {
            g[x, y] = x * y
            g[x, y] += 1
        }
    }
    return g
}
let g = fill(4)
var total = 0
for y in 0..<4 { for x in 0..<4 { total += g[x, y] } }
print(total, g[3, 3])
extension Dictionary {
    subscript(either a: Key, or b: Key) -> Value? { self[a] ?? self[b] }
}
let d = ["a": 1, "b": 2]
print(d[either: "z", or: "b"] ?? 0)
