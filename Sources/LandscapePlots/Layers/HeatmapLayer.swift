/// A matrix drawn as coloured cells (row 0 at the top), with a colour bar.
///
/// Matrices larger than `maximumCells` per side are averaged in blocks first (NaN cells ignored), so
/// a 3,000 × 3,000 Hessian gives a figure of bounded size; cells of equal colour in a row are merged.
struct HeatmapLayer: PlotLayer {
    var values: [Double]
    var rows: Int
    var columns: Int
    var map: ColorMap
    var showColorBar: Bool
    var label: String
    var inputProblems: [String] = []

    static let maximumCells = 160
    static let levels = 256

    var integerAxes: Bool { true }
    var invertsY: Bool { true }

    func extent(xScale: Scale, yScale: Scale) -> DataExtent {
        guard rows > 0, columns > 0 else { return DataExtent() }
        return DataExtent(x: Interval(lower: -0.5, upper: Double(columns) - 0.5),
                          y: Interval(lower: -0.5, upper: Double(rows) - 0.5), tight: true)
    }

    func problems(xScale: Scale, yScale: Scale) -> [String] {
        var out = inputProblems
        if xScale != .linear || yScale != .linear { out.append("heatmap: axes show matrix indices and must be linear") }
        return out
    }

    var legendEntry: LegendEntry? { nil }

    func hasDrawableData(xScale: Scale, yScale: Scale) -> Bool { values.contains { $0.isFinite } }

    /// Finite value range, symmetric about zero for the diverging map.
    var valueRange: (map: ColorMap, lower: Double, upper: Double) {
        let range = Interval.of(values, on: .linear) ?? Interval(lower: 0, upper: 1)
        let resolved = map.resolved(low: range.lower, high: range.upper)
        var lower = range.lower, upper = range.upper
        if resolved == .diverging {
            let m = max(abs(lower), abs(upper))
            lower = -m; upper = m
        }
        if lower == upper { lower -= 1; upper += 1 }
        return (resolved, lower, upper)
    }

    var colorBar: ColorBarSpec? {
        guard showColorBar, values.contains(where: { $0.isFinite }) else { return nil }
        let r = valueRange
        return ColorBarSpec(map: r.map, lower: r.lower, upper: r.upper, boundaries: nil, label: label)
    }

    func draw(_ context: inout DrawContext) {
        guard rows > 0, columns > 0, values.count == rows * columns else { return }
        let blockRows = max(1, (rows + Self.maximumCells - 1) / Self.maximumCells)
        let blockColumns = max(1, (columns + Self.maximumCells - 1) / Self.maximumCells)
        let outRows = (rows + blockRows - 1) / blockRows, outColumns = (columns + blockColumns - 1) / blockColumns
        let range = valueRange
        // Colour level of each output cell (-1 for no finite value).
        var levels = [Int](repeating: -1, count: outRows * outColumns)
        for r in 0..<outRows {
            for c in 0..<outColumns {
                var sum = 0.0, n = 0
                for i in (r * blockRows)..<min((r + 1) * blockRows, rows) {
                    for j in (c * blockColumns)..<min((c + 1) * blockColumns, columns) {
                        let v = values[i * columns + j]
                        if v.isFinite { sum += v; n += 1 }
                    }
                }
                guard n > 0 else { continue }
                let t = (sum / Double(n) - range.lower) / (range.upper - range.lower)
                let level = t.isFinite ? (min(max(t, 0), 1) * Double(Self.levels - 1)).rounded() : (t > 0 ? Double(Self.levels - 1) : 0)
                levels[r * outColumns + c] = Int(level)
            }
        }
        // Runs of equal level per row, grouped by level so each colour is one path.
        var runsByLevel: [Int: [(row: Int, start: Int, end: Int)]] = [:]
        for r in 0..<outRows {
            var c = 0
            while c < outColumns {
                let level = levels[r * outColumns + c]
                var end = c + 1
                while end < outColumns && levels[r * outColumns + end] == level { end += 1 }
                runsByLevel[level, default: []].append((r, c, end))
                c = end
            }
        }
        func cellEdge(_ index: Int, block: Int, limit: Int) -> Double { Double(min(index * block, limit)) - 0.5 }
        context.writer.raw("<g shape-rendering=\"crispEdges\">\n")
        for level in runsByLevel.keys.sorted() {
            guard let runs = runsByLevel[level] else { continue }
            let color = level < 0 ? Color(hex: 0xDDDDDD) : range.map.color(at: Double(level) / Double(Self.levels - 1))
            context.writer.raw("<path fill=\"\(color.hexString)\" d=\"")
            var path = PathBuilder()
            for run in runs {
                let x0 = context.x.pixelClamped(cellEdge(run.start, block: blockColumns, limit: columns))
                let x1 = context.x.pixelClamped(cellEdge(run.end, block: blockColumns, limit: columns))
                let y0 = context.y.pixelClamped(cellEdge(run.row, block: blockRows, limit: rows))
                let y1 = context.y.pixelClamped(cellEdge(run.row + 1, block: blockRows, limit: rows))
                path.polyline([PixelPoint(x: x0, y: y0), PixelPoint(x: x1, y: y0), PixelPoint(x: x1, y: y1), PixelPoint(x: x0, y: y1)],
                              closed: true, in: &context.writer)
            }
            context.writer.raw("\"/>\n")
        }
        context.writer.raw("</g>\n")
        context.softObstacles.append(.box(context.plotArea))
    }
}
