/// Lays out, places and draws a panel's legend.
struct LegendRenderer {
    let entries: [LegendEntry]
    let fontSize: Double
    let runs: [[TextRun]]

    static let padding = 8.0
    static let swatchWidth = 28.0
    static let gap = 8.0
    var rowHeight: Double { fontSize * 1.35 }

    init(entries: [LegendEntry], fontSize: Double) {
        self.entries = entries
        self.fontSize = fontSize
        runs = entries.map { MathText.runs($0.label) }
    }

    /// The legend box size.
    var size: (width: Double, height: Double) {
        let textWidth = runs.map { TextMetrics.width($0, fontSize: fontSize) }.max() ?? 0
        return (2 * Self.padding + Self.swatchWidth + Self.gap + textWidth, 2 * Self.padding + Double(entries.count) * rowHeight - (rowHeight - fontSize * 1.15))
    }

    /// The box for a position inside `area` (nil for `.outside`/`.hidden`/`.auto`).
    func box(_ position: LegendPosition, in area: PixelRect) -> PixelRect? {
        let (w, h) = size, inset = 8.0
        switch position {
        case .upperRight: return PixelRect(x: area.maxX - inset - w, y: area.y + inset, width: w, height: h)
        case .upperLeft: return PixelRect(x: area.x + inset, y: area.y + inset, width: w, height: h)
        case .lowerLeft: return PixelRect(x: area.x + inset, y: area.maxY - inset - h, width: w, height: h)
        case .lowerRight: return PixelRect(x: area.maxX - inset - w, y: area.maxY - inset - h, width: w, height: h)
        case .auto, .outside, .hidden: return nil
        }
    }

    /// Candidate boxes for `.auto`, in order of preference: the four corners, then edge middles.
    func candidates(in area: PixelRect) -> [PixelRect] {
        let (w, h) = size, inset = 8.0
        var boxes = [LegendPosition.upperRight, .upperLeft, .lowerLeft, .lowerRight].compactMap { box($0, in: area) }
        boxes.append(PixelRect(x: area.maxX - inset - w, y: area.y + (area.height - h) / 2, width: w, height: h))
        boxes.append(PixelRect(x: area.x + (area.width - w) / 2, y: area.y + inset, width: w, height: h))
        boxes.append(PixelRect(x: area.x + (area.width - w) / 2, y: area.maxY - inset - h, width: w, height: h))
        boxes.append(PixelRect(x: area.x + inset, y: area.y + (area.height - h) / 2, width: w, height: h))
        return boxes
    }

    /// The candidate that covers the fewest data obstacles, then the fewest soft ones (the first on a
    /// tie), and how many data obstacles it covers.
    func bestBox(in area: PixelRect, avoiding obstacles: [Obstacle], soft: [Obstacle]) -> (box: PixelRect, dataHits: Int) {
        var best: PixelRect?, bestScore = Int.max, bestHits = Int.max
        for candidate in candidates(in: area) {
            let grown = PixelRect(x: candidate.x - 2, y: candidate.y - 2, width: candidate.width + 4, height: candidate.height + 4)
            var hits = 0
            for obstacle in obstacles where obstacle.hits(grown) {
                hits += 1
                if hits * 1000 >= bestScore { break }
            }
            var score = hits * 1000
            if score < bestScore { score += min(soft.filter { $0.hits(grown) }.count, 999) }
            if score < bestScore { best = candidate; bestScore = score; bestHits = hits }
            if score == 0 { break }
        }
        return (best ?? PixelRect(x: area.x, y: area.y, width: size.width, height: size.height), bestHits == Int.max ? 0 : bestHits)
    }

    /// Draws the legend with its top-left corner at the box origin.
    func draw(in box: PixelRect, writer: inout SVGWriter) {
        writer.raw("<g class=\"legend\">\n<rect x=\"")
        writer.number(box.x, decimals: 1); writer.raw("\" y=\""); writer.number(box.y, decimals: 1)
        writer.raw("\" width=\""); writer.number(box.width, decimals: 1); writer.raw("\" height=\""); writer.number(box.height, decimals: 1)
        writer.raw("\" rx=\"4\" fill=\"#ffffff\" fill-opacity=\"0.85\" stroke=\"#cccccc\"/>\n")
        for (index, entry) in entries.enumerated() {
            let centerY = box.y + Self.padding + fontSize * 0.575 + Double(index) * rowHeight
            let x0 = box.x + Self.padding, x1 = x0 + Self.swatchWidth
            switch entry.swatch {
            case .line(let color, let width, let dash, let marker):
                writer.raw("<path fill=\"none\" stroke=\"\(color.hexString)\" stroke-width=\"")
                writer.number(max(width, 1))
                writer.raw("\"")
                if let dashes = dash.dashArray(width: width) {
                    writer.raw(" stroke-dasharray=\"")
                    for (i, d) in dashes.enumerated() { if i > 0 { writer.byte(UInt8(ascii: " ")) }; writer.number(d, decimals: 1) }
                    writer.raw("\"")
                }
                writer.raw(" d=\"")
                var path = PathBuilder()
                path.polyline([PixelPoint(x: x0, y: centerY), PixelPoint(x: x1, y: centerY)], in: &writer)
                writer.raw("\"/>\n")
                if let marker { drawMarker(marker, color: color, at: PixelPoint(x: (x0 + x1) / 2, y: centerY), writer: &writer) }
            case .marker(let color, let marker):
                drawMarker(marker, color: color, at: PixelPoint(x: (x0 + x1) / 2, y: centerY), writer: &writer)
            case .patch(let color):
                writer.raw("<rect x=\""); writer.number(x0 + 4, decimals: 1); writer.raw("\" y=\"")
                writer.number(centerY - fontSize * 0.4, decimals: 1); writer.raw("\" width=\"")
                writer.number(Self.swatchWidth - 8, decimals: 1); writer.raw("\" height=\""); writer.number(fontSize * 0.8, decimals: 1)
                writer.raw("\" fill=\"\(color.hexString)\"/>\n")
            }
            TextRenderer.write(runs[index], x: x1 + Self.gap, y: centerY + fontSize * 0.35, fontSize: fontSize, writer: &writer)
        }
        writer.raw("</g>\n")
    }

    private func drawMarker(_ marker: Marker, color: Color, at point: PixelPoint, writer: inout SVGWriter) {
        if marker.isStroked {
            writer.raw("<path fill=\"none\" stroke=\"\(color.hexString)\" stroke-width=\"1.5\" d=\"")
        } else {
            writer.raw("<path fill=\"\(color.hexString)\" d=\"")
        }
        var path = PathBuilder()
        marker.append(at: point, radius: 4, path: &path, writer: &writer)
        writer.raw("\"/>\n")
    }
}
