import Foundation

/// The notebook's own functions, for exported programs: the same signatures as in a cell, with what
/// they mean on a terminal.

/// Clears the cell's output in a notebook. A terminal program's output stays; this does nothing.
public func clearOutput(wait: Bool = false) {}

/// Opens the pager with the documentation of `name` in a notebook. The documentation lives in the
/// kernel's registry, not in the program, so an exported program writes where to find it to standard
/// error (the exporter also copies the documentation into a comment above the call).
public func help(_ name: String) {
    FileHandle.standardError.write(Data("help(\(name.debugDescription)): see `landscape-kernel reference` for the documentation\n".utf8))
}
