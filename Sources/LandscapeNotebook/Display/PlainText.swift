/// The text/plain form of a value, exactly as the notebook kernel shows it for an execute_result or a
/// display_data of a library value, and as an exported program prints it: figures and panels as a
/// one-line summary (their full form is their SVG), strings quoted as Swift's `debugDescription` does,
/// everything else as its `description`.
///
/// The kernel and exported programs share this function, so their texts cannot drift apart.
public func plainText(of value: Any) -> String {
    switch value {
    case let figure as Figure:
        let titled = figure.plot.title.isEmpty ? "" : " \"\(figure.plot.title)\""
        return "Figure\(titled) (\(figure.rows)×\(figure.columns) panels, \(Int(figure.width))×\(Int(figure.height)))"
    case let panel as Plot:
        let titled = panel.title.isEmpty ? "" : " \"\(panel.title)\""
        return "Plot\(titled) (\(panel.seriesCount) series)"
    case let string as String:
        return string.debugDescription
    default:
        return String(describing: value)
    }
}
