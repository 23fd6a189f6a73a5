/// Text placed at a data position.
struct AnnotationLayer: PlotLayer {
    var text: String
    var x: Double
    var y: Double
    var color: Color
    var fontSize: Double?

    func extent(xScale: Scale, yScale: Scale) -> DataExtent { DataExtent() }

    func problems(xScale: Scale, yScale: Scale) -> [String] {
        xScale.accepts(x) && yScale.accepts(y) ? [] : ["annotation “\(text)” at (\(NumberLabels.general(x)), \(NumberLabels.general(y))) cannot be placed on these axes"]
    }

    var legendEntry: LegendEntry? { nil }

    func hasDrawableData(xScale: Scale, yScale: Scale) -> Bool { false }

    func draw(_ context: inout DrawContext) {
        guard let px = context.x.pixel(x), let py = context.y.pixel(y) else { return }
        let size = fontSize ?? 14
        let runs = MathText.runs(text)
        TextRenderer.write(runs, x: px + 4, y: py - 4, fontSize: size, color: color.hexString, writer: &context.writer)
        let width = TextMetrics.width(runs, fontSize: size)
        context.obstacles.append(.box(PixelRect(x: px + 4, y: py - 4 - size, width: width, height: size)))
    }
}
