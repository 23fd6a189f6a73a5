/// A series of points: joined by a line, marked, or both; optionally filled down to zero.
struct LineLayer: PlotLayer {
    var x: [Double]
    var y: [Double]
    var label: String
    var color: Color
    var width: Double
    var dash: LineDash
    var marker: Marker?
    var markerSize: Double
    /// Whether consecutive points are joined (false for a scatter).
    var connect: Bool
    /// Whether the area between the line and y = 0 is filled (density views).
    var fillToZero: Bool
    /// The name used in messages ("line", "scatter", "density").
    var kind: String

    var count: Int { min(x.count, y.count) }

    func extent(xScale: Scale, yScale: Scale) -> DataExtent {
        var xs: Interval?, ys: Interval?
        for i in 0..<count where xScale.accepts(x[i]) && yScale.accepts(y[i]) {
            xs = Interval(lower: x[i], upper: x[i]).union(xs)
            ys = Interval(lower: y[i], upper: y[i]).union(ys)
        }
        if fillToZero, yScale.accepts(0), let range = ys { ys = range.union(Interval(lower: 0, upper: 0)) }
        return DataExtent(x: xs, y: ys, stickyY: fillToZero ? [0] : [])
    }

    func problems(xScale: Scale, yScale: Scale) -> [String] {
        var out: [String] = []
        let name = label.isEmpty ? kind : "\(kind) “\(label)”"
        if x.count != y.count {
            out.append("\(name): x has \(x.count) values but y has \(y.count); pass arrays of equal length")
        }
        for (axis, values, scale) in [("x", x, xScale), ("y", y, yScale)] where scale.isLog {
            let bad = values.indices.filter { values[$0].isFinite && values[$0] <= 0 }
            if let first = bad.first {
                out.append("\(name): \(bad.count) of \(values.count) \(axis) values are ≤ 0 (first: \(NumberLabels.general(values[first])) at index \(first)) and cannot be shown on a log \(axis) axis; use \(axis)Scale = .symlog(threshold:) or .linear, or drop them")
            }
        }
        return out
    }

    var legendEntry: LegendEntry? {
        guard !label.isEmpty else { return nil }
        if !connect, let marker { return LegendEntry(label: label, swatch: .marker(color: color, marker: marker)) }
        return LegendEntry(label: label, swatch: .line(color: color, width: width, dash: dash, marker: marker))
    }

    func hasDrawableData(xScale: Scale, yScale: Scale) -> Bool {
        (0..<count).contains { xScale.accepts(x[$0]) && yScale.accepts(y[$0]) }
    }

    func pixels(_ context: DrawContext) -> [PixelPoint?] {
        (0..<count).map { i in
            guard let px = context.x.pixel(x[i]), let py = context.y.pixel(y[i]) else { return nil }
            return PixelPoint(x: px, y: py)
        }
    }

    func draw(_ context: inout DrawContext) {
        let points = pixels(context)
        let colorText = color.hexString
        var isolated: [PixelPoint] = []
        if connect {
            let subpaths = Decimation.subpaths(points)
            if fillToZero {
                let base = context.y.pixel(0) ?? context.plotArea.maxY
                context.writer.raw("<path fill=\"\(colorText)\" fill-opacity=\"0.25\" stroke=\"none\" d=\"")
                var path = PathBuilder()
                for sub in subpaths where sub.count > 1 {
                    guard let first = sub.first, let last = sub.last else { continue }
                    path.polyline(sub + [PixelPoint(x: last.x, y: base), PixelPoint(x: first.x, y: base)], closed: true, in: &context.writer)
                }
                context.writer.raw("\"/>\n")
            }
            if width > 0 {
                context.writer.raw("<path fill=\"none\" stroke=\"\(colorText)\" stroke-width=\"")
                context.writer.number(width)
                context.writer.raw("\" stroke-linejoin=\"round\" stroke-linecap=\"\(dash == .solid ? "round" : "butt")\"")
                if let dashes = dash.dashArray(width: width) {
                    context.writer.raw(" stroke-dasharray=\"")
                    for (i, d) in dashes.enumerated() { if i > 0 { context.writer.byte(UInt8(ascii: " ")) }; context.writer.number(d, decimals: 1) }
                    context.writer.raw("\"")
                }
                context.writer.raw(" d=\"")
                var path = PathBuilder()
                for sub in subpaths {
                    if sub.count == 1 { isolated.append(sub[0]); continue }
                    path.polyline(sub, in: &context.writer)
                    for (a, b) in zip(sub, sub.dropFirst()) { context.obstacles.append(.segment(a, b)) }
                }
                context.writer.raw("\"/>\n")
            }
        }
        var markerPoints: [PixelPoint] = []
        if marker != nil || !connect {
            var seen = Set<Int64>()
            for case let p? in points {
                let key = Int64(PathBuilder.tenths(p.x) / 5) &* 4_000_003 &+ Int64(PathBuilder.tenths(p.y) / 5)
                if seen.insert(key).inserted { markerPoints.append(p) }
            }
            for p in markerPoints { context.obstacles.append(.segment(p, p)) }
        }
        if let marker = marker ?? (connect ? nil : .circle), !markerPoints.isEmpty {
            drawMarkers(marker, at: markerPoints, radius: markerSize / 2, context: &context)
        }
        if !isolated.isEmpty && marker == nil {
            for p in isolated { context.obstacles.append(.segment(p, p)) }
            drawMarkers(.circle, at: isolated, radius: max(width * 1.5, 2), context: &context)
        }
    }

    private func drawMarkers(_ marker: Marker, at points: [PixelPoint], radius: Double, context: inout DrawContext) {
        let colorText = color.hexString
        if marker.isStroked {
            context.writer.raw("<path fill=\"none\" stroke=\"\(colorText)\" stroke-width=\"1.5\" d=\"")
        } else {
            context.writer.raw("<path fill=\"\(colorText)\" stroke=\"#ffffff\" stroke-width=\"0.5\" d=\"")
        }
        var path = PathBuilder()
        for p in points { marker.append(at: p, radius: radius, path: &path, writer: &context.writer) }
        context.writer.raw("\"/>\n")
    }
}
