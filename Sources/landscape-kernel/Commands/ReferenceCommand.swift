import ArgumentParser
import CellLanguage

/// `landscape-kernel reference`: prints the cell language's reference in Markdown, generated from the
/// registry that evaluation, completion and inspection use (the README's reference is this output).
struct ReferenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reference", abstract: "Print the cell language's reference (Markdown).")

    func run() throws {
        print(CellReference.markdown(), terminator: "")
    }
}
