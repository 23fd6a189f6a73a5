protocol Shape { func draw() -> String }
struct Triangle: Shape {
    var size: Int
    func draw() -> String { (1...size).map { String(repeating: "*", count: $0) }.joined(separator: "\n") }
}
struct FlippedShape<T: Shape>: Shape {
    var shape: T
    func draw() -> String { shape.draw().split(separator: "\n").reversed().joined(separator: "\n") }
}
func makeTrapezoid() -> some Shape { Triangle(size: 2) }
let t = Triangle(size: 3)
print(t.draw())
print(FlippedShape(shape: t).draw())
print(makeTrapezoid().draw())
protocol Identifiable2 { associatedtype ID: Hashable; var id: ID { get } }
struct User: Identifiable2 { let id: Int; let name: String }
func index<T: Identifiable2>(_ xs: [T]) -> [T.ID: T] { Dictionary(uniqueKeysWithValues: xs.map { ($0.id, $0) }) }
let users = index([User(id: 2, name: "b"), User(id: 1, name: "a")])
print(users[1]!.name, users.keys.sorted())
