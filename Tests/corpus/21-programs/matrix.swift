typealias Matrix = [[Double]]

func multiply(_ a: Matrix, _ b: Matrix) -> Matrix {
    var result = Matrix(repeating: [Double](repeating: 0, count: b[0].count), count: a.count)
    for i in 0..<a.count {
        for j in 0..<b[0].count {
            for k in 0..<b.count {
                result[i][j] += a[i][k] * b[k][j]
            }
        }
    }
    return result
}

func transpose(_ m: Matrix) -> Matrix {
    return (0..<m[0].count).map { j in m.map { $0[j] } }
}

let a: Matrix = [[1, 2], [3, 4]]
let b: Matrix = [[0.5, 0], [0, 2]]
print(multiply(a, b))
print(transpose([[1, 2, 3], [4, 5, 6]]))
for row in multiply(a, a) {
    print(row.map { String($0) }.joined(separator: "\t"))
}
