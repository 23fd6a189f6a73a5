import Foundation
import JupyterKernel
import Testing
@testable import CellLanguage

/// Cells written to break the kernel. Each must end in an error message, and the interpreter must
/// stay usable afterwards.
@Suite struct HostileCellsTests {
    /// Runs a hostile cell, expects an error containing `message`, then checks the notebook still works.
    func expectError(_ code: String, contains message: String, name: String? = nil,
                     sourceLocation: SourceLocation = #_sourceLocation) {
        let notebook = Notebook()
        notebook.run("let before = 41")
        let run = notebook.run(code)
        #expect(run.error != nil, "expected an error", sourceLocation: sourceLocation)
        if let error = run.error {
            #expect(error.value.contains(message), "got: \(error.value)", sourceLocation: sourceLocation)
            if let name { #expect(error.name == name, sourceLocation: sourceLocation) }
        }
        #expect(notebook.value("before + 1") == "42", sourceLocation: sourceLocation)
    }

    @Test func deepParenthesesNesting() {
        let depth = 1000
        expectError(String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth),
                    contains: "nest", name: "SyntaxError")
    }

    @Test func deepClosureAndBraceNesting() {
        expectError(String(repeating: "{", count: 1000) + String(repeating: "}", count: 1000),
                    contains: "nest", name: "SyntaxError")
        expectError(String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000),
                    contains: "nest", name: "SyntaxError")
        // Directly nested brackets: SwiftParser would take exponential time; refused before parsing.
        expectError("let x = " + String(repeating: "[", count: 30) + "1" + String(repeating: "]", count: 30),
                    contains: "directly nested '['", name: "SyntaxError")
        expectError(String(repeating: "([", count: 20) + String(repeating: "])", count: 20),
                    contains: "directly nested '['", name: "SyntaxError")
        // Delimiters inside strings and comments do not count.
        let notebook = Notebook()
        #expect(notebook.value("let s = \"" + String(repeating: "[", count: 300) + "\" // " + String(repeating: "(", count: 300) + "\ns.count") == "300")
        #expect(notebook.value("let m = [[1, 2], [3, 4]]\n\"\\(m[1][0])\"") == "\"3\"")
    }

    @Test func longOperatorChain() {
        // A flat chain folds into a deep tree; evaluating it recursively stays within the stack budget.
        let notebook = Notebook()
        let chain = Array(repeating: "1", count: 1_500).joined(separator: " + ")
        #expect(notebook.value(chain) == "1500")
    }

    @Test func stackExhaustionIsAnError() {
        // Deep recursion whose frames each evaluate a long expression: the stack guard stops it (with a
        // budget small enough that it, not the 2,000-call recursion limit, is reached first in release builds,
        // whose frames are much smaller than debug ones; the kernel's budget is 3/4 of a 512 MB stack).
        let notebook = Notebook(interpreter: SwiftCellInterpreter(stackBudget: 256 << 10))
        let terms = Array(repeating: "0", count: 200).joined(separator: " + ")
        let run = notebook.run("func deep(_ n: Int) -> Int { \(terms) + deep(n + 1) }\ndeep(0)")
        #expect(run.error?.value.contains("the cell's stack is exhausted") == true, "\(run.error?.value ?? "")")
        let chain = notebook.run(Array(repeating: "1", count: 1_200).joined(separator: " + "))
        #expect(chain.error?.value.contains("too deeply nested") == true || chain.result == "1200")
        #expect(notebook.value("6 * 7") == "42")
    }

    @Test func hugeLiterals() {
        expectError("let big = 123456789012345678901234567890", contains: "overflows when stored into 'Int'")
        expectError("let big = 1e999", contains: "overflows 'Double'")
        let longString = "let s = \"" + String(repeating: "x", count: 20_000) + "\"\nlet t = s + s\nlet n: Int = s"
        expectError(longString, contains: "cannot convert value of type 'String' to specified type 'Int'")
    }

    @Test func divisionByZero() {
        expectError("let zero = 0\n10 / zero", contains: "Division by zero", name: "RuntimeError")
        expectError("let zero = 0\n10 % zero", contains: "Division by zero in remainder operation")
        expectError("Int.min / -1", contains: "Division results in an overflow")
    }

    @Test func integerOverflow() {
        expectError("Int.max + 1", contains: "arithmetic overflow", name: "RuntimeError")
        expectError("var x = Int.min\nx -= 1", contains: "arithmetic overflow")
        expectError("-Int.min", contains: "arithmetic overflow")
        expectError("var f = 1\nfor i in 1...30 { f *= i }", contains: "arithmetic overflow")
        expectError("abs(Int.min)", contains: "arithmetic overflow")
        expectError("Int(1e300)", contains: "cannot be converted to Int")
        expectError("Int(Double.nan)", contains: "infinite or NaN")
    }

    @Test func indexOutOfRange() {
        expectError("let xs = [1, 2, 3]\nxs[3]", contains: "Index out of range", name: "RuntimeError")
        expectError("var xs = [1]\nxs[-1] = 0", contains: "Index out of range")
        expectError("var xs: [Int] = []\nxs.removeLast()", contains: "empty collection")
        expectError("[1, 2][1..<5]", contains: "out of range")
    }

    @Test func recursionDepth() {
        expectError("func down(_ n: Int) -> Int { down(n + 1) }\ndown(0)", contains: "recursion depth limit exceeded",
                    name: "RuntimeError")
        expectError("func a(_ n: Int) -> Int { b(n) }\nfunc b(_ n: Int) -> Int { a(n) }\na(1)",
                    contains: "recursion depth limit exceeded")
    }

    @Test func enormousAllocations() {
        expectError("Array(repeating: 0, count: 1 << 40)", contains: "limit", name: "RuntimeError")
        expectError("String(repeating: \"ab\", count: 1 << 40)", contains: "limit")
        expectError("Array(0..<(1 << 40))", contains: "limit")
        expectError("(0..<Int.max).map { $0 }", contains: "limit")
        expectError("Array(repeating: 0, count: -1)", contains: "negative count")
        expectError("var s = \"x\"\nfor _ in 0..<64 { s = s + s }", contains: "limit")
    }

    @Test func infiniteLoopStoppedByInterruptFromAnotherThread() {
        let notebook = Notebook()
        notebook.run("var counter = 0")
        let interpreter = notebook.interpreter
        let started = Date()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { interpreter.interrupt() }
        let run = notebook.run("while true { counter += 1 }")
        #expect(run.error?.name == "Interrupted")
        #expect(run.error?.value.contains("interrupted") == true)
        #expect(Date().timeIntervalSince(started) < 5)
        // The loop's effects up to the interrupt are kept, and the next cell runs normally.
        #expect(notebook.value("counter > 0") == "true")
        #expect(notebook.value("1 + 1") == "2")
    }

    @Test func interruptThroughTheContext() {
        let notebook = Notebook()
        let context = RecordingContext()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { context.setInterrupted() }
        let run = notebook.run("func spin() { for _ in 0..<Int.max { } }\nspin()", context: context)
        #expect(run.error?.name == "Interrupted")
        #expect(notebook.value("2 * 21") == "42")
    }

    @Test func interruptInsideClosuresOfLibraryMethods() {
        let notebook = Notebook()
        let interpreter = notebook.interpreter
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { interpreter.interrupt() }
        let run = notebook.run("var calls = 0\n(0..<40_000_000).forEach { _ in calls += 1 }")
        #expect(run.error?.name == "Interrupted")
        #expect(notebook.value("calls > 0") == "true")
        #expect(run.error != nil)
        #expect(notebook.value("1") == "1")
    }

    @Test func deinitializersAndSequencesCannotBreakTheKernel() {
        // A deinit that traps ends the cell at the release, as the program would stop there.
        expectError("class R { var label: String? = nil\n deinit { print(label!) } }\nvar r: R? = R()\nr = nil\nprint(\"not reached\")",
                    contains: "Unexpectedly found nil")
        // A deinit that throws off new instances of its class: each is deinitialized in turn.
        let notebook = Notebook()
        let reborn = notebook.run("class Phoenix { static var count = 0\n deinit { Phoenix.count += 1; if Phoenix.count < 50 { _ = Phoenix() } } }\n"
                                  + "var p: Phoenix? = Phoenix()\np = nil\nprint(Phoenix.count)")
        #expect(reborn.error == nil)
        #expect(reborn.stdout == "50\n")
        // Reference cycles leak, as in Swift: no deinit runs and nothing fails.
        let cycle = notebook.run("class Node { var next: Node?\n deinit { print(\"freed\") } }\n"
                                 + "var a: Node? = Node()\na!.next = a\na = nil\nprint(\"cycle kept\")")
        #expect(cycle.stdout == "cycle kept\n")
        // A closure that captures itself recurses into the depth limit, not the stack's end.
        expectError("var f: (() -> Int)? = nil\nf = { f!() + 1 }\nf!()", contains: "recursion depth limit exceeded")
        // An unowned reference read after its instance went is Swift's trap, an error here.
        expectError("class O {}\nclass P { unowned let o: O\n init(o: O) { self.o = o } }\nvar o: O? = O()\nlet p = P(o: o!)\no = nil\nprint(p.o)",
                    contains: "unowned reference")
        // `next()` that never returns nil: `prefix` and `first(where:)` stop, an endless `for` is interrupted.
        expectError("struct Ones: Sequence, IteratorProtocol { mutating func next() -> Int? { 1 } }\nprint(Array(Ones().prefix(3)), Ones().first { $0 == 1 }!)\n"
                    + "struct Bad: Sequence { }", contains: "does not conform to protocol 'Sequence'")
        let endless = Notebook()
        let taken = endless.run("struct Ones: Sequence, IteratorProtocol { mutating func next() -> Int? { 1 } }\nprint(Array(Ones().prefix(3)), Ones().first { $0 == 1 }!)")
        #expect(taken.stdout == "[1, 1, 1] 1\n")
    }

    @Test func nonsenseAndMisuse() {
        expectError("let = 5", contains: "expected pattern", name: "SyntaxError")
        expectError("nil", contains: "'nil' requires a contextual type")
        expectError("let x = 1\nx()", contains: "cannot call value of non-function type 'Int'")
        expectError("print(1, to: standardError)", contains: "requires explicit '&'")
        expectError("break", contains: "'break' is only allowed inside a loop")
        expectError("return 1", contains: "return invalid outside of a func")
        expectError("let xs = [1, \"a\"]", contains: "heterogeneous collection literal")
        expectError("$0 + 1", contains: "anonymous closure argument not contained in a closure")
        expectError("#warning(\"x\")", contains: "not available in cells")
        expectError("1.5 % 2", contains: "truncatingRemainder")
        expectError("[1: 1, 1: 2]", contains: "duplicate keys")
        expectError("\"abc\"[0]", contains: "cannot subscript String")
        expectError("[1, 2, 3][(Int.max - 1)...Int.max]", contains: "out of range")
        expectError("String(repeating: \"a\", count: -1)", contains: "negative count")
        expectError("String(format: \"%*d %s\", 1.0)", contains: "String(format:)")
        expectError("String(format: \"%.2f %f\", 1.0)", contains: "String(format:)")
    }
}
