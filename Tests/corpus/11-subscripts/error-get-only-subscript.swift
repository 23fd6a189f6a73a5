struct Squares {
    subscript(n: Int) -> Int { n * n }
}
var squares = Squares()
print(squares[3])
squares[3] = 10
