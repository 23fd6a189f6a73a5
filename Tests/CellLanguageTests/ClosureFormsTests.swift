@testable import CellLanguage
import Testing

/// Closure forms beyond the basics: capture lists, `@autoclosure`, and a tuple taken apart for `$0`, `$1`.
@Suite struct ClosureFormsTests {
    @Test func captureListsCopyWhenTheClosureIsMade() {
        let notebook = Notebook()
        notebook.run("var x = 1\nlet copy = { [x] in x }\nlet live = { x }\nx = 5")
        #expect(notebook.value("(copy(), live())") == "(1, 5)")
        #expect(notebook.value("let twice = { [y = x * 2] in y }\nx = 0\ntwice()") == "10")
        #expect(notebook.value("let bad = { [weak x] in x }").hasPrefix("error: 'weak' may only be applied to class"))
    }

    @Test func autoclosureArgumentsRunOnlyWhenCalled() {
        let notebook = Notebook()
        notebook.run("var calls = 0\nfunc next() -> Int { calls += 1; return calls }\nfunc maybe(_ use: Bool, _ value: @autoclosure () -> Int) -> Int { use ? value() : 0 }")
        #expect(notebook.value("maybe(false, next())\ncalls") == "0")
        #expect(notebook.value("maybe(true, next()) + maybe(true, next())") == "3")
    }

    @Test func aTupleArgumentIsTakenApartForNumberedParameters() {
        let notebook = Notebook()
        #expect(notebook.value("zip([1, 2], [3, 5]).map { $1 - $0 }") == "[2, 3]")
        #expect(notebook.value("[(1, 2)].map { $0 }") == "[(1, 2)]")
        #expect(notebook.value("let p: (x: Int, y: Int) = (3, 4)\np.x + p.y") == "7")
    }

    @Test func resultCatchesAThrowingClosure() {
        let notebook = Notebook()
        notebook.run("enum E: Error { case bad }\nfunc f(_ ok: Bool) throws -> Int { if ok { return 1 }; throw E.bad }")
        #expect(notebook.value("print(Result { try f(true) }, Result { try f(false) })") == "")
        #expect(notebook.run("print(Result { try f(true) }, Result { try f(false) })").stdout == "success(1) failure(main.E.bad)\n")
    }
}
