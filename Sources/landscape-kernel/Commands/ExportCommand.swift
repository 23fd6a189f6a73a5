import ArgumentParser
import CellLanguage
import Foundation

/// `landscape-kernel export NOTEBOOK.ipynb [-o FILE]`: writes the notebook's code cells as a Swift
/// program that imports LandscapeNotebook.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write a notebook's code cells as a Swift program.")

    @Argument(help: "The notebook (.ipynb) to export.")
    var notebook: String

    @Option(name: .shortAndLong, help: "Where to write the program (default: standard output).")
    var output: String?

    func run() throws {
        let url = URL(fileURLWithPath: notebook)
        let program: String
        do {
            let data = try Data(contentsOf: url)
            program = try NotebookExporter.swiftProgram(fromNotebook: data, name: url.lastPathComponent)
        } catch {
            throw ValidationError("cannot export \(notebook): \(error)")
        }
        guard let output else {
            print(program, terminator: "")
            return
        }
        do {
            try program.write(toFile: output, atomically: true, encoding: .utf8)
        } catch {
            throw ValidationError("cannot write \(output): \(error.localizedDescription)")
        }
    }
}
