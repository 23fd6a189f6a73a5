struct Point { var x: Int; var y: Int }
dump(Point(x: 1, y: 2))
dump([1, 2])
dump("text")
enum E { case a(Int), b(x: Int, y: String), c }
dump(E.a(3))
dump(E.b(x: 1, y: "z"))
dump(E.c)
class K { var v = 1 }
class L: K { var w = "w" }
let k = K()
dump(k)
dump([k, k])
dump(L())
let o: Int? = 5
dump(o)
let n: Int? = nil
dump(n)
dump((1, "a"))
dump((x: 1.5, y: 2))
dump(["a": 1])
dump(1..<3)
dump(Set([7]))
struct Line { var from: Point; var to: Point; var tags: [String] }
dump(Line(from: Point(x: 0, y: 0), to: Point(x: 3, y: 4), tags: ["a"]))
struct Named: CustomStringConvertible { var n = 1; var description: String { "Named#\(n)" } }
dump(Named())
dump([[1, 2], [3]], name: "grid")
dump(Line(from: Point(x: 0, y: 0), to: Point(x: 3, y: 4), tags: ["a", "b", "c"]), maxDepth: 1)
dump([1, 2, 3, 4, 5], maxItems: 3)
let d = dump(2.5)
print(d)
dump(true)
