@testable import CellLanguage
import Testing

/// The standard types cells declare in Swift (`Result`): there from a session's start, printed with
/// the module `Swift`, replaceable by a cell's own declaration.
@Suite struct StandardTypesTests {
    @Test func resultIsDeclaredInEverySession() {
        let notebook = Notebook()
        notebook.run("enum Failure: Error { case tooBig(Int) }\nfunc check(_ n: Int) -> Result<Int, Failure> { n > 100 ? .failure(.tooBig(n)) : .success(n * 2) }")
        #expect(notebook.value("check(3)") == "Swift.Result<Swift.Int, main.Failure>.success(6)")
        #expect(notebook.value("print(check(500))\n(try? check(500).get()) == nil") == "true")
        #expect(notebook.value("check(4).map { $0 + 1 }") == "Swift.Result<Swift.Int, main.Failure>.success(9)")
        #expect(notebook.value("enum Result { case mine }\nResult.mine") == "main.Result.mine")
    }
}
