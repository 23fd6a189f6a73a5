import LandscapeNotebook

/// The text form of library values: their own `description`, and a short summary for figures
/// (whose full form is their SVG) and their panels.
enum NativeDescriptions {
    static func describe(_ native: NativeValue) -> String {
        if let figure = native.object as? Figure {
            let titled = figure.plot.title.isEmpty ? "" : " \"\(figure.plot.title)\""
            return "Figure\(titled) (\(figure.rows)×\(figure.columns) panels, \(Int(figure.width))×\(Int(figure.height)))"
        }
        if let panel = native.object as? Plot {
            let titled = panel.title.isEmpty ? "" : " \"\(panel.title)\""
            return "Plot\(titled) (\(panel.seriesCount) series)"
        }
        return String(describing: native.object)
    }
}
