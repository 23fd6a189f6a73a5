/// Writes `<text>` elements for math-converted runs.
enum TextRenderer {
    enum Anchor: String { case start, middle, end }

    /// Writes text with its baseline at (x, y). Scripts without Unicode forms are drawn smaller and
    /// shifted with `dy`, which every SVG renderer supports.
    static func write(_ runs: [TextRun], x: Double, y: Double, fontSize: Double, anchor: Anchor = .start,
                      rotation: Double? = nil, color: String? = nil, bold: Bool = false, writer: inout SVGWriter) {
        guard !runs.isEmpty else { return }
        writer.raw("<text x=\"")
        writer.number(x, decimals: 1)
        writer.raw("\" y=\"")
        writer.number(y, decimals: 1)
        writer.raw("\" font-size=\"")
        writer.number(fontSize, decimals: 1)
        writer.raw("\"")
        if anchor != .start { writer.raw(" text-anchor=\"\(anchor.rawValue)\"") }
        if let color { writer.raw(" fill=\"\(color)\"") }
        if bold { writer.raw(" font-weight=\"bold\"") }
        if let rotation {
            writer.raw(" transform=\"rotate(")
            writer.number(rotation, decimals: 1); writer.byte(UInt8(ascii: " "))
            writer.number(x, decimals: 1); writer.byte(UInt8(ascii: " "))
            writer.number(y, decimals: 1)
            writer.raw(")\"")
        }
        writer.raw(">")
        var offset = 0.0
        for run in runs {
            let target: Double
            switch run.shift {
            case .baseline: target = 0
            case .lowered: target = fontSize * 0.25
            case .raised: target = -fontSize * 0.4
            }
            if target == offset && run.shift == .baseline {
                writer.escaped(run.text)
                continue
            }
            writer.raw("<tspan")
            if target != offset { writer.raw(" dy=\""); writer.number(target - offset, decimals: 1); writer.raw("\"") }
            if run.shift != .baseline { writer.raw(" font-size=\""); writer.number(fontSize * TextMetrics.scriptScale, decimals: 1); writer.raw("\"") }
            writer.raw(">")
            writer.escaped(run.text)
            writer.raw("</tspan>")
            offset = target
        }
        writer.raw("</text>\n")
    }

    /// Convenience for plain or math text given as a string.
    static func write(_ text: String, x: Double, y: Double, fontSize: Double, anchor: Anchor = .start,
                      rotation: Double? = nil, color: String? = nil, bold: Bool = false, writer: inout SVGWriter) {
        write(MathText.runs(text), x: x, y: y, fontSize: fontSize, anchor: anchor, rotation: rotation,
              color: color, bold: bold, writer: &writer)
    }
}
