import JupyterKernel
import Testing
@testable import CellLanguage

@Suite struct BasicsTests {
    @Test func literalsAndArithmetic() {
        let notebook = Notebook()
        #expect(notebook.value("6 * 7") == "42")
        #expect(notebook.value("1 + 2 * 3") == "7")
        #expect(notebook.value("(1 + 2) * 3") == "9")
        #expect(notebook.value("7 / 2") == "3")
        #expect(notebook.value("7 % 3") == "1")
        #expect(notebook.value("7.0 / 2") == "3.5")
        #expect(notebook.value("1_000_000 + 1") == "1000001")
        #expect(notebook.value("0x10") == "16")
        #expect(notebook.value("-3 + 1") == "-2")
        #expect(notebook.value("true && !false") == "true")
        #expect(notebook.value("\"a\" + \"b\"") == "\"ab\"")
        #expect(notebook.value("2 + 3 == 5 || false") == "true")
    }

    @Test func letAndVarPersistAcrossCells() {
        let notebook = Notebook()
        notebook.run("let x = 5\nvar y = 2.5")
        #expect(notebook.value("x * 2") == "10")
        #expect(notebook.value("y * 2") == "5.0")
        notebook.run("y += 1")
        #expect(notebook.value("y") == "3.5")
        #expect(notebook.value("x = 3").hasPrefix("error: cannot assign to value: 'x' is a 'let' constant"))
    }

    @Test func printGoesToStdout() {
        let notebook = Notebook()
        let run = notebook.run("print(\"hello\", 42)\nprint(1, 2, separator: \"-\", terminator: \"!\")")
        #expect(run.stdout == "hello 42\n1-2!")
        #expect(run.result == nil)
        let errorRun = notebook.run("print(\"oops\", to: &standardError)")
        #expect(errorRun.stderr == "oops\n")
    }

    @Test func lastExpressionIsTheResult() {
        let notebook = Notebook()
        let run = notebook.run("let a = 2\na * 21")
        #expect(run.result == "42")
        #expect(notebook.run("let b = 1").result == nil)
    }

    @Test func parseErrorHasLineColumnAndCaret() throws {
        let notebook = Notebook()
        let run = notebook.run("let x = 1\nlet y = (2 +")
        let error = try #require(run.error)
        #expect(error.name == "SyntaxError")
        #expect(error.traceback.first?.contains("cell 1:2:") == true)
        #expect(error.traceback.count == 3)
        #expect(error.traceback[1] == "let y = (2 +")
    }
}
