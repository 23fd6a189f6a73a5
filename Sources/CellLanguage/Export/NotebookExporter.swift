import Foundation

/// Turns a notebook's code cells into a Swift program that imports LandscapeNotebook, for
/// `landscape-kernel export NOTEBOOK.ipynb`.
///
/// Cells are Swift, so the program is their code in order, each under a comment naming its cell,
/// rewritten with swift-syntax where compiled Swift is stricter than cells or where the notebook shows
/// something a program would not print (see `CellProgramWriter`). `import` declarations are hoisted to
/// the top once. Markdown and raw cells are dropped.
public enum NotebookExporter {
    /// Why a notebook could not be exported.
    public enum ExportError: Error, CustomStringConvertible, Equatable {
        case notJSON
        case noCells
        public var description: String {
            switch self {
            case .notJSON: return "the file is not a Jupyter notebook (JSON with a \"cells\" array)"
            case .noCells: return "the notebook has no \"cells\" array"
            }
        }
    }

    /// The Swift program for the notebook whose `.ipynb` JSON is `data`. `name` goes in the header.
    public static func swiftProgram(fromNotebook data: Data, name: String = "notebook") throws -> String {
        guard let object = try? JSONSerialization.jsonObject(with: data), let notebook = object as? [String: Any] else {
            throw ExportError.notJSON
        }
        guard let cells = notebook["cells"] as? [[String: Any]] else { throw ExportError.noCells }
        let sources: [String] = cells.compactMap { cell in
            guard cell["cell_type"] as? String == "code" else { return nil }
            if let text = cell["source"] as? String { return text }
            if let lines = cell["source"] as? [String] { return lines.joined() }
            return nil
        }
        return swiftProgram(fromCells: sources, name: name)
    }

    /// The Swift program for code cells given as source strings.
    public static func swiftProgram(fromCells cells: [String], name: String = "notebook") -> String {
        swiftProgram(fromCells: cells, name: name, registry: StandardLibrary.shared)
    }

    /// The Swift program for code cells, with what the cells can use read from `registry`.
    static func swiftProgram(fromCells cells: [String], name: String, registry: Registry) -> String {
        var imports = ["import Foundation", "import LandscapeNotebook"]
        var body: [String] = []
        let written = CellProgramWriter(registry: registry).write(cells)
        for (index, cell) in written.enumerated() {
            for line in cell.imports where !imports.contains(line) { imports.append(line) }
            guard !cell.code.isEmpty else { continue }
            body.append("// MARK: Cell \(index + 1)")
            body.append(cell.code)
            body.append("")
        }
        let header = [
            "// Exported from \(name) by landscape-kernel: the notebook's code cells, in order, as a Swift program.",
            "// It prints what the notebook shows as text: a cell's last value through `show(_:)`, which prints",
            "// its text/plain form as the notebook's result does, and progress bars as their one-line summary.",
            "",
        ]
        return (header + imports + [""] + body).joined(separator: "\n")
    }
}
