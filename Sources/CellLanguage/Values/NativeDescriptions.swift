import LandscapeNotebook

/// The text form of library values: their own `description`, and a short summary for figures
/// (whose full form is their SVG).
enum NativeDescriptions {
    static func describe(_ native: NativeValue) -> String {
        if let figure = native.object as? Figure {
            let titled = figure.plot.title.isEmpty ? "" : " \"\(figure.plot.title)\""
            return "Figure\(titled) (\(figure.rows)×\(figure.columns) panels, \(Int(figure.width))×\(Int(figure.height)))"
        }
        return String(describing: native.object)
    }
}
