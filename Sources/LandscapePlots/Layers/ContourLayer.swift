/// Filled contours of a function on a grid (`values[row][column]` at `(x[column], y[row])`), with
/// optional contour lines and a colour bar of the bands.
struct ContourLayer: PlotLayer {
    var x: [Double]
    var y: [Double]
    var values: [[Double]]
    var levelCount: Int
    var map: ColorMap
    var showLines: Bool
    var showColorBar: Bool
    var label: String
    /// The values the colours span, when given; otherwise the data's range.
    var range: ClosedRange<Double>? = nil
    var inputProblems: [String] = []

    var isWellFormed: Bool {
        x.count >= 2 && y.count >= 2 && values.count == y.count && values.allSatisfy { $0.count == x.count }
    }

    func extent(xScale: Scale, yScale: Scale) -> DataExtent {
        DataExtent(x: Interval.of(x, on: xScale), y: Interval.of(y, on: yScale), tight: true)
    }

    func problems(xScale: Scale, yScale: Scale) -> [String] {
        var out = inputProblems
        if !isWellFormed {
            out.append("contour: values must have y.count = \(y.count) rows of x.count = \(x.count) columns (at least 2 × 2); got \(values.count) rows")
        }
        for (axis, grid, scale) in [("x", x, xScale), ("y", y, yScale)] where grid.contains(where: { !scale.accepts($0) }) {
            out.append("contour: every \(axis) grid value must be finite\(scale.isLog ? " and positive on a log axis" : "")")
        }
        return out
    }

    var legendEntry: LegendEntry? { nil }

    func hasDrawableData(xScale: Scale, yScale: Scale) -> Bool { values.contains { $0.contains { $0.isFinite } } }

    /// Band edges: the data minimum, nice levels inside, the data maximum.
    var boundaries: [Double] {
        let range = self.range.map { Interval(lower: $0.lowerBound, upper: $0.upperBound) }
            ?? Interval.of(values.joined(), on: .linear) ?? Interval(lower: 0, upper: 1)
        guard range.upper > range.lower else { return [range.lower, range.lower + 1] }
        let inside = LinearTicks.make(lower: range.lower, upper: range.upper, targetCount: max(levelCount, 2)).major
            .map(\.value).filter { $0 > range.lower && $0 < range.upper }
        return [range.lower] + inside + [range.upper]
    }

    var resolvedMap: ColorMap {
        let edges = boundaries
        return map.resolved(low: edges.first ?? 0, high: edges.last ?? 1)
    }

    func bandColor(_ band: Int, of bandCount: Int) -> Color {
        resolvedMap.color(at: (Double(band) + 0.5) / Double(max(bandCount, 1)))
    }

    var colorBar: ColorBarSpec? {
        guard showColorBar, isWellFormed, hasDrawableData(xScale: .linear, yScale: .linear) else { return nil }
        let edges = boundaries
        return ColorBarSpec(map: resolvedMap, lower: edges.first ?? 0, upper: edges.last ?? 1, boundaries: edges, label: label)
    }

    func draw(_ context: inout DrawContext) {
        guard isWellFormed else { return }
        let edges = boundaries
        let bandCount = edges.count - 1
        func pixel(_ p: MarchingSquares.GridPoint) -> PixelPoint {
            func along(_ grid: [Double], _ t: Double) -> Double {
                let k = min(max(Int(t), 0), grid.count - 2)
                return grid[k] + (t - Double(k)) * (grid[k + 1] - grid[k])
            }
            return PixelPoint(x: context.x.pixelClamped(along(x, p.i)), y: context.y.pixelClamped(along(y, p.j)))
        }
        for band in 0..<bandCount {
            let level = band == 0 ? -Double.infinity : edges[band]
            let polygons = MarchingSquares.region(values: values, atLeast: level)
            guard !polygons.isEmpty else { continue }
            let color = bandColor(band, of: bandCount).hexString
            context.writer.raw("<path fill=\"\(color)\" stroke=\"\(color)\" stroke-width=\"0.5\" stroke-linejoin=\"round\" d=\"")
            var path = PathBuilder()
            for polygon in polygons { path.polyline(polygon.map(pixel), closed: true, in: &context.writer) }
            context.writer.raw("\"/>\n")
        }
        if showLines && bandCount > 1 {
            context.writer.raw("<path fill=\"none\" stroke=\"#000000\" stroke-opacity=\"0.45\" stroke-width=\"0.8\" d=\"")
            var path = PathBuilder()
            for level in edges.dropFirst().dropLast() {
                for (a, b) in MarchingSquares.isoline(values: values, level: level) {
                    path.polyline([pixel(a), pixel(b)], in: &context.writer)
                }
            }
            context.writer.raw("\"/>\n")
        }
        context.softObstacles.append(.box(context.plotArea))
    }
}
