import JupyterKernel
import Testing
@testable import CellLanguage

@Suite struct LanguageTests {
    @Test func typeAnnotationsAreChecked() {
        let notebook = Notebook()
        #expect(notebook.value("let d: Double = 1\nd") == "1.0")
        #expect(notebook.value("let xs: [Double] = [1, 2]\nxs") == "[1.0, 2.0]")
        #expect(notebook.value("let s: String = 1") == "error: cannot convert value of type 'Int' to specified type 'String'")
        #expect(notebook.value("var o: Int? = nil\no") == "nil")
        #expect(notebook.value("o = 3\no") == "Optional(3)")
        #expect(notebook.value("let e: [Int] = []\ne.count") == "0")
        #expect(notebook.value("let f = []") == "error: empty collection literal requires an explicit type")
        #expect(notebook.value("let t: Foo = 1").hasPrefix("error: cannot find type 'Foo' in scope"))
    }

    @Test func literalTyping() {
        let notebook = Notebook()
        notebook.run("let x = 2.5\nlet n = 2")
        #expect(notebook.value("2 * x") == "5.0")
        #expect(notebook.value("x * 2") == "5.0")
        #expect(notebook.value("n * x") == "error: binary operator '*' cannot be applied to operands of type 'Int' and 'Double'")
        #expect(notebook.value("Double(n) * x") == "5.0")
        #expect(notebook.value("[1, 2.5]") == "[1.0, 2.5]")
        #expect(notebook.value("sqrt(16)") == "4.0")
        #expect(notebook.value("sqrt(n)") == "error: cannot convert value of type 'Int' to expected argument type 'Double'")
        #expect(notebook.value("1 / 3") == "0")
        #expect(notebook.value("1.0 / 4") == "0.25")
    }

    @Test func assignmentAndCompoundAssignment() {
        let notebook = Notebook()
        notebook.run("var a = 10")
        #expect(notebook.value("a -= 3\na *= 2\na /= 7\na") == "2")
        #expect(notebook.value("a %= 2\na") == "0")
        #expect(notebook.value("a = 2.5") == "error: cannot assign value of type 'Double' to type 'Int'")
        notebook.run("var s = \"ab\"\ns += \"c\"")
        #expect(notebook.value("s") == "\"abc\"")
        notebook.run("var xs = [1, 2]\nxs += [3]\nxs[0] = 9\nxs.append(4)")
        #expect(notebook.value("xs") == "[9, 2, 3, 4]")
        notebook.run("var d = [\"a\": 1]\nd[\"b\"] = 2\nd[\"a\", default: 0] += 5")
        #expect(notebook.value("d") == "[\"a\": 6, \"b\": 2]")
        #expect(notebook.value("d[\"zz\"]") == "nil")
        #expect(notebook.value("d[\"b\"]") == "Optional(2)")
    }

    @Test func stringsAndInterpolation() {
        let notebook = Notebook()
        notebook.run("let name = \"Hessian\"\nlet k = 3")
        #expect(notebook.value("\"\\(name) has \\(k * 2) blocks\"") == "\"Hessian has 6 blocks\"")
        #expect(notebook.value("\"tab\\there\".count") == "8")
        #expect(notebook.value("name.uppercased()") == "\"HESSIAN\"")
        #expect(notebook.value("\"\"\"\n  multi\n  line\n  \"\"\"") == "\"multi\\nline\"")
    }

    @Test func rangesAndLoops() {
        let notebook = Notebook()
        let run = notebook.run("""
        var total = 0
        for i in 1...10 { total += i }
        for i in 0..<3 where i != 1 { print(i) }
        var n = 0
        while n < 5 { n += 1 }
        repeat { n -= 2 } while n > 0
        print(total, n)
        """)
        #expect(run.error == nil)
        #expect(run.stdout == "0\n2\n55 -1\n")
        let control = notebook.run("""
        var found = -1
        outer: for i in 0..<10 {
            for j in 0..<10 {
                if j == 3 { continue }
                if i * j == 12 { found = i; break outer }
            }
        }
        found
        """)
        #expect(control.result == "2")
        #expect(notebook.value("(0..<5).map { $0 * $0 }") == "[0, 1, 4, 9, 16]")
        #expect(notebook.value("(1...4).reduce(0, +)") == "10")
    }

    @Test func ifElseAndTernary() {
        let notebook = Notebook()
        let run = notebook.run("""
        let x = 7
        if x > 10 { print("big") } else if x > 5 { print("medium") } else { print("small") }
        let parity = x % 2 == 0 ? "even" : "odd"
        parity
        """)
        #expect(run.stdout == "medium\n")
        #expect(run.result == "\"odd\"")
        #expect(notebook.value("if 1 { }") == "error: cannot convert value of type 'Int' to expected condition type 'Bool'")
        #expect(notebook.value("let v = if x > 3 { 1 } else { 2 }\nv") == "1")
    }

    @Test func closuresAndHigherOrderFunctions() {
        let notebook = Notebook()
        notebook.run("let xs = [3, 1, 4, 1, 5, 9, 2, 6]")
        #expect(notebook.value("xs.map { $0 * 2 }") == "[6, 2, 8, 2, 10, 18, 4, 12]")
        #expect(notebook.value("xs.filter { $0 > 3 }") == "[4, 5, 9, 6]")
        #expect(notebook.value("xs.reduce(0) { $0 + $1 }") == "31")
        #expect(notebook.value("xs.sorted()") == "[1, 1, 2, 3, 4, 5, 6, 9]")
        #expect(notebook.value("xs.sorted(by: >)") == "[9, 6, 5, 4, 3, 2, 1, 1]")
        #expect(notebook.value("xs.sorted { a, b in a > b }.first") == "Optional(9)")
        #expect(notebook.value("xs.contains(4)") == "true")
        #expect(notebook.value("xs.contains { $0 > 8 }") == "true")
        #expect(notebook.value("xs.first(where: { $0 > 4 })") == "Optional(5)")
        #expect(notebook.value("xs.map { (x: Int) -> Double in Double(x) / 2 }.last") == "Optional(3.0)")
        let run = notebook.run("xs.prefix(2).forEach { print($0) }")
        #expect(run.stdout == "3\n1\n")
        #expect(notebook.value("let square = { (x: Int) in x * x }\nsquare(7)") == "49")
    }

    @Test func functionsWithLabelsDefaultsAndRecursion() {
        let notebook = Notebook()
        notebook.run("""
        func scale(_ x: Double, by factor: Double = 2) -> Double { x * factor }
        func fib(_ n: Int) -> Int {
            if n < 2 { return n }
            return fib(n - 1) + fib(n - 2)
        }
        """)
        #expect(notebook.value("scale(3)") == "6.0")
        #expect(notebook.value("scale(3, by: 10)") == "30.0")
        #expect(notebook.value("fib(15)") == "610")
        #expect(notebook.value("scale(x: 3)") == "error: extraneous argument label 'x:' in call")
        #expect(notebook.value("scale(3, 4)") == "error: missing argument label 'by:' in call")
        #expect(notebook.value("scale(3, with: 4)") == "error: incorrect argument label in call (have 'with:', expected 'by:')")
        #expect(notebook.value("scale()") == "error: missing argument for parameter #1 in call")
        #expect(notebook.value("scale(3, by: 2, extra: 1)") == "error: extra argument 'extra' in call")
        // Redefinition in a later cell replaces.
        notebook.run("func scale(_ x: Double, by factor: Double = 2) -> Double { x * factor * 100 }")
        #expect(notebook.value("scale(1)") == "200.0")
        #expect(notebook.value("func f() -> Int { }\nf()") == "error: missing return in global function expected to return 'Int'")
    }

    @Test func unknownNamesSuggestAlternatives() {
        let notebook = Notebook()
        notebook.run("let learningRate = 0.1")
        #expect(notebook.value("learningRat * 2") == "error: cannot find 'learningRat' in scope; did you mean 'learningRate'?")
        #expect(notebook.value("sqr(2)") == "error: cannot find 'sqr' in scope; did you mean 'sqrt'?")
        #expect(notebook.value("[1, 2].cout") == "error: value of type '[Int]' has no member 'cout'; did you mean 'count'?")
        #expect(notebook.value("print(1, separater: \"-\")") == "error: extra argument 'separater' in call; did you mean 'separator'?")
    }

    @Test func constructsOutsideTheSubsetAreNamed() {
        let notebook = Notebook()
        #expect(notebook.value("actor A {}") == "error: actor declarations are not available in cells")
        #expect(notebook.value("struct S { protocol P {} }") == "error: protocols nested in types are not available in cells; declare the protocol at the top level")
        #expect(notebook.value("struct S { static subscript(i: Int) -> Int { i * 3 } }\nS[2]") == "6")
        #expect(notebook.value("struct T { subscript(i: Int) -> Int { i * 2 } }\nT()[4]") == "8")
        #expect(notebook.value("import Foundation\n1") == "1")
        #expect(notebook.value("import UIKit").hasPrefix("error: no such module 'UIKit'"))
    }

    @Test func optionalsAndTry() {
        let notebook = Notebook()
        #expect(notebook.value("Int(\"42\")") == "Optional(42)")
        #expect(notebook.value("Int(\"x\") ?? -1") == "-1")
        #expect(notebook.value("if let v = Int(\"5\") { print(v) }\n0") == "0")
        #expect(notebook.value("Int(\"x\")!") == "error: Unexpectedly found nil while unwrapping an Optional value")
        #expect(notebook.value("try sqrt(4.0)") == "2.0")
    }

    @Test func mathFunctions() {
        let notebook = Notebook()
        #expect(notebook.value("pow(2, 10)") == "1024.0")
        #expect(notebook.value("max(3, 7)") == "7")
        #expect(notebook.value("min(2.5, 1)") == "1.0")
        #expect(notebook.value("abs(-4)") == "4")
        #expect(notebook.value("Double.pi > 3.14") == "true")
        #expect(notebook.value("floor(2.7) + ceil(0.2) + round(1.5)") == "5.0")
        #expect(notebook.value("exp(0) + log(1) + sin(0) + cos(0)") == "2.0")
        #expect(notebook.value("Int.max") == "9223372036854775807")
        #expect(notebook.value("String(format: \"%.3f|%5.1e|%%\", Double.pi, 12345.0)") == "\"3.142|1.2e+04|%\"")
    }

    @Test func statementsBeforeAFailureKeepTheirEffect() {
        let notebook = Notebook()
        let run = notebook.run("var progress = 1\nprint(\"before\")\nprogress = 2\nlet boom = 1 / (progress - 2)\nprogress = 3")
        #expect(run.error?.value == "Division by zero")
        #expect(run.stdout == "before\n")
        #expect(notebook.value("progress") == "2")
    }
}
