/// Writes SVG path data compactly: absolute `M`, then relative `l` steps in tenths of a pixel.
///
/// Deltas are taken between rounded absolute positions, so rounding never accumulates.
struct PathBuilder {
    private var lastX = 0
    private var lastY = 0
    private var inLine = false

    /// Starts a subpath at a pixel position.
    mutating func move(to point: PixelPoint, in writer: inout SVGWriter) {
        let x = Self.tenths(point.x), y = Self.tenths(point.y)
        writer.byte(UInt8(ascii: "M"))
        writer.tenths(x, compact: true)
        separator(before: y, in: &writer)
        writer.tenths(y, compact: true)
        lastX = x; lastY = y; inLine = false
    }

    /// Continues the subpath to a pixel position (skipped when it rounds to the current point).
    mutating func line(to point: PixelPoint, in writer: inout SVGWriter) {
        let x = Self.tenths(point.x), y = Self.tenths(point.y)
        let dx = x - lastX, dy = y - lastY
        if dx == 0 && dy == 0 { return }
        if !inLine { writer.byte(UInt8(ascii: "l")); inLine = true } else { separator(before: dx, in: &writer) }
        writer.tenths(dx, compact: true)
        separator(before: dy, in: &writer)
        writer.tenths(dy, compact: true)
        lastX = x; lastY = y
    }

    /// Appends a full circle as its own subpath (two relative arcs), leaving the pen where it began.
    mutating func circle(center: PixelPoint, radius: Double, in writer: inout SVGWriter) {
        move(to: PixelPoint(x: center.x - radius, y: center.y), in: &writer)
        let r = max(Self.tenths(radius), 1)
        for sign in [1, -1] {
            writer.byte(UInt8(ascii: "a"))
            writer.tenths(r, compact: true); writer.byte(UInt8(ascii: " "))
            writer.tenths(r, compact: true); writer.raw(" 0 1 0 ")
            writer.tenths(sign * 2 * r, compact: true); writer.raw(" 0")
        }
        inLine = false
    }

    /// Closes the current subpath.
    mutating func close(in writer: inout SVGWriter) {
        writer.byte(UInt8(ascii: "Z"))
        inLine = false
    }

    /// Writes a whole polyline as one subpath.
    mutating func polyline(_ points: [PixelPoint], closed: Bool = false, in writer: inout SVGWriter) {
        guard let first = points.first else { return }
        move(to: first, in: &writer)
        for point in points.dropFirst() { line(to: point, in: &writer) }
        if closed { close(in: &writer) }
    }

    private func separator(before value: Int, in writer: inout SVGWriter) {
        if value >= 0 { writer.byte(UInt8(ascii: " ")) }
    }

    static func tenths(_ value: Double) -> Int {
        guard value.isFinite else { return 0 }
        return Int((min(max(value, -1e6), 1e6) * 10).rounded())
    }
}
