import Foundation

/// A figure: a grid of panels (`Plot`s) rendered together as one standalone SVG.
///
/// ```swift
/// let figure = Figure()                       // 640 × 440 px, one panel
/// figure.plot.line(y: losses, label: "h = 4, L = 5")
/// figure.plot.yScale = .log
/// let svg = figure.svg                        // or try figure.save(to: "losses.svg")
///
/// let pair = Figure(rows: 1, columns: 2, sharedY: true)
/// pair[0, 0].title = "h"; pair[0, 1].title = "L"
/// ```
public final class Figure {
    /// Number of panel rows.
    public let rows: Int
    /// Number of panel columns.
    public let columns: Int
    /// Width in CSS pixels.
    public var width: Double
    /// Height in CSS pixels.
    public var height: Double
    /// A title above all panels (empty for none).
    public var title: String = ""
    /// The base font size in pixels: axis labels use it, tick labels and legends 7/8 of it, titles 9/8.
    public var fontSize: Double = 18
    /// All panels in the same column share x limits and only the bottom row labels its x ticks.
    public let sharedX: Bool
    /// All panels in the same row share y limits and only the left column labels its y ticks.
    public let sharedY: Bool

    /// The panels in row-major order.
    public let panels: [Plot]
    var setupProblems: [String] = []

    /// A figure of `rows` × `columns` panels, `width` × `height` CSS pixels (nil: 640 × 440 for one
    /// panel, 430 px per column and 330 px per row for grids).
    public init(width: Double? = nil, height: Double? = nil, rows: Int = 1, columns: Int = 1,
                sharedX: Bool = false, sharedY: Bool = false) {
        var problems: [String] = []
        if rows < 1 || rows > 20 || columns < 1 || columns > 20 {
            problems.append("a figure has 1 to 20 rows and columns of panels (asked for \(rows) × \(columns))")
        }
        self.rows = min(max(rows, 1), 20)
        self.columns = min(max(columns, 1), 20)
        let defaultWidth = self.columns == 1 ? 640 : 430 * Double(self.columns)
        let defaultHeight = self.rows == 1 ? 440 : 330 * Double(self.rows)
        self.width = width ?? defaultWidth
        self.height = height ?? defaultHeight
        self.sharedX = sharedX
        self.sharedY = sharedY
        panels = (0..<(self.rows * self.columns)).map { _ in Plot() }
        setupProblems = problems
    }

    /// A figure of the given size in pixels or inches (`Figure(size: .inches(6.4, 4.8))`).
    public convenience init(size: FigureSize, rows: Int = 1, columns: Int = 1, sharedX: Bool = false, sharedY: Bool = false) {
        let (w, h) = size.pixels
        self.init(width: w, height: h, rows: rows, columns: columns, sharedX: sharedX, sharedY: sharedY)
    }

    /// The first (top-left) panel; the only one in a single-panel figure.
    public var plot: Plot { panels[0] }

    /// The panel at `row`, `column` (0-based). Outside the grid it returns a detached panel and the
    /// figure reports the mistake when drawn, so a typo never crashes a notebook.
    public subscript(row: Int, column: Int) -> Plot {
        if let panel = try? panel(row: row, column: column) { return panel }
        setupProblems.append("panel [\(row), \(column)] is outside the \(rows) × \(columns) grid (rows and columns count from 0)")
        return Plot()
    }

    /// The panel at `row`, `column` (0-based), or an error outside the grid.
    public func panel(row: Int, column: Int) throws -> Plot {
        guard (0..<rows).contains(row), (0..<columns).contains(column) else {
            throw PlotError("panel [\(row), \(column)] is outside the \(rows) × \(columns) grid (rows and columns count from 0)")
        }
        return panels[row * columns + column]
    }

    /// Everything that stops the figure from being drawn faithfully; empty when it can be.
    public var problems: [String] {
        var out = setupProblems
        if !(width.isFinite && height.isFinite && width >= 50 && height >= 50 && width <= 20_000 && height <= 20_000) {
            out.append("figure size must be between 50 and 20,000 pixels per side (got \(NumberLabels.general(width)) × \(NumberLabels.general(height)))")
        }
        if !(fontSize.isFinite && fontSize >= 4 && fontSize <= 100) { out.append("fontSize must be between 4 and 100 pixels") }
        for (index, panel) in panels.enumerated() {
            let place = panels.count > 1 ? "panel [\(index / columns), \(index % columns)]: " : ""
            out += panel.problems.map { place + $0 }
        }
        return out
    }

    /// The figure as a standalone SVG document, or an error saying what cannot be drawn (for example
    /// negative values on a log axis).
    public func render() throws -> String {
        if let first = problems.first {
            let more = problems.count > 1 ? " (and \(problems.count - 1) more problem\(problems.count > 2 ? "s" : ""))" : ""
            throw PlotError(first + more)
        }
        return FigureRenderer(figure: self).document()
    }

    /// The figure as a standalone SVG document. Never fails: a panel that cannot be drawn faithfully
    /// shows its problem in red inside the panel. Same figure, same bytes.
    public var svg: String { FigureRenderer(figure: self).document() }

    /// Writes the SVG to `path` (use `render()` semantics: throws rather than saving a figure with problems).
    public func save(to path: String) throws {
        let document = try render()
        do {
            try document.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw PlotError("could not write the figure to \(path): \(error.localizedDescription)")
        }
    }
}
