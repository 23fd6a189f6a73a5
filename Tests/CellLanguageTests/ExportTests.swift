import Foundation
import LandscapeNotebook
import Testing
@testable import CellLanguage

@Suite struct ExportTests {
    /// The program for `cells`, without its header.
    func program(_ cells: String...) -> String {
        NotebookExporter.swiftProgram(fromCells: cells)
    }

    /// The lines of the program's body (after the imports), trimmed, without blank lines and MARKs.
    func body(_ cells: String...) -> [String] {
        let text = NotebookExporter.swiftProgram(fromCells: cells)
        return text.components(separatedBy: "\n")
            .drop { !$0.hasPrefix("// MARK:") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("// MARK:") }
    }

    @Test func exportsCodeCellsInOrderWithImportsHoisted() throws {
        let notebook = """
        {"cells": [
          {"cell_type": "markdown", "source": ["# Title"]},
          {"cell_type": "code", "source": ["import Foundation\\n", "let x = 2\\n", "print(x)"]},
          {"cell_type": "code", "source": "print(x * 21, to: &standardError)\\n\\n"},
          {"cell_type": "code", "source": []}
        ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        """
        let program = try NotebookExporter.swiftProgram(fromNotebook: Data(notebook.utf8), name: "demo.ipynb")
        #expect(program.contains("import LandscapeNotebook"))
        #expect(program.components(separatedBy: "import Foundation").count == 2)
        let first = try #require(program.range(of: "let x = 2"))
        let second = try #require(program.range(of: "print(x * 21, to: &standardError)"))
        #expect(first.lowerBound < second.lowerBound)
        #expect(!program.contains("# Title"))
        #expect(program.contains("// MARK: Cell 2"))
    }

    @Test func rejectsWhatIsNotANotebook() {
        #expect(throws: NotebookExporter.ExportError.notJSON) { try NotebookExporter.swiftProgram(fromNotebook: Data("nope".utf8)) }
        #expect(throws: NotebookExporter.ExportError.noCells) { try NotebookExporter.swiftProgram(fromNotebook: Data("{}".utf8)) }
    }

    @Test func aCellsLastValueIsShownAsTheNotebookShowsIt() {
        #expect(body("let x = 2\nx * 21") == ["let x = 2", "show(x * 21)"])
        #expect(body("var net = try MLP(widths: [4, 3], seed: 0)\nnet") == ["var net = try MLP(widths: [4, 3], seed: 0)", "show(net)"])
        // The `try` moves outside, where it covers the whole call.
        #expect(body("var net = try MLP(widths: [4, 3], seed: 0)\ntry net.bound(on: .gaussianMixture(count: 4, inputSize: 4, classes: 3))").last
                == "try show(net.bound(on: .gaussianMixture(count: 4, inputSize: 4, classes: 3)))")
        #expect(body("let data = Dataset.gaussianMixture(count: 4, inputSize: 2, classes: 2)\ndata.prefix(2)")
                == ["let data = try Dataset.gaussianMixture(count: 4, inputSize: 2, classes: 2)", "show(data.prefix(2))"])
    }

    @Test func statementsWithoutAValueAreNotShown() {
        #expect(body("print(1)") == ["print(1)"])
        #expect(body("var x = 1\nx = 2") == ["var x = 1", "x = 2"])
        #expect(body("var x = 1\nx += 2") == ["var x = 1", "x += 2"])
        #expect(body("let x = 1") == ["let x = 1"])
        #expect(body("for i in 0..<2 {\n    print(i)\n}").first == "for i in 0..<2 {")
        #expect(body("var sample = Dataset.gaussianMixture(count: 4, inputSize: 2, classes: 2)\nsample.add(sample[0])").last
                == "try sample.add(sample[0])")
    }

    @Test func throwingCallsGetATryPerStatement() {
        let cells = ["let data = try Dataset.gaussianMixture(count: 20, inputSize: 4, classes: 3)",
                     "let net = MLP(widths: [4, 3], seed: 0)",
                     "let H = net.hessian(on: data)\nprint(H.trace)\nprint(\"norm\", H.spectralNorm)\nvar y = 0.0\ny = H.spectralNorm\nfor v in H.eigenvalues { print(v) }\nif H.spectralNorm > 1 { print(1) }\nH.trace"]
        let lines = body(cells[0], cells[1], cells[2])
        #expect(lines.contains("let net = try MLP(widths: [4, 3], seed: 0)"))
        #expect(lines.contains("let H = try net.hessian(on: data)"))
        #expect(lines.contains("print(H.trace)"), "a property that does not throw gets no try")
        #expect(lines.contains("try print(\"norm\", H.spectralNorm)"))
        #expect(lines.contains("y = try H.spectralNorm"))
        #expect(lines.contains("for v in try H.eigenvalues { print(v) }"))
        #expect(lines.contains("if try H.spectralNorm > 1 { print(1) }"))
        #expect(lines.last == "show(H.trace)")
        #expect(body("let data = try Dataset.gaussianMixture(count: 4, inputSize: 2, classes: 2)\nlet first = data[0]\nfirst").contains("let first = try data[0]"),
                "Dataset's subscript throws")
    }

    @Test func aThrowingClosureMakesItsStatementThrowButRethrowingCallsAloneDoNot() {
        let lines = body("let net = try MLP(widths: [4, 3], seed: 0)",
                         "let plain = [1.0, 2.0].map { $0 * 2 }.reduce(0, +)",
                         "let moved = try [0.5, 1.0].map { net.moved(along: net.parameters, by: $0) }")
        #expect(lines.contains("let plain = [1.0, 2.0].map { $0 * 2 }.reduce(0, +)"))
        #expect(lines.contains("let moved = try [0.5, 1.0].map { try net.moved(along: net.parameters, by: $0) }"))
    }

    @Test func cellFunctionsBecomeThrowingAndMainActorWhereTheyNeedIt() {
        let lines = body("""
            let net = try MLP(widths: [4, 3], seed: 0)
            func twice(_ x: Double) -> Double { x * 2 }
            func norm() -> Double {
                net.moved(along: net.parameters, by: 1).parameters.count > 0 ? 1 : 0
            }
            func viaNorm() -> Double { twice(norm()) }
            """, "viaNorm()")
        #expect(lines.contains("func twice(_ x: Double) -> Double { x * 2 }"), "a pure function stays as written")
        #expect(lines.contains("@MainActor"))
        #expect(lines.contains("func norm() throws -> Double {"))
        #expect(lines.contains("try net.moved(along: net.parameters, by: 1).parameters.count > 0 ? 1 : 0"))
        #expect(lines.contains("func viaNorm() throws -> Double { try twice(norm()) }"))
        #expect(lines.last == "try show(viaNorm())")
        let attributes = lines.indices.filter { lines[$0] == "@MainActor" }.map { lines[$0 + 1] }
        #expect(attributes == ["func norm() throws -> Double {", "func viaNorm() throws -> Double { try twice(norm()) }"])
    }

    @Test func aFunctionDeclaredThrowsKeepsItsSignature() {
        let lines = body("func f(_ n: Int) throws -> [Double] {\n    try MLP(widths: [n, 2], seed: 0).parameters\n}\nf(3).count")
        #expect(lines.first == "func f(_ n: Int) throws -> [Double] {")
        #expect(lines.last == "try show(f(3).count)")
    }

    @Test func aNameDeclaredAgainGetsAFreshSpellingFromThereOn() {
        let lines = body("let x = 1\nfunc f(_ x: Int) -> Int { x + 1 }",
                         "let x = x + 1\nprint(x, f(x))\nlet ys = [1].map { x in x * 2 }\nfor x in 0..<x { print(x) }",
                         "x")
        #expect(lines.contains("let x = 1"))
        #expect(lines.contains("func f(_ x: Int) -> Int { x + 1 }"), "a parameter shadows the global")
        #expect(lines.contains("// Declared again in the notebook, so declared here `x` as `x2`."))
        #expect(lines.contains("let x2 = x + 1"), "the initializer reads the earlier value")
        #expect(lines.contains("print(x2, f(x2))"))
        #expect(lines.contains("let ys = [1].map { x in x * 2 }"), "a closure parameter shadows the global")
        #expect(lines.contains("for x in 0..<x2 { print(x) }"), "the sequence is outside the loop variable's scope")
        #expect(lines.last == "show(x2)")
    }

    @Test func manyRedeclarationsInOneCellEachGetTheirOwnSpelling() {
        let lines = body(String(repeating: "let x = 1\n", count: 300) + "x")
        #expect(lines.filter { $0.hasPrefix("let x") }.count == 300)
        #expect(lines.contains("let x300 = 1"))
        #expect(lines.last == "show(x300)")
    }

    @Test func aFunctionDeclaredAgainIsCalledByItsNewSpellingAndMembersKeepTheirNames() {
        let lines = body("let count = 3\nlet x2 = 0\nfunc g() -> Int { 1 }",
                         "func g() -> Int { count > 0 ? 2 : g() }\nlet count = [1, 2].count\nlet x = count + g()")
        #expect(lines.contains("func g2() -> Int { count > 0 ? 2 : g2() }"))
        #expect(lines.contains("let count2 = [1, 2].count"), "a member named like a global keeps its name")
        #expect(lines.contains("let x = count2 + g2()"))
    }

    @Test func aCellThatDoesNotParseIsKeptAsWritten() {
        #expect(body("let x = (1") == ["let x = (1"])
        let brackets = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        #expect(body(brackets) == [brackets], "nesting the parser cannot take in time is kept as written, at once")
        let parentheses = String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000)
        #expect(body(parentheses) == [parentheses])
    }

    @Test func helpGetsTheDocumentationAsAComment() {
        let text = program(#"help("MLP.train")"#)
        #expect(text.contains("// help(\"MLP.train\"):"))
        #expect(text.contains("train(on data: Dataset"))
        #expect(text.contains("\nhelp(\"MLP.train\")"))
    }

    @Test func theKernelsResultTextIsLandscapeNotebooksPlainText() throws {
        let notebook = Notebook()
        let run = notebook.run("let figure = Figure()\nfigure.plot.title = \"Loss\"\nfigure")
        let figure = Figure()
        figure.plot.title = "Loss"
        #expect(run.result == plainText(of: figure))
        #expect(notebook.run("print(figure, [figure])").stdout == "\(figure) \([figure])\n", "print shows what a program prints")
        #expect(notebook.value("figure.plot") == "\(figure.plot)")
        #expect(notebook.value("\"quoted\"") == plainText(of: "quoted"))
        #expect(notebook.value("try MLP(widths: [4, 3], seed: 0)") == plainText(of: try MLP(widths: [4, 3], seed: 0)))
    }
}
