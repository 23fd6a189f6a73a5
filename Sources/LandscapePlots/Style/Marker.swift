/// The symbol drawn at each point of a scatter (or a line with markers).
public enum Marker: Equatable, Sendable {
    /// A filled circle.
    case circle
    /// A filled square.
    case square
    /// A filled triangle pointing up.
    case triangle
    /// A filled diamond.
    case diamond
    /// An ×.
    case cross
    /// A +.
    case plus

    /// Whether the marker is drawn with a stroke rather than a fill.
    var isStroked: Bool { self == .cross || self == .plus }

    /// Appends the marker centred at `p` with radius `r` as a subpath.
    func append(at p: PixelPoint, radius r: Double, path: inout PathBuilder, writer: inout SVGWriter) {
        let outline: [PixelPoint]
        switch self {
        case .circle:
            path.circle(center: p, radius: r, in: &writer)
            return
        case .square:
            let s = r * 0.9
            outline = [PixelPoint(x: p.x - s, y: p.y - s), PixelPoint(x: p.x + s, y: p.y - s),
                       PixelPoint(x: p.x + s, y: p.y + s), PixelPoint(x: p.x - s, y: p.y + s)]
        case .triangle:
            outline = [PixelPoint(x: p.x, y: p.y - r * 1.15), PixelPoint(x: p.x + r, y: p.y + r * 0.6),
                       PixelPoint(x: p.x - r, y: p.y + r * 0.6)]
        case .diamond:
            outline = [PixelPoint(x: p.x, y: p.y - r * 1.2), PixelPoint(x: p.x + r, y: p.y),
                       PixelPoint(x: p.x, y: p.y + r * 1.2), PixelPoint(x: p.x - r, y: p.y)]
        case .cross:
            path.polyline([PixelPoint(x: p.x - r, y: p.y - r), PixelPoint(x: p.x + r, y: p.y + r)], in: &writer)
            path.polyline([PixelPoint(x: p.x - r, y: p.y + r), PixelPoint(x: p.x + r, y: p.y - r)], in: &writer)
            return
        case .plus:
            path.polyline([PixelPoint(x: p.x - r, y: p.y), PixelPoint(x: p.x + r, y: p.y)], in: &writer)
            path.polyline([PixelPoint(x: p.x, y: p.y - r), PixelPoint(x: p.x, y: p.y + r)], in: &writer)
            return
        }
        path.polyline(outline, closed: true, in: &writer)
    }
}
