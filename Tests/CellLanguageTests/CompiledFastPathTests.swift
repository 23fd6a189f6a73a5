@testable import CellLanguage
import Testing

/// The compiled code's shortcuts (a memberwise construction planned per call site, `x += v` on a
/// field of `self` in place, overloads tried without errors) give what the general path gives,
/// including after a later cell redefines the type, and key paths used as functions.
@Suite struct CompiledFastPathTests {
    @Test func memberwiseConstructionInALoopFollowsTheTypesDefinition() {
        let notebook = Notebook()
        notebook.run("struct P { var x = 0.0; var label: String?; let unit = \"m\" }")
        let loop = "var made: [P] = []\nfor i in 0..<3 { made.append(P(x: Double(i))) }\nmade.last!"
        #expect(notebook.value(loop) == "main.P(x: 2.0, label: nil, unit: \"m\")")
        // Redefined: the same loop text builds values of the new definition.
        notebook.run("struct P { var x: Int; var y = 7 }")
        #expect(notebook.value("var made: [P] = []\nfor i in 0..<3 { made.append(P(x: i)) }\nmade.last!") == "main.P(x: 2, y: 7)")
        #expect(notebook.value("for i in 0..<2 { _ = P(y: i) }").hasPrefix("error: missing argument for parameter 'x'"))
        // An initializer from an extension keeps the memberwise one, and both are found.
        notebook.run("extension P { init(both v: Int) { self.init(x: v, y: v) } }")
        #expect(notebook.value("var made: [P] = []\nfor i in 0..<2 { made.append(P(both: i)); made.append(P(x: i, y: 0)) }\nmade")
                    == "[main.P(x: 0, y: 0), main.P(x: 0, y: 0), main.P(x: 1, y: 1), main.P(x: 1, y: 0)]")
    }

    @Test func fieldUpdatesOfSelfKeepObserversOverflowAndTypes() {
        let notebook = Notebook()
        notebook.run("""
        struct C {
            var n = 0 { didSet { log.append(n) } }
            var total = 0.0
            var big = Int.max - 1
            mutating func add(_ k: Int) { n += k; total += 0.5; total *= 2 }
            mutating func grow() { big += 1 }
        }
        var log: [Int] = []
        var c = C()
        """)
        notebook.run("for k in 1...3 { c.add(k) }")
        #expect(notebook.value("c.total") == "7.0")
        #expect(notebook.value("log") == "[1, 3, 6]")
        notebook.run("c.grow()")
        #expect(notebook.value("c.grow()").hasPrefix("error: arithmetic overflow"))
        #expect(notebook.value("c.big") == "9223372036854775807")
        #expect(notebook.value("let fixed = C()\nfixed.grow()")
                    == "error: cannot use mutating member on immutable value: 'fixed' is a 'let' constant")
    }

    @Test func overloadsAreChosenWithoutStoppingAtMisfits() {
        let notebook = Notebook()
        #expect(notebook.value("var s = 0.0\nfor i in 0..<4 { s += Double(i) + Double(Float(i)) }\ns") == "12.0")
        #expect(notebook.value("Double(\"2.5\")") == "Optional(2.5)")
        #expect(notebook.value("var n = 0\nfor t in [\"1\", \"x\", \"2.5\"] { n += Int(t) ?? 10 }\nn") == "21")
    }

    @Test func keyPathsAsFunctions() {
        let notebook = Notebook()
        notebook.run("struct Person { var name: String; var age: Int; var nick: String? }\nlet people = [Person(name: \"Ada\", age: 36, nick: nil), Person(name: \"Al\", age: 41, nick: \"A\")]")
        #expect(notebook.value("people.map(\\.name)") == "[\"Ada\", \"Al\"]")
        #expect(notebook.value("people.map(\\Person.age).reduce(0, +)") == "77")
        #expect(notebook.value("people.compactMap(\\.nick)") == "[\"A\"]")
        #expect(notebook.value("people.map(\\.name.count)") == "[3, 2]")
        #expect(notebook.value("[1, 2].map(\\.self)") == "[1, 2]")
        #expect(notebook.value("people.map(\\.height)").hasPrefix("error: value of type 'Person' has no member 'height'"))
    }

    @Test func literalsTakeTheTypeTheirUseGivesThem() {
        let notebook = Notebook()
        notebook.run("struct S { var area: Double }\nlet shapes = [S(area: 1.5), S(area: 2)]")
        #expect(notebook.value("shapes.reduce(0) { $0 + $1.area }") == "3.5")
        #expect(notebook.value("[1, 2].reduce(0) { $0 + $1 }") == "3")
        #expect(notebook.value("Optional(5)") == "Optional(5)")
        #expect(notebook.value("let d: Double? = Optional(3)\nd") == "Optional(3.0)")
        #expect(notebook.value("var n = 0\nfor s in shapes { n += s.area }").hasPrefix("error: binary operator '+=' cannot be applied"))
    }

    /// A capture list's `[base]` is read as a name through a node the evaluator makes; the syntax cache
    /// keeps the trees whose facts it holds alive, so a later such node never finds another's facts
    /// (it found `self`'s, from an earlier `[unowned self]`, when the first node's memory was reused).
    @Test func captureListNamesReadTheirOwnVariables() {
        let notebook = Notebook()
        let run = notebook.run("""
        class Counter {
            var count = 0
            func makeIncrementer() -> () -> Void { return { [unowned self] in self.count += 1 } }
        }
        let counter = Counter()
        let tick = counter.makeIncrementer()
        tick()
        print(5)
        var base = 10
        let snapshot = { [base] in print(base) }
        base = 0
        snapshot()
        for i in 1...3 { let each = { [i] in print(i, base) }; each() }
        """)
        #expect(run.error == nil, "\(run.error?.value ?? "")")
        #expect(run.stdout == "5\n10\n1 0\n2 0\n3 0\n")
    }

    /// The direct call paths (a free function whose labels matched once, a method call site with one
    /// candidate, `append`, an element's compound assignment) keep Swift's conversions and errors.
    @Test func directCallsConvertAndReportAsTheGeneralPathDoes() {
        let notebook = Notebook()
        notebook.run("""
        func scale(_ x: Double, by factor: Double) -> Double { x * factor }
        struct Meter { var total = 0.0; mutating func add(_ amount: Double) { total += amount } }
        """)
        #expect(notebook.value("var s = 0.0\nfor i in 0..<3 { s += scale(Double(i), by: 2) }\ns") == "6.0")
        #expect(notebook.value("var s = 0.0\nfor _ in 0..<3 { s += scale(1, by: 2) }\ns") == "6.0")
        #expect(notebook.value("var m = Meter()\nfor i in 0..<4 { m.add(1); m.add(Double(i)) }\nm.total") == "10.0")
        #expect(notebook.value("var d: [Double] = []\nfor i in 0..<3 { d.append(1); d.append(Double(i)) }\nd")
                    == "[1.0, 0.0, 1.0, 1.0, 1.0, 2.0]")
        #expect(notebook.value("var counts: [String: Double] = [:]\nfor w in [\"a\", \"b\", \"a\"] { counts[w, default: 0] += 1 }\ncounts[\"a\"]!")
                    == "2.0")
        #expect(notebook.value("var grid = [[1, 2], [3]]\nfor i in 0..<2 { grid[i] += [9] }\ngrid") == "[[1, 2, 9], [3, 9]]")
        #expect(notebook.value("var xs = [1.0, 2.0, 3.0]\nfor i in 0..<3 { xs[i] *= 2 }\nxs[0...1] += [7]\nxs") == "[2.0, 4.0, 7.0, 6.0]")
        // A function redefined with other labels: the call site checks the new one's labels.
        notebook.run("func f(_ x: Int) -> Int { x + 1 }")
        #expect(notebook.value("var t = 0\nfor i in 0..<3 { t += f(i) }\nt") == "6")
        notebook.run("func f(value x: Int) -> Int { x + 2 }")
        #expect(notebook.value("var t = 0\nfor i in 0..<3 { t += f(value: i) }\nt") == "9")
        #expect(notebook.value("var t = 0\nfor i in 0..<3 { t += f(i) }\nt").hasPrefix("error:"))
        #expect(notebook.value("var w = [1]\nfor _ in 0..<2 { w.append(\"x\") }").hasPrefix("error:"))
        #expect(notebook.value("let fixed = [1]\nfor _ in 0..<2 { fixed.append(1) }").hasPrefix("error:"))
        #expect(notebook.value("var e = [1, 2]\nfor i in 0..<3 { e[i] += 1 }").contains("Index out of range"))
    }
}
