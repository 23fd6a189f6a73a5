import JupyterKernel
import Testing
@testable import CellLanguage

@Suite("Talking to the frontend: clearOutput, help, readLine")
struct NotebookFunctionsTests {
    @Test func clearOutputReachesTheFrontendWithItsWaitFlag() {
        let notebook = Notebook()
        let run = notebook.run("clearOutput()\nclearOutput(wait: true)")
        #expect(run.error == nil)
        #expect(run.context.clears == [false, true])
    }

    @Test func helpOpensThePagerWithTheRegistrysDocumentation() throws {
        let notebook = Notebook()
        let run = notebook.run(#"help("MLP.train")"#)
        #expect(run.error == nil)
        guard case .page(let bundle, _)? = run.payload.first, case .string(let text)? = bundle["text/plain"] else {
            Issue.record("no pager payload: \(run.payload)")
            return
        }
        #expect(text.contains("train(on data: Dataset"))
        #expect(notebook.run("1 + 1").payload.isEmpty, "a payload belongs to one cell only")
    }

    @Test func helpForAnUnknownNameIsAnError() {
        let run = Notebook().run(#"help("noSuchThing")"#)
        #expect(run.error?.value.contains("no documentation for 'noSuchThing'") == true)
    }

    @Test func readLineAsksTheFrontendAndIsNilWithoutInput() {
        let notebook = Notebook()
        let context = RecordingContext()
        context.inputLines = ["Ada"]
        let run = notebook.run(#"print("hello,", readLine() ?? "nobody")"#, context: context)
        #expect(run.error == nil)
        #expect(run.stdout == "hello, Ada\n")
        #expect(notebook.run(#"readLine() ?? "none""#).result == #""none""#)
    }
}
