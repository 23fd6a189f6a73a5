import Foundation

/// How data values map to positions along an axis.
public enum Scale: Equatable, Sendable {
    /// Evenly spaced values, "nice" 1-2-5 ticks.
    case linear
    /// Base-10 logarithmic: decades with minor ticks; only positive values can be shown.
    case log
    /// Symmetric log (matplotlib's, linscale 1): linear within ±`threshold`, where it takes the
    /// room of one decade per sign, logarithmic beyond; shows both signs and zero.
    case symlog(threshold: Double)

    /// The monotone function the axis is linear in, or nil where it is undefined (≤ 0 on a log axis).
    func forward(_ value: Double) -> Double? {
        guard value.isFinite else { return nil }
        switch self {
        case .linear: return value
        case .log: return value > 0 ? Foundation.log10(value) : nil
        case .symlog(let threshold):
            let t = Self.validThreshold(threshold)
            let ratio = abs(value) / t
            let magnitude = ratio <= 1 ? ratio : 1 + Foundation.log10(ratio)
            return value < 0 ? -magnitude : magnitude
        }
    }

    /// The inverse of `forward`.
    func inverse(_ position: Double) -> Double {
        switch self {
        case .linear: return position
        case .log: return Foundation.pow(10, position)
        case .symlog(let threshold):
            let t = Self.validThreshold(threshold)
            let p = abs(position)
            let magnitude = p <= 1 ? p * t : t * Foundation.pow(10, p - 1)
            return position < 0 ? -magnitude : magnitude
        }
    }

    /// Whether a value can be placed on this axis.
    func accepts(_ value: Double) -> Bool { forward(value) != nil }

    /// A usable symlog threshold (non-positive or non-finite thresholds become 1).
    static func validThreshold(_ threshold: Double) -> Double {
        threshold.isFinite && threshold > 0 ? threshold : 1
    }

    var isLog: Bool { if case .log = self { return true } else { return false } }
}
