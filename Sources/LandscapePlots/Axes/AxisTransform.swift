/// Maps data values on one axis to pixel positions.
struct AxisTransform {
    let scale: Scale
    /// Data limits (lower < upper after `AxisLimits`; may be reversed in pixels by `inverted`).
    let lower: Double
    let upper: Double
    /// Pixel positions of `lower` and `upper`.
    let pixelLower: Double
    let pixelUpper: Double

    private let forwardLower: Double
    private let span: Double

    init(scale: Scale, lower: Double, upper: Double, pixelLower: Double, pixelUpper: Double) {
        self.scale = scale
        self.lower = lower
        self.upper = upper
        self.pixelLower = pixelLower
        self.pixelUpper = pixelUpper
        let a = scale.forward(lower) ?? 0
        let b = scale.forward(upper) ?? 1
        forwardLower = a
        let difference = b - a
        span = difference != 0 && difference.isFinite ? difference : 1
    }

    /// The pixel position of a value, or nil when the scale cannot show it (NaN, ±∞, ≤ 0 on log).
    func pixel(_ value: Double) -> Double? {
        guard let f = scale.forward(value) else { return nil }
        let p = pixelLower + (f - forwardLower) / span * (pixelUpper - pixelLower)
        return p.isFinite ? p : nil
    }

    /// The pixel position of a value, clamped to the axis ends when it cannot be shown.
    func pixelClamped(_ value: Double) -> Double {
        if let p = pixel(value) { return min(max(p, min(pixelLower, pixelUpper) - 1e5), max(pixelLower, pixelUpper) + 1e5) }
        return value > 0 ? pixelUpper : pixelLower
    }

    /// Whether a value lies within the limits.
    func contains(_ value: Double) -> Bool {
        value >= min(lower, upper) - 1e-12 * abs(upper - lower) && value <= max(lower, upper) + 1e-12 * abs(upper - lower)
    }
}
