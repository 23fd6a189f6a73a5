import Foundation

/// The one-line summary that an exported program's last finished progress bar printed, kept until the
/// program shows its next value: when that value's text begins with the summary (as where a cell ends
/// with the training, sweep or protocol call itself), `show(_:)` and `display(_:)` print only what
/// follows it, so the summary is printed once, as the notebook shows it once. (The notebook applies the
/// rule within a cell; a program has no cells, so a value shown first in a later cell that repeats the
/// summary is shortened here, not in the notebook.)
enum FinishedSummary {
    private static let state = State()

    private final class State: @unchecked Sendable {
        let lock = NSLock()
        var summary: String?
    }

    /// Remembers `summary`, just printed by a finished bar.
    static func record(_ summary: String) {
        state.lock.lock()
        state.summary = summary
        state.lock.unlock()
    }

    /// Prints `text`, a value being shown, without a leading summary line that the last finished bar
    /// printed; forgets that summary either way.
    static func printUnrepeated(_ text: String) {
        state.lock.lock()
        let summary = state.summary
        state.summary = nil
        state.lock.unlock()
        guard let summary, let rest = ProgressLine.remainder(of: text, after: summary) else {
            print(text)
            return
        }
        if !rest.isEmpty { print(rest) }
    }
}
