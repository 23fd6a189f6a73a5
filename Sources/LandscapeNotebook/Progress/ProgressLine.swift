/// The one-line text form of a progress bar, `title [█████░░░░░] 50% detail`: the text/plain of the
/// notebook kernel's live bar and what an exported program draws on a terminal.
public enum ProgressLine {
    /// Characters in the bar.
    public static let width = 30

    /// `fraction` clamped to [0, 1] (non-finite values count as 0).
    public static func clamped(_ fraction: Double) -> Double {
        min(max(fraction.isFinite ? fraction : 0, 0), 1)
    }

    /// The line for `title` at `fraction` done, followed by `detail`.
    public static func text(title: String, fraction: Double, detail: String) -> String {
        let done = clamped(fraction)
        let filled = Int((done * Double(width)).rounded(.down))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let percent = Int((done * 100).rounded(.down))
        return "\(title) [\(bar)] \(percent)% \(detail)"
    }

    /// What a finished bar ends as when the value shown next already says its summary:
    /// `title [██████████████████████████████] 100% done`.
    public static func finished(title: String) -> String {
        text(title: title, fraction: 1, detail: "done")
    }

    /// What is left of `shown`, a value's text, once a finished bar's one-line `summary` has been seen:
    /// nil when `shown` does not begin with that line (all of it is new), otherwise the lines after it
    /// ("" when `shown` is the summary itself).
    public static func remainder(of shown: String, after summary: String) -> String? {
        guard !summary.isEmpty else { return nil }
        if shown == summary { return "" }
        let firstLine = summary + "\n"
        guard shown.hasPrefix(firstLine) else { return nil }
        return String(shown.dropFirst(firstLine.count))
    }
}
