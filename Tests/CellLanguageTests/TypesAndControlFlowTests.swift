@testable import CellLanguage
import Testing

/// Types, patterns and errors declared and used in cells, with the output swiftc's build of the same
/// program prints (recorded with `swiftc -module-name main`).
@Suite struct TypesAndControlFlowTests {
    @Test func everydaySwiftPrintsWhatSwiftcPrints() {
        let notebook = Notebook()
        let run = notebook.run("""
            struct Point { var x: Double; var y: Double
              func dist() -> Double { (x*x + y*y).squareRoot() }
              mutating func move(by d: Double) { x += d; y += d }
              static let origin = Point(x: 0, y: 0)
              var sum: Double { get { x + y } set { x = newValue; y = 0 } }
            }
            var p = Point(x: 3, y: 4)
            print(p, p.dist())
            var q = p
            q.move(by: 1)
            print(p, q)
            print([p, q])
            print(Point.origin)
            q.sum = 10
            print(q, q.sum)
            enum Color: Int, CaseIterable { case red = 1, green, blue }
            print(Color.green.rawValue, Color(rawValue: 3) as Any, Color.allCases.count, Color.allCases)
            enum Shape { case circle(r: Double), square(Double)
              var area: Double { switch self { case .circle(let r): return 3.0 * r * r
                  case .square(let s): return s * s } } }
            let shapes: [Shape] = [.circle(r: 1), .square(2)]
            for s in shapes { print(s, s.area) }
            switch p.x { case 0..<3: print("small") case 3...: print("big") default: print("neg") }
            let pair = (1, "a")
            switch pair { case (0, _): print("zero") case (let n, let s) where n > 0: print("pos", n, s) default: print("other") }
            enum E: Error { case tooBig(Int), bad }
            func check(_ n: Int) throws -> Int { if n > 10 { throw E.tooBig(n) }; return n }
            do { print(try check(3)); print(try check(30)) } catch E.tooBig(let n) { print("too big", n) } catch { print("other", error) }
            print((try? check(50)) as Any, try? check(5))
            func f() { defer { print("deferred") }; print("body") }
            f()
            class Animal { var name: String; init(name: String) { self.name = name }
              func speak() -> String { "..." } }
            class Dog: Animal { override func speak() -> String { "Woof " + super.speak() } }
            let d = Dog(name: "Rex"); let a: Animal = d
            print(a.speak(), d.name, a === d, d is Dog, a is Animal)
            print(d)
            var opt: Point? = p
            print(opt?.x as Any, opt?.dist() as Any)
            opt = nil
            print(opt?.x as Any)
            var xs = [Int]()
            for i in 0..<5 { xs.append(i) }
            print(xs)
            print(String(Array("swift").reversed()))
            var (m, n) = (1, 2); (m, n) = (n, m); print(m, n)
            func swapTwo(_ a: inout Int, _ b: inout Int) { let t = a; a = b; b = t }
            swapTwo(&m, &n); print(m, n)
            func sum(_ v: Int...) -> Int { v.reduce(0, +) }
            print(sum(1, 2, 3))
            extension Int { var squared: Int { self * self } }
            print(5.squared)
            protocol Named { var name: String { get } }
            struct Person: Named, CustomStringConvertible { var name: String; var description: String { "Person \\(name)" } }
            let people: [Named] = [Person(name: "A")]
            for x in people { print(x.name) }
            print(Person(name: "B"))
            func largest<T: Comparable>(_ a: [T]) -> T { var m = a[0]; for x in a where x > m { m = x }; return m }
            print(largest([3, 9, 2]), largest(["a", "z"]))
            """)
        #expect(run.error == nil, "\(String(describing: run.error))")
        #expect(run.stdout == """
            Point(x: 3.0, y: 4.0) 5.0
            Point(x: 3.0, y: 4.0) Point(x: 4.0, y: 5.0)
            [main.Point(x: 3.0, y: 4.0), main.Point(x: 4.0, y: 5.0)]
            Point(x: 0.0, y: 0.0)
            Point(x: 10.0, y: 0.0) 10.0
            2 Optional(main.Color.blue) 3 [main.Color.red, main.Color.green, main.Color.blue]
            circle(r: 1.0) 3.0
            square(2.0) 4.0
            big
            pos 1 a
            3
            too big 30
            nil Optional(5)
            body
            deferred
            Woof ... Rex true true true
            main.Dog
            Optional(3.0) Optional(5.0)
            nil
            [0, 1, 2, 3, 4]
            tfiws
            2 1
            1 2
            6
            25
            A
            Person B
            9 z
            """ + "\n")
    }

    @Test func valueSemanticsAndLetInstances() {
        let notebook = Notebook()
        notebook.run("struct P { var x = 0 }\nvar a = P()\nvar b = a\nb.x = 5")
        #expect(notebook.value("a.x") == "0")
        #expect(notebook.value("b.x") == "5")
        notebook.run("let c = P()")
        #expect(notebook.value("c.x = 1") == "error: cannot assign to property: 'c' is a 'let' constant")
    }

    @Test func switchMustBeExhaustive() {
        let notebook = Notebook()
        notebook.run("enum Light { case red, amber, green }")
        #expect(notebook.value("let l = Light.red\nswitch l { case .red: print(1)\ncase .amber: print(2) }")
                    .hasPrefix("error: switch must be exhaustive"))
        let run = notebook.run("let m = Light.green\nswitch m { case .red, .amber: print(\"stop\")\ncase .green: print(\"go\") }")
        #expect(run.stdout == "go\n")
    }

    @Test func redeclarationInOneCellIsRefusedBeforeAnythingRuns() {
        let notebook = Notebook()
        let run = notebook.run("print(\"ran\")\nlet x = 1\nlet x = 2")
        #expect(run.error?.value == "invalid redeclaration of 'x'")
        #expect(run.stdout == "")
        // A later cell may redeclare: that is how notebooks are edited.
        notebook.run("let y = 1")
        #expect(notebook.value("let y = 2\ny") == "2")
    }

    @Test func aValueKeepsItsTypeWhenTheTypeIsRedefined() {
        let notebook = Notebook()
        notebook.run("struct Item { var n: Int }\nlet old = Item(n: 1)")
        notebook.run("struct Item { var name: String }")
        #expect(notebook.value("old.n") == "1")
        #expect(notebook.value("Item(name: \"new\").name") == "\"new\"")
    }

    @Test func thrownErrorsAreCaughtOrEndTheCell() {
        let notebook = Notebook()
        notebook.run("enum Failure: Error { case tooBig(Int) }\nfunc check(_ n: Int) throws -> Int { if n > 9 { throw Failure.tooBig(n) }; return n }")
        #expect(notebook.value("try check(50)") == "error: Fatal error: Error raised at top level: main.Failure.tooBig(50)")
        #expect(notebook.value("check(1)") == "error: call can throw but is not marked with 'try'")
        let caught = notebook.run("do { _ = try check(12) } catch Failure.tooBig(let n) { print(\"caught\", n) }")
        #expect(caught.stdout == "caught 12\n")
        // Library errors are catchable too.
        let library = notebook.run("do { _ = try MLP(contentsOf: \"/nonexistent/weights.npz\") } catch { print(\"no file\") }")
        #expect(library.stdout == "no file\n")
    }
}
