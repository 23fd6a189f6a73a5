/// How a line is stroked.
public enum LineDash: Equatable, Sendable {
    /// A continuous line.
    case solid
    /// Long dashes.
    case dashed
    /// Dots.
    case dotted
    /// Alternating dash and dot.
    case dashDot

    /// The `stroke-dasharray` value for a line of the given width, or nil for solid.
    func dashArray(width: Double) -> [Double]? {
        let w = max(width, 0.5)
        switch self {
        case .solid: return nil
        case .dashed: return [3.7 * w, 1.6 * w]
        case .dotted: return [1 * w, 1.65 * w]
        case .dashDot: return [6.4 * w, 1.6 * w, 1 * w, 1.6 * w]
        }
    }
}
