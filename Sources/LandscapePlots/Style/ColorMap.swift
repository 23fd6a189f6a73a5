/// Maps values in 0…1 to colours for heatmaps, contours and colour bars.
public enum ColorMap: Equatable, Sendable {
    /// Perceptually uniform dark blue → yellow (matplotlib's default), for values of one sign.
    case viridis
    /// Blue → white → red (Paul Tol's colour-blind-safe BuRd), centred on zero: for signed values
    /// such as a Hessian.
    case diverging
    /// Light → dark grey.
    case grays
    /// `.diverging` when the data has both signs, `.viridis` otherwise.
    case automatic

    /// The colour at position `t` (clamped to 0…1).
    func color(at t: Double) -> Color {
        let stops: [Color]
        switch self {
        case .viridis, .automatic: stops = Self.viridisStops
        case .diverging: stops = Self.divergingStops
        case .grays: stops = [Color(hex: 0xF7F7F7), Color(hex: 0x252525)]
        }
        let s = t.isNaN ? 0 : min(max(t, 0), 1)
        let position = s * Double(stops.count - 1)
        let lower = min(Int(position), stops.count - 2)
        return Color.mix(stops[lower], stops[lower + 1], position - Double(lower))
    }

    /// Resolves `.automatic` for data with the given range.
    func resolved(low: Double, high: Double) -> ColorMap {
        guard self == .automatic else { return self }
        return low < 0 && high > 0 ? .diverging : .viridis
    }

    static let viridisStops: [Color] = [
        Color(hex: 0x440154), Color(hex: 0x482878), Color(hex: 0x3E4A89), Color(hex: 0x31688E),
        Color(hex: 0x26828E), Color(hex: 0x1F9E89), Color(hex: 0x35B779), Color(hex: 0x6DCD59),
        Color(hex: 0xB4DE2C), Color(hex: 0xFDE725),
    ]
    static let divergingStops: [Color] = [
        Color(hex: 0x2166AC), Color(hex: 0x4393C3), Color(hex: 0x92C5DE), Color(hex: 0xD1E5F0),
        Color(hex: 0xF7F7F7), Color(hex: 0xFDDBC7), Color(hex: 0xF4A582), Color(hex: 0xD6604D), Color(hex: 0xB2182B),
    ]
}
