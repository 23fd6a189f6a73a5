/// A figure's one-line text form: what a notebook's text/plain (and an exported program's print) shows.
extension Figure: CustomStringConvertible {
    public var description: String {
        let size = "\(Int(width.rounded()))×\(Int(height.rounded())) px"
        let series = panels.map(\.seriesCount).reduce(0, +)
        let panelText = panels.count == 1 ? "1 panel" : "\(rows)×\(columns) panels"
        let heading = [title, panels.first?.title ?? ""].first { !$0.isEmpty }.map { "\"\($0)\", " } ?? ""
        return "Figure(\(heading)\(size), \(panelText), \(series) series)"
    }
}
