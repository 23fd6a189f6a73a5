/// A filled region between two curves over the same x (a mean ± std band), drawn translucent and
/// without an outline; points where either edge cannot be shown split the band.
struct BandLayer: PlotLayer {
    var x: [Double]
    var lower: [Double]
    var upper: [Double]
    var label: String
    var color: Color
    var opacity: Double

    var count: Int { min(x.count, lower.count, upper.count) }

    private func shown(_ i: Int, _ xScale: Scale, _ yScale: Scale) -> Bool {
        xScale.accepts(x[i]) && yScale.accepts(lower[i]) && yScale.accepts(upper[i])
    }

    func extent(xScale: Scale, yScale: Scale) -> DataExtent {
        var xs: Interval?, ys: Interval?
        for i in 0..<count where shown(i, xScale, yScale) {
            xs = Interval(lower: x[i], upper: x[i]).union(xs)
            ys = Interval(lower: min(lower[i], upper[i]), upper: max(lower[i], upper[i])).union(ys)
        }
        return DataExtent(x: xs, y: ys)
    }

    func problems(xScale: Scale, yScale: Scale) -> [String] {
        let name = label.isEmpty ? "band" : "band “\(label)”"
        guard x.count == lower.count, x.count == upper.count else {
            return ["\(name): x has \(x.count) values, lower \(lower.count) and upper \(upper.count); pass arrays of equal length"]
        }
        return []
    }

    var legendEntry: LegendEntry? { label.isEmpty ? nil : LegendEntry(label: label, swatch: .patch(color: color)) }

    func hasDrawableData(xScale: Scale, yScale: Scale) -> Bool {
        (0..<count).contains { shown($0, xScale, yScale) }
    }

    func draw(_ context: inout DrawContext) {
        var runs: [[(PixelPoint, PixelPoint)]] = [[]]
        for i in 0..<count {
            if let px = context.x.pixel(x[i]), let low = context.y.pixel(lower[i]), let high = context.y.pixel(upper[i]) {
                runs[runs.count - 1].append((PixelPoint(x: px, y: low), PixelPoint(x: px, y: high)))
            } else if !(runs.last?.isEmpty ?? true) {
                runs.append([])
            }
        }
        let drawn = runs.filter { $0.count > 1 }
        guard !drawn.isEmpty else { return }
        context.writer.raw("<path fill=\"\(color.hexString)\" fill-opacity=\"")
        context.writer.number(min(max(opacity.isFinite ? opacity : 0.2, 0), 1), decimals: 2)
        context.writer.raw("\" stroke=\"none\" d=\"")
        var path = PathBuilder()
        for run in drawn {
            let outline = run.map(\.1) + run.reversed().map(\.0)
            path.polyline(outline, closed: true, in: &context.writer)
        }
        context.writer.raw("\"/>\n")
        for run in drawn { context.softObstacles.append(contentsOf: zip(run, run.dropFirst()).map { .segment($0.1, $1.1) }) }
    }
}
