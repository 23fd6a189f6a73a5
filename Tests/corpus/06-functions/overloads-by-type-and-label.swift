func describe(_ x: Int) -> String { "int \(x)" }
func describe(_ x: String) -> String { "string \(x)" }
func describe(_ x: Double, precise: Bool) -> String { precise ? "double \(x)" : "about \(Int(x))" }
print(describe(1), describe("a"), describe(2.5, precise: false))
func greet(person: String) -> String { "Hello, " + person + "!" }
func greet(person: String, alreadyGreeted: Bool) -> String {
    alreadyGreeted ? "Hello again, \(person)!" : greet(person: person)
}
print(greet(person: "Tim", alreadyGreeted: true))
print(greet(person: "Anna"))
for i in 0..<3 { print(describe(i), describe("\(i)")) }
struct V { var x: Int }
func + (a: V, b: V) -> V { V(x: a.x + b.x) }
print((V(x: 1) + V(x: 2)).x, 1 + 2)
