/// A panel's one-line text form (a notebook's text/plain, an exported program's print).
extension Plot: CustomStringConvertible {
    public var description: String {
        let titled = title.isEmpty ? "" : " \"\(title)\""
        return "Plot\(titled) (\(seriesCount) series)"
    }
}
