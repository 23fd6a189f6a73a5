import Foundation
import JupyterKernel
import LandscapeNotebook

/// One live progress bar for long library work: shown with `display_data` and a display id, updated
/// with `update_display_data` at most ten times a second, and replaced at the end by a one-line summary.
/// Each update carries text/plain (what an exported notebook keeps) and text/html.
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

    /// Replaces the bar by a one-line summary.
    func finish(_ summary: String) {
        let escaped = summary.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        context.updateDisplay(DisplayValue(data: ["text/plain": .string(summary), "text/html": .string("<pre>\(escaped)</pre>")]),
                              displayID: id)
    }

    static func bundle(title: String, fraction: Double, detail: String) -> DisplayValue {
        let text = ProgressLine.text(title: title, fraction: fraction, detail: detail)
        let done = ProgressLine.clamped(fraction)
        let percent = Int((done * 100).rounded(.down))
        let html = "<div><span>\(title)</span> <progress value=\"\(done)\" max=\"1\" style=\"width:300px\"></progress> \(percent)% <code>\(detail)</code></div>"
        return DisplayValue(data: ["text/plain": .string(text), "text/html": .string(html)])
    }
}
