/// Vertical bars from zero (or the bottom of a log axis) to each height: bar charts and histograms.
struct BarLayer: PlotLayer {
    var centers: [Double]
    var heights: [Double]
    var widths: [Double]
    var label: String
    var color: Color
    /// The name used in messages ("bars", "histogram").
    var kind: String
    /// Extra problems found when the layer was made (bad bin counts…).
    var inputProblems: [String] = []

    var count: Int { min(centers.count, heights.count, widths.count) }

    func extent(xScale: Scale, yScale: Scale) -> DataExtent {
        var xs: Interval?, ys: Interval?
        for i in 0..<count where centers[i].isFinite && heights[i].isFinite && widths[i].isFinite {
            let left = centers[i] - widths[i] / 2, right = centers[i] + widths[i] / 2
            if xScale.accepts(left) && xScale.accepts(right) { xs = Interval(lower: left, upper: right).union(xs) }
            if yScale.accepts(heights[i]) { ys = Interval(lower: heights[i], upper: heights[i]).union(ys) }
        }
        if yScale.accepts(0), let range = ys { ys = range.union(Interval(lower: 0, upper: 0)) }
        return DataExtent(x: xs, y: ys, stickyY: [0])
    }

    func problems(xScale: Scale, yScale: Scale) -> [String] {
        var out = inputProblems
        let name = label.isEmpty ? kind : "\(kind) “\(label)”"
        if centers.count != heights.count {
            out.append("\(name): x has \(centers.count) values but heights has \(heights.count); pass arrays of equal length")
        }
        if yScale.isLog, let first = heights.firstIndex(where: { $0.isFinite && $0 < 0 }) {
            out.append("\(name): height \(NumberLabels.general(heights[first])) at index \(first) is negative and cannot be shown on a log y axis; use yScale = .symlog(threshold:) or .linear")
        }
        return out
    }

    var legendEntry: LegendEntry? { label.isEmpty ? nil : LegendEntry(label: label, swatch: .patch(color: color)) }

    func hasDrawableData(xScale: Scale, yScale: Scale) -> Bool {
        (0..<count).contains { centers[$0].isFinite && yScale.accepts(heights[$0]) }
    }

    func draw(_ context: inout DrawContext) {
        let base = context.y.pixel(0) ?? context.plotArea.maxY
        var rects: [PixelRect] = []
        for i in 0..<count {
            guard let left = context.x.pixel(centers[i] - widths[i] / 2), let right = context.x.pixel(centers[i] + widths[i] / 2),
                  let top = context.y.pixel(heights[i]) else { continue }
            rects.append(PixelRect(x: min(left, right), y: min(top, base), width: abs(right - left), height: abs(base - top)))
        }
        guard !rects.isEmpty else { return }
        let narrow = rects.contains { $0.width < 3 }
        context.writer.raw("<path fill=\"\(color.hexString)\"")
        if !narrow { context.writer.raw(" stroke=\"#ffffff\" stroke-width=\"0.8\"") }
        context.writer.raw(" d=\"")
        var path = PathBuilder()
        for r in rects {
            path.polyline([PixelPoint(x: r.x, y: r.y), PixelPoint(x: r.maxX, y: r.y), PixelPoint(x: r.maxX, y: r.maxY),
                           PixelPoint(x: r.x, y: r.maxY)], closed: true, in: &context.writer)
            context.obstacles.append(.box(r))
        }
        context.writer.raw("\"/>\n")
    }
}
