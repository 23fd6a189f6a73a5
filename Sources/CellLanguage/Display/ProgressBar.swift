import Foundation
import JupyterKernel
import LandscapeNotebook

/// One live progress bar for long library work: shown with `display_data` and a display id, updated
/// with `update_display_data` at most ten times a second, and replaced at the end by a one-line summary.
/// Each update carries text/plain (what an exported notebook keeps) and text/html.
///
/// The summary is said once: when the next value the cell shows (its result, or a `display`) begins
/// with it, as where a cell ends with `net.train(…)` itself, the bar is updated once more to its
/// completed state without the summary (`ProgressLine.finished`), and the value says the rest.
final class ProgressBar {
    private let context: CallContext
    private let id: String
    private let title: String
    private var lastUpdate = Date.distantPast
    static let minimumInterval: TimeInterval = 0.1

    init(_ title: String, context: CallContext) {
        self.context = context
        self.title = title
        self.id = "landscape-progress-\(UUID().uuidString)"
        context.display(Self.bundle(title: title, fraction: 0, detail: "starting"), displayID: id)
    }

    /// Updates the bar unless the last update was less than a tenth of a second ago.
    func update(fraction: Double, detail: String) {
        let now = Date()
        guard now.timeIntervalSince(lastUpdate) >= Self.minimumInterval else { return }
        lastUpdate = now
        context.updateDisplay(Self.bundle(title: title, fraction: fraction, detail: detail), displayID: id)
    }

    /// Replaces the bar by a one-line summary, which the cell's next shown value may make redundant
    /// (`Evaluator.settleFinishedProgress`).
    func finish(_ summary: String) {
        let escaped = summary.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        context.updateDisplay(DisplayValue(data: ["text/plain": .string(summary), "text/html": .string("<pre>\(escaped)</pre>")]),
                              displayID: id)
        context.evaluator.finishedProgress = FinishedProgress(displayID: id, title: title, summary: summary)
    }

    /// The bar completed, without a summary: what it ends as when the value shown next says the summary.
    static func completedBundle(title: String) -> DisplayValue {
        var bundle = bundle(title: title, fraction: 1, detail: "done")
        bundle.data["text/plain"] = .string(ProgressLine.finished(title: title))
        return bundle
    }

    static func bundle(title: String, fraction: Double, detail: String) -> DisplayValue {
        let text = ProgressLine.text(title: title, fraction: fraction, detail: detail)
        let done = ProgressLine.clamped(fraction)
        let percent = Int((done * 100).rounded(.down))
        let html = "<div><span>\(title)</span> <progress value=\"\(done)\" max=\"1\" style=\"width:300px\"></progress> \(percent)% <code>\(detail)</code></div>"
        return DisplayValue(data: ["text/plain": .string(text), "text/html": .string(html)])
    }
}

/// The last progress bar of the running cell that ended with a summary, until the cell shows a value.
struct FinishedProgress {
    let displayID: String
    let title: String
    let summary: String
}

extension Evaluator {
    /// Called with every value the cell shows (`display` and the cell's result): when a progress bar
    /// finished since the last one and `shown`'s text begins with the bar's summary, the bar is updated
    /// to its completed state, so that the summary is seen once. Forgets the bar either way.
    func settleFinishedProgress(shownAs shown: DisplayValue) {
        guard let bar = finishedProgress else { return }
        finishedProgress = nil
        guard case .string(let text)? = shown.data["text/plain"],
              ProgressLine.remainder(of: text, after: bar.summary) != nil else { return }
        output.updateDisplay(ProgressBar.completedBundle(title: bar.title), displayID: bar.displayID)
    }
}
