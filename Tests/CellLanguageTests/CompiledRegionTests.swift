@testable import CellLanguage
import Testing

/// Loops and function bodies run as compiled code (`RegionCompiler`): the same output as swiftc's
/// build of the same program, the same errors at the same statements, and the same notebook rules
/// as the tree walker.
@Suite struct CompiledRegionTests {
    /// Loops with labels, patterns, `where`, `while let`, `repeat`, `defer`, closures that capture a
    /// fresh loop variable each iteration, recursion, guards, methods with implicit `self`, nested
    /// arrays (recorded with `swiftc -module-name main`).
    @Test func loopsAndFunctionsPrintWhatSwiftcPrints() {
        let notebook = Notebook()
        let run = notebook.run("""
            var closures: [() -> Int] = []
            for i in 0..<3 { closures.append { i * 10 } }
            print(closures.map { $0() })
            var counter = 0
            for _ in 0..<5 { let bump = { counter += 1 }; bump() }
            print(counter)
            var found: [String] = []
            outer: for i in 1...4 {
                for j in 1...4 {
                    if j == 3 { continue outer }
                    if i == 3 { break outer }
                    found.append("\\(i)\\(j)")
                }
            }
            print(found)
            var total = 0.0
            for k in stride(from: 0, to: 10, by: 2) { total += Double(k) / 2 }
            print(total)
            let words = ["a": 1, "b": 2]
            var keys: [String] = []
            for (key, value) in words.sorted(by: { $0.key < $1.key }) where value > 0 { keys.append(key + String(value)) }
            print(keys)
            var numbers = [5, 3, 8]
            var index = 0
            while let last = numbers.popLast() { index += last }
            print(index, numbers)
            func fact(_ n: Int) -> Int { n <= 1 ? 1 : n * fact(n - 1) }
            print(fact(20))
            func classify(_ x: Int) -> String {
                guard x >= 0 else { return "negative" }
                if x == 0 { return "zero" } else if x < 10 { return "small" }
                return "large"
            }
            print([-1, 0, 5, 50].map(classify))
            struct Counter { var n = 0; var log: [Int] = []
              mutating func tick(by k: Int) { n += k; log.append(n) }
              func doubled() -> Int { n * 2 } }
            var c = Counter()
            for k in 1...4 { c.tick(by: k) }
            print(c.n, c.log, c.doubled())
            var grid = Array(repeating: Array(repeating: 0, count: 3), count: 3)
            for r in 0..<3 { for q in 0..<3 { grid[r][q] = r * 3 + q } }
            print(grid)
            var text = ""
            for i in 0..<5 { text += "\\(i)," }
            print(text)
            var x = 10
            repeat { x -= 3 } while x > 0
            print(x)
            func sumTo(_ n: Int) -> Int { var s = 0; for i in 1...n { defer { s += 0 }; s += i }; return s }
            print(sumTo(100))
            """)
        #expect(run.error == nil, "\(String(describing: run.error))")
        #expect(run.stdout == """
            [0, 10, 20]
            5
            ["11", "12", "21", "22"]
            10.0
            ["a1", "b2"]
            16 []
            2432902008176640000
            ["negative", "zero", "small", "large"]
            10 [1, 3, 6, 10] 20
            [[0, 1, 2], [3, 4, 5], [6, 7, 8]]
            0,1,2,3,4,
            -2
            5050

            """)
    }

    /// Value semantics, references, closures seeing later changes of a variable, shadowed properties.
    @Test func valuesAndReferencesBehaveAsInSwift() {
        let notebook = Notebook()
        let run = notebook.run("""
            var a = [1, 2]
            var b = a
            for i in 0..<2 { b[i] = 0 }
            print(a, b)
            struct Counter { var n = 0; mutating func tick(by k: Int) { n += k } }
            var p = Counter()
            var list: [Counter] = []
            for _ in 0..<3 { p.tick(by: 1); list.append(p) }
            print(list.map { $0.n })
            struct S { var v = 1; func f() -> Int { let v = 10; return v + self.v } }
            print(S().f())
            for i in 0..<2 { var v = i; let f = { v * 2 }; v += 10; print(f()) }
            class Box { var items: [Int] = []; func add(_ x: Int) { items.append(x) } }
            let box = Box()
            for i in 0..<3 { box.add(i) }
            print(box.items)
            var d: [String: [Int]] = [:]
            for i in 0..<6 { d[i % 2 == 0 ? "even" : "odd", default: []].append(i) }
            print(d["even"]!, d["odd"]!)
            """)
        #expect(run.error == nil, "\(String(describing: run.error))")
        #expect(run.stdout == """
            [1, 2] [0, 0]
            [1, 2, 3]
            11
            20
            22
            [0, 1, 2]
            [0, 2, 4] [1, 3, 5]

            """)
    }

    /// A runtime error stops the loop at the failing statement; what ran before it is kept.
    @Test func aFailingStatementStopsTheLoopAndKeepsEarlierEffects() {
        let notebook = Notebook()
        let failing = notebook.run("""
            var a = [7]
            var seen = 0
            for i in 0..<3 {
                seen += 1
                a[i] = i
            }
            """)
        #expect(failing.error?.value.contains("Index out of range: index 1 of an array of 1 elements") == true,
                "\(String(describing: failing.error))")
        #expect(notebook.value("(a, seen)") == "([0], 2)")
        let overflow = notebook.run("func grow(_ n: Int) -> Int { var x = n; for _ in 0..<100 { x *= 2 }; return x }\nprint(grow(3))")
        #expect(overflow.error?.value.contains("arithmetic overflow") == true, "\(String(describing: overflow.error))")
        let mutatingLet = notebook.run("let fixed = [1]\nfor i in 0..<1 { let copy = fixed; print(copy.count + i) }\nprint(fixed)")
        #expect(mutatingLet.error == nil)
        #expect(mutatingLet.stdout == "1\n[1]\n")
    }

    /// A later cell's definitions are what compiled code calls, even for a loop compiled before.
    @Test func redefinitionsInLaterCellsAreSeen() {
        let notebook = Notebook()
        let first = notebook.run("func f(_ x: Int) -> Int { x + 1 }\nvar out: [Int] = []\nfor i in 0..<3 { out.append(f(i)) }\nprint(out)")
        #expect(first.stdout == "[1, 2, 3]\n")
        let second = notebook.run("func f(_ x: Int) -> Int { x * 100 }\nout = []\nfor i in 0..<3 { out.append(f(i)) }\nprint(out)")
        #expect(second.stdout == "[0, 100, 200]\n", "\(String(describing: second.error))")
        let third = notebook.run("var out = \"text\"\nfor i in 0..<2 { out += String(i) }\nprint(out)")
        #expect(third.stdout == "text01\n", "\(String(describing: third.error))")
    }

    /// Deep recursion through compiled function bodies ends in an error, and the kernel goes on.
    @Test func deepRecursionInCompiledCodeIsAnError() {
        let notebook = Notebook()
        let run = notebook.run("func down(_ n: Int) -> Int { n == 0 ? 0 : 1 + down(n - 1) }\nprint(down(1_000_000))")
        #expect(run.error?.value.contains("recursion depth limit exceeded") == true, "\(String(describing: run.error))")
        #expect(notebook.value("down(100)") == "100")
    }
}
