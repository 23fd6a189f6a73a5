/// A figure's one-line text form, what a notebook's text/plain and an exported program's `print` show:
/// the first panel's title, the panel grid and the size in CSS pixels, e.g.
/// `Figure "Loss" (1×2 panels, 860×440)` (its full form is its SVG).
extension Figure: CustomStringConvertible {
    public var description: String {
        let titled = plot.title.isEmpty ? "" : " \"\(plot.title)\""
        return "Figure\(titled) (\(rows)×\(columns) panels, \(Self.pixels(width))×\(Self.pixels(height)))"
    }

    /// A size in whole pixels, truncated as `Int(_:)` does; a size no `Int` can hold is written as is.
    static func pixels(_ size: Double) -> String {
        size.isFinite && abs(size) < 1e15 ? String(Int(size)) : String(size)
    }
}

/// A panel's one-line text form: its title and how many series it draws, e.g. `Plot "Loss" (2 series)`.
extension Plot: CustomStringConvertible {
    public var description: String {
        let titled = title.isEmpty ? "" : " \"\(title)\""
        return "Plot\(titled) (\(seriesCount) series)"
    }
}
