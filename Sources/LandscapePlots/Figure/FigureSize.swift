/// A figure's size in pixels or inches (96 CSS pixels per inch).
public enum FigureSize: Equatable, Sendable {
    /// Width and height in CSS pixels.
    case pixels(Double, Double)
    /// Width and height in inches, matplotlib-style (`.inches(6.4, 4.8)`).
    case inches(Double, Double)

    /// CSS pixels per inch.
    public static let pixelsPerInch = 96.0

    /// Width and height in CSS pixels.
    public var pixels: (width: Double, height: Double) {
        switch self {
        case .pixels(let w, let h): return (w, h)
        case .inches(let w, let h): return (w * Self.pixelsPerInch, h * Self.pixelsPerInch)
        }
    }
}
