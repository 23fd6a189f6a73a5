/// The text/plain form of a value, exactly as the notebook kernel shows it for an execute_result or a
/// display_data of a library value, and as an exported program prints it: strings quoted as Swift's
/// `debugDescription` does, everything else as its `description` (a figure or panel as its one-line
/// summary; its full form is its SVG).
///
/// The kernel and exported programs share this function, so their texts cannot drift apart.
public func plainText(of value: Any) -> String {
    if let string = value as? String { return string.debugDescription }
    return String(describing: value)
}
