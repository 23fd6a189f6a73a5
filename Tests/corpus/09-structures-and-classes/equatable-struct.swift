struct Vector2D: Equatable {
    var x = 0.0, y = 0.0
}

let a = Vector2D(x: 2.0, y: 3.0)
let b = Vector2D(x: 2.0, y: 3.0)
let c = Vector2D(x: 1.0, y: 3.0)
print(a == b)
print(a == c)
print(a != c)
print([a, c].contains(b))
