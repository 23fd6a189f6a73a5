/// A labelled position on an axis.
public struct Tick: Equatable, Sendable {
    /// The data value.
    public var value: Double
    /// The label drawn next to it (Unicode, e.g. `10⁻³`).
    public var label: String

    /// A tick at `value` labelled `label` (TeX-like math is not converted in tick labels).
    public init(value: Double, label: String) {
        self.value = value
        self.label = label
    }
}

/// The ticks of one axis: labelled major ticks and unlabelled minor ticks.
public struct AxisTicks: Equatable, Sendable {
    /// Labelled ticks, ascending.
    public var major: [Tick]
    /// Unlabelled minor tick positions, ascending.
    public var minor: [Double]

    /// The ticks a `scale` gets between `lower` and `upper`, aiming at about `targetCount` labels.
    public static func make(scale: Scale, lower: Double, upper: Double, targetCount: Int = 6) -> AxisTicks {
        let lo = min(lower, upper), hi = max(lower, upper)
        switch scale {
        case .linear: return LinearTicks.make(lower: lo, upper: hi, targetCount: targetCount)
        case .log: return LogTicks.make(lower: lo, upper: hi, targetCount: targetCount)
        case .symlog(let threshold):
            return SymlogTicks.make(lower: lo, upper: hi, threshold: Scale.validThreshold(threshold), targetCount: targetCount)
        }
    }
}
