/// Draws a vertical colour bar with its ticks and label to the right of a panel.
struct ColorBarRenderer {
    let spec: ColorBarSpec
    let tickFontSize: Double
    let labelFontSize: Double

    static let gap = 14.0
    static let barWidth = 16.0

    /// Ticks: band edges for contours, nice linear ticks for a gradient.
    func ticks(height: Double) -> [Tick] {
        if let boundaries = spec.boundaries {
            // The outer edges are the data's extremes (odd numbers); label the nice levels between.
            let inner = boundaries.count > 2 ? Array(boundaries.dropFirst().dropLast()) : boundaries
            let all = inner.map { Tick(value: $0, label: NumberLabels.general($0)) }
            let step = max(1, Int((Double(all.count) * tickFontSize * 1.4 / max(height, 1)).rounded(.up)))
            return all.enumerated().filter { $0.offset % step == 0 }.map(\.element)
        }
        return LinearTicks.make(lower: spec.lower, upper: spec.upper, targetCount: max(2, Int(height / 50))).major
    }

    /// The width the bar needs right of the plot area.
    func width(height: Double) -> Double {
        let labels = ticks(height: height).map { TextMetrics.width($0.label, fontSize: tickFontSize) }.max() ?? 0
        return Self.gap + Self.barWidth + 9 + labels + (spec.label.isEmpty ? 0 : labelFontSize * 1.3 + 4) + 8
    }

    func draw(beside area: PixelRect, gradientID: String, writer: inout SVGWriter) {
        let x = area.maxX + Self.gap, top = area.y, height = area.height
        let span = spec.upper - spec.lower
        func pixelY(_ v: Double) -> Double { top + height - (span == 0 ? 0.5 : (v - spec.lower) / span) * height }
        if let boundaries = spec.boundaries, boundaries.count >= 2 {
            let bands = boundaries.count - 1
            for k in 0..<bands {
                let color = spec.map.color(at: (Double(k) + 0.5) / Double(bands))
                let y0 = pixelY(boundaries[k + 1]), y1 = pixelY(boundaries[k])
                writer.raw("<rect x=\""); writer.number(x, decimals: 1); writer.raw("\" y=\""); writer.number(y0, decimals: 1)
                writer.raw("\" width=\""); writer.number(Self.barWidth, decimals: 1); writer.raw("\" height=\"")
                writer.number(max(y1 - y0, 0), decimals: 1); writer.raw("\" fill=\"\(color.hexString)\"/>\n")
            }
        } else {
            writer.raw("<defs><linearGradient id=\""); writer.id(gradientID)
            writer.raw("\" x1=\"0\" y1=\"1\" x2=\"0\" y2=\"0\">")
            for k in 0...10 {
                let t = Double(k) / 10
                writer.raw("<stop offset=\""); writer.number(t, decimals: 1)
                writer.raw("\" stop-color=\"\(spec.map.color(at: t).hexString)\"/>")
            }
            writer.raw("</linearGradient></defs>\n<rect x=\""); writer.number(x, decimals: 1); writer.raw("\" y=\"")
            writer.number(top, decimals: 1); writer.raw("\" width=\""); writer.number(Self.barWidth, decimals: 1)
            writer.raw("\" height=\""); writer.number(height, decimals: 1); writer.raw("\" fill=\"url(#"); writer.id(gradientID); writer.raw(")\"/>\n")
        }
        writer.raw("<rect x=\""); writer.number(x, decimals: 1); writer.raw("\" y=\""); writer.number(top, decimals: 1)
        writer.raw("\" width=\""); writer.number(Self.barWidth, decimals: 1); writer.raw("\" height=\""); writer.number(height, decimals: 1)
        writer.raw("\" fill=\"none\" stroke=\"#262626\"/>\n")
        let ticks = ticks(height: height)
        writer.raw("<path stroke=\"#262626\" d=\"")
        var path = PathBuilder()
        for tick in ticks {
            let y = pixelY(tick.value)
            path.polyline([PixelPoint(x: x + Self.barWidth, y: y), PixelPoint(x: x + Self.barWidth + 5, y: y)], in: &writer)
        }
        writer.raw("\"/>\n")
        var widest = 0.0
        for tick in ticks {
            TextRenderer.write([TextRun(text: tick.label, shift: .baseline)], x: x + Self.barWidth + 9, y: pixelY(tick.value) + tickFontSize * 0.35,
                               fontSize: tickFontSize, writer: &writer)
            widest = max(widest, TextMetrics.width(tick.label, fontSize: tickFontSize))
        }
        if !spec.label.isEmpty {
            TextRenderer.write(spec.label, x: x + Self.barWidth + 9 + widest + 4 + labelFontSize * 0.8, y: top + height / 2,
                               fontSize: labelFontSize, anchor: .middle, rotation: -90, writer: &writer)
        }
    }
}
