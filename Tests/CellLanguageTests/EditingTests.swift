import JupyterKernel
import Testing
@testable import CellLanguage

@Suite struct EditingTests {
    @Test func completesNamesInScope() {
        let notebook = Notebook()
        notebook.run("let learningRate = 0.1\nvar net = MLP(input: 2, hidden: 2, hiddenLayers: 0, classes: 2)")
        let completion = notebook.interpreter.complete(code: "learn", cursorPosition: 5)
        #expect(completion.matches.contains("learningRate"))
        #expect(completion.cursorStart == 0 && completion.cursorEnd == 5)
        #expect(notebook.interpreter.complete(code: "sq", cursorPosition: 2).matches.contains("sqrt"))
        #expect(notebook.interpreter.complete(code: "Data", cursorPosition: 4).matches.contains("Dataset"))
    }

    @Test func completesMembersByTheValuesType() {
        let notebook = Notebook()
        notebook.run("var net = MLP(input: 2, hidden: 2, hiddenLayers: 0, classes: 2)\nlet xs = [1, 2]")
        let members = notebook.interpreter.complete(code: "net.tr", cursorPosition: 6)
        #expect(members.matches == ["train"])
        #expect(members.cursorStart == 4)
        #expect(notebook.interpreter.complete(code: "xs.", cursorPosition: 3).matches.contains("count"))
        #expect(notebook.interpreter.complete(code: "Dataset.fa", cursorPosition: 10).matches == ["fashionMNIST"])
        #expect(notebook.interpreter.complete(code: "net.hessian(on: s).spe", cursorPosition: 23).matches == ["spectralNorm"])
    }

    @Test func completesArgumentLabelsInsideACall() {
        let notebook = Notebook()
        notebook.run("var net = MLP(input: 2, hidden: 2, hiddenLayers: 0, classes: 2)")
        let code = "net.train(on: d, ep"
        let labels = notebook.interpreter.complete(code: code, cursorPosition: code.count)
        #expect(labels.matches.contains("epochs:"))
        let initLabels = notebook.interpreter.complete(code: "MLP(inp", cursorPosition: 7)
        #expect(initLabels.matches.contains("input:"))
    }

    @Test func inspectShowsSignatureAndDocs() throws {
        let notebook = Notebook()
        notebook.run("var net = MLP(input: 2, hidden: 2, hiddenLayers: 0, classes: 2)")
        let bundle = try #require(notebook.interpreter.inspect(code: "net.train", cursorPosition: 7, detailLevel: 0))
        guard case .string(let text)? = bundle["text/plain"] else { Issue.record("no text"); return }
        #expect(text.contains("mutating func train(on data: Dataset"))
        #expect(text.contains("progress bar"))
        let sqrt = try #require(notebook.interpreter.inspect(code: "sqrt(2)", cursorPosition: 2, detailLevel: 0))
        guard case .string(let sqrtText)? = sqrt["text/plain"] else { Issue.record("no text"); return }
        #expect(sqrtText.contains("func sqrt(_ x: Double) -> Double"))
        #expect(notebook.interpreter.inspect(code: "zzzz", cursorPosition: 2, detailLevel: 0) == nil)
    }

    @Test func isCompleteVerdicts() {
        let interpreter = SwiftCellInterpreter()
        #expect(interpreter.isComplete(code: "let x = 1") == .complete)
        #expect(interpreter.isComplete(code: "for i in 0..<3 {") == .incomplete(indent: "    "))
        #expect(interpreter.isComplete(code: "func f() {\n    if true {") == .incomplete(indent: "        "))
        #expect(interpreter.isComplete(code: "print(1,") == .incomplete(indent: "    "))
        #expect(interpreter.isComplete(code: "let xs = [1, 2,") == .incomplete(indent: "    "))
        #expect(interpreter.isComplete(code: "let = 5") == .invalid)
        #expect(interpreter.isComplete(code: "1 +* 2 }") == .invalid)
    }
}

@Suite struct RegistryTests {
    @Test func everyRegistrySignatureParses() {
        #expect(StandardLibrary.makeRegistry().problems.isEmpty, "\(StandardLibrary.makeRegistry().problems)")
    }

    @Test func referenceIsInSyncWithTheRegistry() {
        let registry = StandardLibrary.shared
        let reference = CellReference.markdown()
        for symbol in registry.declarationOrder {
            #expect(reference.contains(symbol.signature), "missing from the reference: \(symbol.signature)")
        }
        for type in registry.types.keys {
            #expect(reference.contains(registry.types[type]!.declaration))
        }
        #expect(reference.hasPrefix("# "))
    }
}
