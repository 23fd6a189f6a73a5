/// Turns a `Figure` into SVG: plans every panel, aligns margins across rows and columns, applies
/// shared axes, then draws.
struct FigureRenderer {
    let figure: Figure

    static let fontFamily = "DejaVu Sans, Helvetica, Arial, sans-serif"

    func document() -> String {
        let width = figure.width.isFinite ? min(max(figure.width, 50), 20_000) : 640
        let height = figure.height.isFinite ? min(max(figure.height, 50), 20_000) : 440
        let fontSize = figure.fontSize.isFinite ? min(max(figure.fontSize, 4), 100) : 16
        var writer = SVGWriter()
        writer.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        writer.number(width); writer.raw("\" height=\""); writer.number(height)
        writer.raw("\" viewBox=\"0 0 "); writer.number(width); writer.byte(UInt8(ascii: " ")); writer.number(height)
        writer.raw("\" font-family=\"\(Self.fontFamily)\" fill=\"#262626\" role=\"img\">\n")
        // A text alternative for screen readers and a tooltip: the figure's title, else the panels'.
        let caption = ([figure.title] + figure.panels.map(\.title)).filter { !$0.isEmpty }.map(MathText.unicode).joined(separator: "; ")
        if !caption.isEmpty {
            writer.raw("<title>"); writer.escaped(caption); writer.raw("</title>\n")
        }
        writer.raw("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")

        var top = 0.0
        if !figure.title.isEmpty {
            let titleFont = fontSize * 1.25
            TextRenderer.write(figure.title, x: width / 2, y: 8 + titleFont, fontSize: titleFont, anchor: .middle, writer: &writer)
            top = titleFont * 1.3 + 10
        }
        let rows = figure.rows, columns = figure.columns
        let cellWidth = width / Double(columns), cellHeight = (height - top) / Double(rows)

        var plans = figure.panels.enumerated().map { PanelPlan(plot: $0.element, index: $0.offset, columns: columns, fontSize: fontSize) }
        shareLimits(&plans)
        var areas = layout(&plans, cellWidth: cellWidth, cellHeight: cellHeight, top: top, fontSize: fontSize)
        // An automatic legend that would cover data wherever it goes inside moves out to the right,
        // when that leaves the plot most of the cell.
        var moved = false
        for k in plans.indices where plans[k].plot.legend == .auto {
            guard let legend = plans[k].legend, legend.size.width < 0.35 * cellWidth else { continue }
            if PanelRenderer(plan: plans[k], area: areas[k], fontSize: fontSize, extraProblems: []).insideLegendDataHits() > 0 {
                plans[k].legendOutside = true
                moved = true
            }
        }
        if moved { areas = layout(&plans, cellWidth: cellWidth, cellHeight: cellHeight, top: top, fontSize: fontSize) }
        let figureProblems = figure.setupProblems
        for (plan, area) in zip(plans, areas) {
            PanelRenderer(plan: plan, area: area, fontSize: fontSize, extraProblems: plan.index == 0 ? figureProblems : []).draw(&writer)
        }
        writer.raw("</svg>\n")
        return writer.finish()
    }

    /// Prepares every panel's ticks and margins, then aligns plot areas: one left/right margin per
    /// column, one top/bottom margin per row.
    private func layout(_ plans: inout [PanelPlan], cellWidth: Double, cellHeight: Double, top: Double, fontSize: Double) -> [PixelRect] {
        for k in plans.indices { plans[k].prepare(cellWidth: cellWidth, cellHeight: cellHeight, fontSize: fontSize) }
        var left = [Double](repeating: 0, count: figure.columns), right = left
        var topMargin = [Double](repeating: 0, count: figure.rows), bottom = topMargin
        for plan in plans {
            left[plan.column] = max(left[plan.column], plan.margins.left)
            right[plan.column] = max(right[plan.column], plan.margins.right)
            topMargin[plan.row] = max(topMargin[plan.row], plan.margins.top)
            bottom[plan.row] = max(bottom[plan.row], plan.margins.bottom)
        }
        return plans.map { plan in
            let cellX = Double(plan.column) * cellWidth, cellY = top + Double(plan.row) * cellHeight
            return PixelRect(x: cellX + left[plan.column], y: cellY + topMargin[plan.row],
                             width: max(cellWidth - left[plan.column] - right[plan.column], 10),
                             height: max(cellHeight - topMargin[plan.row] - bottom[plan.row], 10))
        }
    }

    /// Gives panels of a shared column the union of their x limits (rows: y limits), and hides inner
    /// tick labels.
    private func shareLimits(_ plans: inout [PanelPlan]) {
        let rows = figure.rows, columns = figure.columns
        if figure.sharedX {
            for c in 0..<columns {
                let members = plans.indices.filter { plans[$0].column == c && plans[$0].plot.xLimits == nil }
                let sameScale = members.filter { plans[$0].plot.xScale == plans[members[0]].plot.xScale }
                if let union = sameScale.map({ plans[$0].xLimits }).reduce(nil, { (acc: Interval?, next) in next.union(acc) }) {
                    for k in sameScale { plans[k].xLimits = union }
                }
            }
            for k in plans.indices where plans[k].row < rows - 1 { plans[k].showXTickLabels = false; plans[k].showXLabel = false }
        }
        if figure.sharedY {
            for r in 0..<rows {
                let members = plans.indices.filter { plans[$0].row == r && plans[$0].plot.yLimits == nil }
                let sameScale = members.filter { plans[$0].plot.yScale == plans[members[0]].plot.yScale }
                if let union = sameScale.map({ plans[$0].yLimits }).reduce(nil, { (acc: Interval?, next) in next.union(acc) }) {
                    for k in sameScale { plans[k].yLimits = union }
                }
            }
            for k in plans.indices where plans[k].column > 0 { plans[k].showYTickLabels = false; plans[k].showYLabel = false }
        }
    }
}
