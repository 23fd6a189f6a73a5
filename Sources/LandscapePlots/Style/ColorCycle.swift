/// The default series colours: Okabe–Ito's colour-blind-safe set, extended with Paul Tol's muted
/// indigo, olive and wine, and black — ten colours that stay apart for the common colour-vision
/// deficiencies. Series beyond ten repeat the colours with a different dash pattern.
public enum ColorCycle {
    /// The ten colours in order.
    public static let colors: [Color] = [
        Color(hex: 0x0072B2), Color(hex: 0xE69F00), Color(hex: 0x009E73), Color(hex: 0xD55E00),
        Color(hex: 0xCC79A7), Color(hex: 0x56B4E9), Color(hex: 0x332288), Color(hex: 0x999933),
        Color(hex: 0x882255), Color(hex: 0x000000),
    ]

    /// The colour of the series at `index` (any index, wraps around).
    public static func color(_ index: Int) -> Color {
        colors[((index % colors.count) + colors.count) % colors.count]
    }

    /// The dash pattern that keeps series apart after the colours wrap around.
    static func dash(_ index: Int) -> LineDash {
        let patterns: [LineDash] = [.solid, .dashed, .dotted, .dashDot]
        return patterns[(max(index, 0) / colors.count) % patterns.count]
    }
}
