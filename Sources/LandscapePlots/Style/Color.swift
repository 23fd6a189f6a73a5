/// An sRGB colour.
public struct Color: Equatable, Hashable, Sendable {
    /// Red, green and blue components, 0–255.
    public var red: UInt8, green: UInt8, blue: UInt8

    /// A colour from components 0–255.
    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red; self.green = green; self.blue = blue
    }

    /// A colour from a 24-bit hex value such as `0x0072B2` (higher bits are ignored).
    public init(hex: UInt32) {
        self.init(red: UInt8((hex >> 16) & 0xFF), green: UInt8((hex >> 8) & 0xFF), blue: UInt8(hex & 0xFF))
    }

    /// The `#rrggbb` form used in SVG.
    public var hexString: String {
        let digits = Array("0123456789abcdef")
        var out = "#"
        for component in [red, green, blue] {
            out.append(digits[Int(component >> 4)]); out.append(digits[Int(component & 0xF)])
        }
        return out
    }

    /// Linear interpolation between two colours, `t` in 0…1 (clamped; NaN counts as 0).
    static func mix(_ a: Color, _ b: Color, _ t: Double) -> Color {
        let s = t.isNaN ? 0 : min(max(t, 0), 1)
        func channel(_ x: UInt8, _ y: UInt8) -> UInt8 { UInt8((Double(x) + (Double(y) - Double(x)) * s).rounded()) }
        return Color(red: channel(a.red, b.red), green: channel(a.green, b.green), blue: channel(a.blue, b.blue))
    }

    /// Black.
    public static let black = Color(hex: 0x000000)
    /// White.
    public static let white = Color(hex: 0xFFFFFF)
    /// Okabe–Ito blue.
    public static let blue = Color(hex: 0x0072B2)
    /// Okabe–Ito orange.
    public static let orange = Color(hex: 0xE69F00)
    /// Okabe–Ito bluish green.
    public static let green = Color(hex: 0x009E73)
    /// Okabe–Ito vermillion.
    public static let red = Color(hex: 0xD55E00)
    /// Okabe–Ito reddish purple.
    public static let purple = Color(hex: 0xCC79A7)
    /// Okabe–Ito sky blue.
    public static let skyBlue = Color(hex: 0x56B4E9)
    /// Mid grey.
    public static let gray = Color(hex: 0x777777)
}
