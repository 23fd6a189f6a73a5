/// A horizontal or vertical line across the whole plot area (a bound, a threshold, a true value).
struct ReferenceLineLayer: PlotLayer {
    enum Orientation { case horizontal, vertical }
    var orientation: Orientation
    var value: Double
    var label: String
    var color: Color
    var width: Double
    var dash: LineDash

    func extent(xScale: Scale, yScale: Scale) -> DataExtent {
        let scale = orientation == .horizontal ? yScale : xScale
        guard scale.accepts(value) else { return DataExtent() }
        let interval = Interval(lower: value, upper: value)
        return orientation == .horizontal ? DataExtent(x: nil, y: interval) : DataExtent(x: interval, y: nil)
    }

    func problems(xScale: Scale, yScale: Scale) -> [String] {
        let (axis, scale) = orientation == .horizontal ? ("y", yScale) : ("x", xScale)
        guard !scale.accepts(value) else { return [] }
        return ["reference line at \(axis) = \(NumberLabels.general(value)) cannot be shown on this \(axis) axis\(scale.isLog ? " (log axes need positive values)" : "")"]
    }

    var legendEntry: LegendEntry? {
        label.isEmpty ? nil : LegendEntry(label: label, swatch: .line(color: color, width: width, dash: dash, marker: nil))
    }

    func hasDrawableData(xScale: Scale, yScale: Scale) -> Bool { false }

    func draw(_ context: inout DrawContext) {
        let area = context.plotArea
        let ends: [PixelPoint]
        switch orientation {
        case .horizontal:
            guard let y = context.y.pixel(value) else { return }
            ends = [PixelPoint(x: area.x, y: y), PixelPoint(x: area.maxX, y: y)]
        case .vertical:
            guard let x = context.x.pixel(value) else { return }
            ends = [PixelPoint(x: x, y: area.y), PixelPoint(x: x, y: area.maxY)]
        }
        context.writer.raw("<path fill=\"none\" stroke=\"\(color.hexString)\" stroke-width=\"")
        context.writer.number(width)
        context.writer.raw("\"")
        if let dashes = dash.dashArray(width: width) {
            context.writer.raw(" stroke-dasharray=\"")
            for (i, d) in dashes.enumerated() { if i > 0 { context.writer.byte(UInt8(ascii: " ")) }; context.writer.number(d, decimals: 1) }
            context.writer.raw("\"")
        }
        context.writer.raw(" d=\"")
        var path = PathBuilder()
        path.polyline(ends, in: &context.writer)
        context.writer.raw("\"/>\n")
        context.softObstacles.append(.segment(ends[0], ends[1]))
    }
}
