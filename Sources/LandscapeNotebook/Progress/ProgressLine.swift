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
}
