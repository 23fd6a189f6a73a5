import Foundation

/// Ticks on a base-10 log axis: labelled decades (`10⁻³`) with minor ticks at 2…9 × 10ⁿ; every n-th
/// decade when there are many; 2× and 5× labels when fewer than two decades are in view; plain
/// linear ticks when the range is narrower still.
enum LogTicks {
    static func make(lower: Double, upper: Double, targetCount: Int) -> AxisTicks {
        guard lower > 0, upper > lower, lower.isFinite, upper.isFinite else {
            return AxisTicks(major: [], minor: [])
        }
        let a = Foundation.log10(lower), b = Foundation.log10(upper)
        let firstDecade = Int(Foundation.ceil(a - 1e-9)), lastDecade = Int(Foundation.floor(b + 1e-9))
        let decadeCount = lastDecade - firstDecade + 1
        if decadeCount >= 2 {
            let strideLength = max(1, Int(Foundation.ceil(Double(decadeCount) / Double(max(targetCount, 1)))))
            var major: [Tick] = [], minor: [Double] = []
            for e in firstDecade...lastDecade {
                if ((e % strideLength) + strideLength) % strideLength == 0 {
                    major.append(Tick(value: Foundation.pow(10, Double(e)), label: NumberLabels.power(e)))
                } else {
                    minor.append(Foundation.pow(10, Double(e)))
                }
            }
            if strideLength == 1 {
                minor = multiples(of: Array(2...9), lower: lower, upper: upper, a: a, b: b)
            }
            return AxisTicks(major: major, minor: minor)
        }
        let candidates = multiples(of: [1, 2, 5], lower: lower, upper: upper, a: a, b: b)
        if candidates.count >= 2 {
            let major = candidates.map { v -> Tick in
                let e = Int(Foundation.floor(Foundation.log10(v) + 1e-9))
                let m = Int((v / Foundation.pow(10, Double(e))).rounded())
                return Tick(value: v, label: m == 1 ? NumberLabels.power(e) : "\(m)×" + NumberLabels.power(e))
            }
            return AxisTicks(major: major, minor: multiples(of: [3, 4, 6, 7, 8, 9], lower: lower, upper: upper, a: a, b: b))
        }
        let linear = LinearTicks.make(lower: lower, upper: upper, targetCount: max(targetCount - 2, 3))
        return AxisTicks(major: linear.major.filter { $0.value > 0 }, minor: [])
    }

    /// m × 10ⁿ for the given m within [lower, upper].
    private static func multiples(of factors: [Int], lower: Double, upper: Double, a: Double, b: Double) -> [Double] {
        var values: [Double] = []
        let from = Int(Foundation.floor(a)) - 1, to = Int(Foundation.ceil(b))
        guard to - from < 400 else { return [] }
        for e in from...to {
            for m in factors {
                let v = Double(m) * Foundation.pow(10, Double(e))
                if v >= lower * (1 - 1e-9) && v <= upper * (1 + 1e-9) { values.append(v) }
            }
        }
        return values
    }
}
