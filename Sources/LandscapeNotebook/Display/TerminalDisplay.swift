/// What a notebook shows, in an exported program: the text/plain form of values, printed.

/// Shows a value now. In the notebook kernel this is a display_data in the value's richest form; in an
/// exported program it prints the value's text/plain form, `plainText(of:)`.
public func display(_ value: Any) {
    print(plainText(of: value))
}

/// Prints the value of a cell's last line as the notebook shows it (its execute_result, text/plain).
/// An exported program calls it where a cell ends with an expression.
public func show<T>(_ value: T) {
    print(plainText(of: value))
}

/// A cell whose last line has no value (`Void`) shows nothing, as in the notebook.
public func show(_ value: Void) {}
