import CellLanguage
import JupyterKernel

/// The interpreter the executable serves: the Swift cell language.
func makeCellInterpreter() throws -> any Interpreter {
    SwiftCellInterpreter()
}
