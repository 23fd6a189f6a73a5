/// A point in SVG pixel coordinates (y grows downwards).
struct PixelPoint: Equatable, Sendable {
    var x: Double
    var y: Double
}

/// An axis-aligned rectangle in SVG pixel coordinates.
struct PixelRect: Equatable, Sendable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var maxX: Double { x + width }
    var maxY: Double { y + height }

    /// Whether the rectangle overlaps the segment from `a` to `b` (Liang–Barsky clipping).
    func intersects(_ a: PixelPoint, _ b: PixelPoint) -> Bool {
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        let checks: [(Double, Double)] = [(-dx, a.x - x), (dx, maxX - a.x), (-dy, a.y - y), (dy, maxY - a.y)]
        for (p, q) in checks {
            if p == 0 {
                if q < 0 { return false }
            } else {
                let r = q / p
                if p < 0 { if r > t1 { return false }; t0 = max(t0, r) } else { if r < t0 { return false }; t1 = min(t1, r) }
            }
        }
        return true
    }

    /// Whether two rectangles overlap.
    func intersects(_ other: PixelRect) -> Bool {
        x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
    }
}
