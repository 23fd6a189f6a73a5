import Foundation

/// A progress bar for an exported program: while the work runs, the bar is redrawn in place on
/// standard error (at most ten times a second, and only when standard error is a terminal); at the
/// end the one-line summary is printed to standard output, as the notebook's bar ends. When the value
/// shown next begins with that summary, `show(_:)` leaves it out (`FinishedSummary`), as the notebook
/// then ends the bar as a completed bar and shows the summary once, in the result.
final class TerminalProgress {
    private let title: String
    private let drawsLive: Bool
    private var lastDraw = Date.distantPast
    private var drewSomething = false

    init(_ title: String) {
        self.title = title
        drawsLive = isatty(STDERR_FILENO) == 1
    }

    /// Redraws the bar unless the last redraw was less than a tenth of a second ago.
    func update(fraction: Double, detail: String) {
        guard drawsLive else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        drewSomething = true
        write("\r\u{1B}[2K" + ProgressLine.text(title: title, fraction: fraction, detail: detail))
    }

    /// Erases the bar and prints `summary` on standard output.
    func finish(_ summary: String) {
        if drewSomething { write("\r\u{1B}[2K") }
        print(summary)
        FinishedSummary.record(summary)
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
