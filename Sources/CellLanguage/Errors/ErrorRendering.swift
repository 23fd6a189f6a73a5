import JupyterKernel
import SwiftSyntax

/// Turns a `CellError` into what Jupyter shows: `ename`, `evalue` and a traceback with the cell's line
/// and a caret under the column, the way the Swift compiler prints a diagnostic.
enum ErrorRendering {
    static func executionError(_ error: CellError, source: String, cellName: String) -> ExecutionError {
        var traceback: [String] = []
        let name = error.kind == .library ? (error.libraryTypeName ?? error.kind.rawValue) : error.kind.rawValue
        let severity = error.kind == .interrupted ? "interrupted" : "error"
        if let position = error.position {
            let location = lineAndColumn(of: position, in: source)
            let header = "\(cellName):\(location.line):\(location.column): \(severity): \(error.message)"
            traceback.append("\u{1B}[0;31m\(header)\u{1B}[0m")
            traceback.append(location.lineText)
            traceback.append(String(repeating: " ", count: location.caretOffset) + "\u{1B}[0;32m^\u{1B}[0m")
        } else {
            traceback.append("\u{1B}[0;31m\(severity): \(error.message)\u{1B}[0m")
        }
        return ExecutionError(name: name, value: error.message, traceback: traceback)
    }

    /// The 1-based line and column (in characters) of a UTF-8 offset, the line's text and where the caret
    /// goes under it.
    static func lineAndColumn(of position: AbsolutePosition, in source: String)
        -> (line: Int, column: Int, lineText: String, caretOffset: Int) {
        let utf8 = Array(source.utf8)
        let offset = min(max(position.utf8Offset, 0), utf8.count)
        var line = 1
        var lineStart = 0
        for index in 0..<offset where utf8[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        var lineEnd = lineStart
        while lineEnd < utf8.count && utf8[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
        let lineText = String(decoding: utf8[lineStart..<lineEnd], as: UTF8.self)
        let prefix = String(decoding: utf8[lineStart..<offset], as: UTF8.self)
        let column = prefix.count + 1
        return (line, column, lineText, prefix.count)
    }
}
