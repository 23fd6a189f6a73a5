/// What a notebook shows, in an exported program: the text/plain form of values, printed.

/// Shows a value now. In the notebook kernel this is a display_data in the value's richest form; in an
/// exported program it prints the value's text/plain form, `plainText(of:)` (without a first line that
/// a progress bar just printed as its summary: see `FinishedSummary`).
public func display(_ value: Any) {
    FinishedSummary.printUnrepeated(plainText(of: value))
}

/// Prints the value of a cell's last line as the notebook shows it (its execute_result, text/plain).
/// An exported program calls it where a cell ends with an expression. A first line that the progress bar
/// of the call just printed as its summary is not printed again (`FinishedSummary`).
public func show<T>(_ value: T) {
    FinishedSummary.printUnrepeated(plainText(of: value))
}

/// A cell whose last line has no value (`Void`) shows nothing, as in the notebook.
public func show(_ value: Void) {}
