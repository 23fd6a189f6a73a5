@testable import CellLanguage
import Testing

/// Operators cells declare (`infix operator **: MultiplicationPrecedence`) fold with their precedence
/// in that cell and the later ones; functions of one name with other parameters are overloads.
@Suite struct OperatorsAndOverloadsTests {
    @Test func aDeclaredOperatorFoldsWithItsPrecedenceInLaterCells() {
        let notebook = Notebook()
        let declared = notebook.run("""
            infix operator **: MultiplicationPrecedence
            func ** (base: Int, power: Int) -> Int { (0..<power).reduce(1) { product, _ in product * base } }
            """)
        #expect(declared.error == nil)
        // `1 + 2 ** 3` is `1 + (2 ** 3)`: multiplication binds tighter than addition.
        let used = notebook.run("print(1 + 2 ** 3, 2 ** 10)")
        #expect(used.error == nil)
        #expect(used.stdout == "9 1024\n")
        // Running the declaring cell again is not an error.
        #expect(notebook.run("infix operator **: MultiplicationPrecedence").error == nil)
    }

    @Test func aPrecedenceGroupDecidesAssociativity() {
        let run = Notebook().run("""
            precedencegroup PowerPrecedence { higherThan: MultiplicationPrecedence associativity: right }
            infix operator ^^: PowerPrecedence
            func ^^ (a: Int, b: Int) -> Int { b == 0 ? 1 : a * (a ^^ (b - 1)) }
            print(2 ^^ 3 ^^ 2, 2 * 3 ^^ 2)
            """)
        #expect(run.error == nil)
        #expect(run.stdout == "512 18\n")
    }

    @Test func anUnknownPrecedenceGroupIsAnError() {
        let run = Notebook().run("infix operator <~>: NoSuchPrecedence\nprint(1)")
        #expect(run.error != nil)
        #expect(run.stdout == "")
    }

    @Test func anOperatorFunctionForOtherTypesLeavesTheStandardOneInPlace() {
        let run = Notebook().run("""
            struct V { var x: Int }
            func + (a: V, b: V) -> V { V(x: a.x + b.x) }
            var total = 0
            for i in 1...3 { total = total + i }
            print((V(x: 1) + V(x: 2)).x, total, "a" + "b")
            """)
        #expect(run.error == nil)
        #expect(run.stdout == "3 6 ab\n")
    }

    @Test func anInoutPrefixOperatorChangesItsOperand() {
        let run = Notebook().run("""
            struct Vector2D { var x = 0.0, y = 0.0 }
            prefix operator +++
            extension Vector2D {
                static prefix func +++ (vector: inout Vector2D) -> Vector2D {
                    vector = Vector2D(x: vector.x * 2, y: vector.y * 2)
                    return vector
                }
            }
            var v = Vector2D(x: 1.0, y: 4.0)
            let doubled = +++v
            print(v, doubled)
            """)
        #expect(run.error == nil)
        #expect(run.stdout == "Vector2D(x: 2.0, y: 8.0) Vector2D(x: 2.0, y: 8.0)\n")
    }

    @Test func overloadsAreChosenByArgumentTypesAndLabels() {
        let run = Notebook().run("""
            func describe(_ x: Int) -> String { "int \\(x)" }
            func describe(_ x: String) -> String { "string \\(x)" }
            func describe(_ x: Double, precise: Bool) -> String { precise ? "double \\(x)" : "about \\(Int(x))" }
            var lines: [String] = []
            for i in 0..<2 { lines.append(describe(i) + ", " + describe("\\(i)")) }
            print(lines, describe(2.5, precise: false))
            """)
        #expect(run.error == nil)
        #expect(run.stdout == "[\"int 0, string 0\", \"int 1, string 1\"] about 2\n")
    }

    @Test func declaringTheSameSignatureAgainReplacesTheFunction() {
        let notebook = Notebook()
        _ = notebook.run("func f(_ x: Int) -> Int { x + 1 }")
        _ = notebook.run("func f(_ x: Int) -> Int { x + 100 }")
        let run = notebook.run("print(f(1))")
        #expect(run.stdout == "101\n")
    }
}
