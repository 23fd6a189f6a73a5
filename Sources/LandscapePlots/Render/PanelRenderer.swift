/// Draws one planned panel into its plot area.
struct PanelRenderer {
    let plan: PanelPlan
    let area: PixelRect
    let fontSize: Double
    let extraProblems: [String]

    var tickFont: Double { fontSize * 0.875 }
    static let axisColor = "#262626"

    var transforms: (x: AxisTransform, y: AxisTransform) {
        let plot = plan.plot
        let x = AxisTransform(scale: plot.xScale, lower: plan.xLimits.lower, upper: plan.xLimits.upper,
                              pixelLower: area.x, pixelUpper: area.maxX)
        let y = plan.invertsY
            ? AxisTransform(scale: plot.yScale, lower: plan.yLimits.lower, upper: plan.yLimits.upper, pixelLower: area.y, pixelUpper: area.maxY)
            : AxisTransform(scale: plot.yScale, lower: plan.yLimits.lower, upper: plan.yLimits.upper, pixelLower: area.maxY, pixelUpper: area.y)
        return (x, y)
    }

    /// How much data the best inside legend position would cover (0 when a free spot exists).
    func insideLegendDataHits() -> Int {
        guard let legend = plan.legend else { return 0 }
        let (x, y) = transforms
        var context = DrawContext(writer: SVGWriter(), x: x, y: y, plotArea: area)
        for layer in plan.plot.layers { layer.draw(&context) }
        return legend.bestBox(in: area, avoiding: context.obstacles, soft: context.softObstacles).dataHits
    }

    func draw(_ writer: inout SVGWriter) {
        let plot = plan.plot
        let xTransform = AxisTransform(scale: plot.xScale, lower: plan.xLimits.lower, upper: plan.xLimits.upper,
                                       pixelLower: area.x, pixelUpper: area.maxX)
        let yTransform = plan.invertsY
            ? AxisTransform(scale: plot.yScale, lower: plan.yLimits.lower, upper: plan.yLimits.upper, pixelLower: area.y, pixelUpper: area.maxY)
            : AxisTransform(scale: plot.yScale, lower: plan.yLimits.lower, upper: plan.yLimits.upper, pixelLower: area.maxY, pixelUpper: area.y)
        let clipID = "c\(plan.index)"
        writer.raw("<g class=\"panel\">\n<defs><clipPath id=\""); writer.id(clipID); writer.raw("\">")
        rect(area, &writer); writer.raw("/></clipPath></defs>\n")

        if plot.grid { drawGrid(xTransform, yTransform, &writer) }

        var context = DrawContext(writer: writer, x: xTransform, y: yTransform, plotArea: area)
        writer = SVGWriter()  // the context owns the bytes while layers draw
        context.writer.raw("<g clip-path=\"url(#"); context.writer.id(clipID); context.writer.raw(")\">\n")
        for layer in plot.layers { layer.draw(&context) }
        context.writer.raw("</g>\n")
        writer = context.writer

        writer.raw("<rect"); rectAttributes(area, &writer); writer.raw(" fill=\"none\" stroke=\"\(Self.axisColor)\"/>\n")
        drawTicks(xTransform, yTransform, &writer)
        drawLabels(&writer)

        if let legend = plan.legend {
            let box: PixelRect
            if plan.legendOutside {
                let barWidth = plan.colorBar.map { ColorBarRenderer(spec: $0, tickFontSize: tickFont, labelFontSize: fontSize).width(height: area.height) } ?? 0
                box = PixelRect(x: area.maxX + barWidth + 12, y: area.y, width: legend.size.width, height: legend.size.height)
            } else {
                box = legend.box(plot.legend, in: area)
                    ?? legend.bestBox(in: area, avoiding: context.obstacles, soft: context.softObstacles).box
            }
            legend.draw(in: box, writer: &writer)
        }
        if let colorBar = plan.colorBar {
            ColorBarRenderer(spec: colorBar, tickFontSize: tickFont, labelFontSize: fontSize)
                .draw(beside: area, gradientID: "g\(plan.index)", writer: &writer)
        }
        let problems = extraProblems + plan.problems
        if !problems.isEmpty {
            drawMessage(problems.map { "⚠ " + $0 }, color: "#b00020", &writer)
        } else if !plan.hasData {
            drawMessage([plot.layers.isEmpty ? "no data" : "no finite data to show"], color: "#777777", &writer)
        }
        writer.raw("</g>\n")
    }

    private func rect(_ r: PixelRect, _ writer: inout SVGWriter) {
        writer.raw("<rect"); rectAttributes(r, &writer)
    }

    private func rectAttributes(_ r: PixelRect, _ writer: inout SVGWriter) {
        writer.raw(" x=\""); writer.number(r.x, decimals: 1); writer.raw("\" y=\""); writer.number(r.y, decimals: 1)
        writer.raw("\" width=\""); writer.number(r.width, decimals: 1); writer.raw("\" height=\""); writer.number(r.height, decimals: 1)
        writer.raw("\"")
    }

    private func drawGrid(_ x: AxisTransform, _ y: AxisTransform, _ writer: inout SVGWriter) {
        writer.raw("<path fill=\"none\" stroke=\"#b0b0b0\" stroke-opacity=\"0.6\" stroke-width=\"0.8\" d=\"")
        var path = PathBuilder()
        for tick in plan.xTicks.major { if let px = x.pixel(tick.value) { path.polyline([PixelPoint(x: px, y: area.y), PixelPoint(x: px, y: area.maxY)], in: &writer) } }
        for tick in plan.yTicks.major { if let py = y.pixel(tick.value) { path.polyline([PixelPoint(x: area.x, y: py), PixelPoint(x: area.maxX, y: py)], in: &writer) } }
        writer.raw("\"/>\n")
    }

    /// Indices of the labels to draw so that neighbours never overlap (every k-th label).
    static func thinned(_ positions: [Double], extents: [Double], gap: Double) -> Set<Int> {
        guard positions.count > 1 else { return Set(positions.indices) }
        for step in 1...positions.count {
            let kept = Array(stride(from: 0, to: positions.count, by: step))
            let clear = zip(kept, kept.dropFirst()).allSatisfy { a, b in
                abs(positions[b] - positions[a]) >= (extents[a] + extents[b]) / 2 + gap
            }
            if clear { return Set(kept) }
        }
        return [0]
    }

    private func drawTicks(_ x: AxisTransform, _ y: AxisTransform, _ writer: inout SVGWriter) {
        let xMajor = plan.xTicks.major.compactMap { t in x.pixel(t.value).map { (t, $0) } }
        let yMajor = plan.yTicks.major.compactMap { t in y.pixel(t.value).map { (t, $0) } }
        writer.raw("<path stroke=\"\(Self.axisColor)\" d=\"")
        var path = PathBuilder()
        for (_, px) in xMajor { path.polyline([PixelPoint(x: px, y: area.maxY), PixelPoint(x: px, y: area.maxY + 5)], in: &writer) }
        for (_, py) in yMajor { path.polyline([PixelPoint(x: area.x, y: py), PixelPoint(x: area.x - 5, y: py)], in: &writer) }
        writer.raw("\"/>\n")
        let xMinor = plan.xTicks.minor.compactMap { x.pixel($0) }, yMinor = plan.yTicks.minor.compactMap { y.pixel($0) }
        if !xMinor.isEmpty || !yMinor.isEmpty {
            writer.raw("<path stroke=\"\(Self.axisColor)\" stroke-width=\"0.8\" d=\"")
            for px in xMinor { path.polyline([PixelPoint(x: px, y: area.maxY), PixelPoint(x: px, y: area.maxY + 3)], in: &writer) }
            for py in yMinor { path.polyline([PixelPoint(x: area.x, y: py), PixelPoint(x: area.x - 3, y: py)], in: &writer) }
            writer.raw("\"/>\n")
        }
        if plan.showXTickLabels {
            let widths = xMajor.map { TextMetrics.width($0.0.label, fontSize: tickFont) }
            let keep = Self.thinned(xMajor.map(\.1), extents: widths, gap: 8)
            for (k, (tick, px)) in xMajor.enumerated() where keep.contains(k) {
                TextRenderer.write([TextRun(text: tick.label, shift: .baseline)], x: px, y: area.maxY + 8 + tickFont * 0.8,
                                   fontSize: tickFont, anchor: .middle, writer: &writer)
            }
        }
        if plan.showYTickLabels {
            let keep = Self.thinned(yMajor.map(\.1), extents: yMajor.map { _ in tickFont }, gap: 4)
            for (k, (tick, py)) in yMajor.enumerated() where keep.contains(k) {
                TextRenderer.write([TextRun(text: tick.label, shift: .baseline)], x: area.x - 9, y: py + tickFont * 0.35,
                                   fontSize: tickFont, anchor: .end, writer: &writer)
            }
        }
    }

    private func drawLabels(_ writer: inout SVGWriter) {
        let plot = plan.plot
        if !plot.title.isEmpty {
            TextRenderer.write(plot.title, x: area.x + area.width / 2, y: area.y - 10 - fontSize * 0.2, fontSize: fontSize * 1.125,
                               anchor: .middle, writer: &writer)
        }
        if plan.showXLabel && !plot.xLabel.isEmpty {
            let tickBlock = plan.showXTickLabels ? tickFont * 1.1 + 9 : 5
            TextRenderer.write(plot.xLabel, x: area.x + area.width / 2, y: area.maxY + tickBlock + fontSize * 1.0,
                               fontSize: fontSize, anchor: .middle, writer: &writer)
        }
        if plan.showYLabel && !plot.yLabel.isEmpty {
            let labelWidth = plan.yTicks.major.map { TextMetrics.width($0.label, fontSize: tickFont) }.max() ?? 0
            let tickBlock = plan.showYTickLabels ? labelWidth + 9 : 5
            let x = area.x - tickBlock - fontSize * 0.3
            TextRenderer.write(plot.yLabel, x: x, y: area.y + area.height / 2, fontSize: fontSize, anchor: .middle,
                               rotation: -90, writer: &writer)
        }
    }

    /// Centred lines of text on a white box inside the plot area, wrapped to its width.
    private func drawMessage(_ messages: [String], color: String, _ writer: inout SVGWriter) {
        let size = tickFont
        let maxWidth = max(area.width - 24, 40)
        var lines: [String] = []
        for message in messages.prefix(4) {
            var line = ""
            for word in message.split(separator: " ") {
                let candidate = line.isEmpty ? String(word) : line + " " + word
                if TextMetrics.width(candidate, fontSize: size) > maxWidth && !line.isEmpty { lines.append(line); line = String(word) } else { line = candidate }
            }
            if !line.isEmpty { lines.append(line) }
        }
        lines = Array(lines.prefix(Int(max(area.height - 8, size) / (size * 1.3))))
        guard !lines.isEmpty else { return }
        let blockHeight = Double(lines.count) * size * 1.3
        let widest = lines.map { TextMetrics.width($0, fontSize: size) }.max() ?? 0
        let box = PixelRect(x: area.x + (area.width - widest) / 2 - 8, y: area.y + (area.height - blockHeight) / 2 - 6,
                            width: widest + 16, height: blockHeight + 12)
        writer.raw("<rect"); rectAttributes(box, &writer); writer.raw(" fill=\"#ffffff\" fill-opacity=\"0.9\" stroke=\"\(color)\"/>\n")
        for (k, line) in lines.enumerated() {
            TextRenderer.write([TextRun(text: line, shift: .baseline)], x: area.x + area.width / 2,
                               y: box.y + 6 + size * (1.3 * Double(k) + 1.0), fontSize: size, anchor: .middle, color: color, writer: &writer)
        }
    }
}
