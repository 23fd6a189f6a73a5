import Foundation

/// Ticks on a symmetric-log axis: 0, ±threshold and ±threshold × 10ⁿ.
enum SymlogTicks {
    static func make(lower: Double, upper: Double, threshold: Double, targetCount: Int) -> AxisTicks {
        guard lower.isFinite, upper.isFinite, upper > lower else { return AxisTicks(major: [], minor: []) }
        var values: [Double] = []
        if lower <= 0 && upper >= 0 { values.append(0) }
        var magnitude = threshold
        var steps = 0
        while magnitude <= max(abs(lower), abs(upper)) * (1 + 1e-9) && steps < 400 {
            if magnitude <= upper * (1 + 1e-9) && magnitude >= lower { values.append(magnitude) }
            if -magnitude >= lower * (1 + 1e-9) && -magnitude <= upper { values.append(-magnitude) }
            magnitude *= 10
            steps += 1
        }
        values.sort()
        if values.count < 2 {
            return LinearTicks.make(lower: lower, upper: upper, targetCount: targetCount)
        }
        var major: [Tick] = [], minor: [Double] = []
        let strideLength = max(1, Int(Foundation.ceil(Double(values.count) / Double(2 * max(targetCount, 1)))))
        for (index, v) in values.enumerated() {
            let isZero = v == 0
            let rank = isZero ? 0 : Int((Foundation.log10(abs(v) / threshold)).rounded())
            if isZero || rank % strideLength == 0 { major.append(Tick(value: v, label: label(v))) } else { minor.append(v) }
            _ = index
        }
        return AxisTicks(major: major, minor: minor)
    }

    static func label(_ value: Double) -> String {
        guard value != 0 else { return "0" }
        let e = Foundation.log10(abs(value))
        if abs(e - e.rounded()) < 1e-9 && abs(e) >= 2 {
            return (value < 0 ? "−" : "") + NumberLabels.power(Int(e.rounded()))
        }
        return NumberLabels.general(value)
    }
}
