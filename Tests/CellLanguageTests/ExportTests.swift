import Foundation
import Testing
@testable import CellLanguage

@Suite struct ExportTests {
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
}
