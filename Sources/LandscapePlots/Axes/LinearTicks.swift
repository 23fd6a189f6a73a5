import Foundation

/// "Nice" ticks on a linear axis: steps of 1, 2 or 5 times a power of ten.
enum LinearTicks {
    static func make(lower: Double, upper: Double, targetCount: Int) -> AxisTicks {
        guard lower.isFinite, upper.isFinite else { return AxisTicks(major: [], minor: []) }
        guard upper > lower else { return AxisTicks(major: [Tick(value: lower, label: NumberLabels.general(lower))], minor: []) }
        let step = niceStep(span: upper - lower, targetCount: targetCount)
        let first = Foundation.ceil(lower / step - 1e-9)
        let last = Foundation.floor(upper / step + 1e-9)
        guard first.isFinite, last.isFinite, last - first < 1000 else { return AxisTicks(major: [], minor: []) }
        let values = stride(from: first, through: last, by: 1).map { k -> Double in
            let v = k * step
            return abs(v) < step * 1e-9 ? 0 : v
        }
        let stepExponent = Int(Foundation.floor(Foundation.log10(step) + 1e-9))
        let largest = values.map(abs).max() ?? 0
        let useScientific = largest >= 1e6 || (largest < 1e-3 && largest > 0)
        let major = values.map { v -> Tick in
            if useScientific {
                if v == 0 { return Tick(value: 0, label: "0") }
                let exponent = Int(Foundation.floor(Foundation.log10(abs(v)) + 1e-9))
                return Tick(value: v, label: NumberLabels.scientific(v, significant: max(exponent - stepExponent + 1, 1)))
            }
            return Tick(value: v, label: NumberLabels.fixed(v, decimals: max(0, -stepExponent)))
        }
        return AxisTicks(major: major, minor: [])
    }

    /// The 1-2-5 step giving about `targetCount` intervals over `span`.
    static func niceStep(span: Double, targetCount: Int) -> Double {
        let raw = span / Double(max(targetCount, 1))
        guard raw.isFinite, raw > 0 else { return 1 }
        let magnitude = Foundation.pow(10, Foundation.floor(Foundation.log10(raw)))
        let normalized = raw / magnitude
        let nice: Double = normalized < 1.5 ? 1 : normalized < 3 ? 2 : normalized < 7 ? 5 : 10
        return nice * magnitude
    }
}
