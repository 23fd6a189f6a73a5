protocol Shape { init(size: Double); var area: Double { get }; static var kind: String { get } }
struct Square: Shape {
    var size: Double
    var area: Double { size * size }
    static var kind: String { "square" }
}
struct Circle: Shape {
    var r: Double
    init(size: Double) { r = size / 2 }
    var area: Double { 3.0 * r * r }
    static var kind: String { "circle" }
}
func make<T: Shape>(_ type: T.Type, sizes: [Double]) -> [T] {
    return sizes.map { T(size: $0) }
}
func describe<T: Shape>(_ type: T.Type) -> String {
    return "\(T.kind) \(T.self)"
}
func total<T: Shape>(_ shapes: [T]) -> Double {
    var sum = 0.0
    for s in shapes { sum += s.area }
    return sum
}
let squares = make(Square.self, sizes: [1, 2, 3])
print(squares.count, total(squares))
print(describe(Circle.self), describe(Square.self))
print(total(make(Circle.self, sizes: [2, 4])))
