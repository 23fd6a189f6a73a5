import JupyterKernel

/// Why no interpreter can be created.
struct CellLanguageUnavailable: Error, CustomStringConvertible {
    var description: String { "this build does not contain the cell language (branch cells not merged yet)" }
}

/// The interpreter the executable serves.
func makeCellInterpreter() throws -> any Interpreter {
    throw CellLanguageUnavailable()
}
