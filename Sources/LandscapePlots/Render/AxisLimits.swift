/// Chooses axis limits: the user's, or the data's range with a 5 % margin (in scale space) that
/// stops at sticky values such as a bar chart's zero baseline.
enum AxisLimits {
    static func compute(extents: [DataExtent], axis: KeyPath<DataExtent, Interval?>, scale: Scale,
                        fixed: ClosedRange<Double>?, sticky: [Double]) -> Interval {
        if let fixed, fixed.lowerBound.isFinite, fixed.upperBound.isFinite, fixed.lowerBound < fixed.upperBound,
           scale.accepts(fixed.lowerBound) {
            return Interval(lower: fixed.lowerBound, upper: fixed.upperBound)
        }
        var range: Interval?
        for extent in extents { if let r = extent[keyPath: axis] { range = r.union(range) } }
        let tight = !extents.isEmpty && extents.allSatisfy { $0.tight || $0[keyPath: axis] == nil }
        guard var data = range else {
            switch scale {
            case .linear: return Interval(lower: 0, upper: 1)
            case .log: return Interval(lower: 1, upper: 10)
            case .symlog(let t): let s = Scale.validThreshold(t); return Interval(lower: -s, upper: s)
            }
        }
        if data.lower == data.upper {
            let v = data.lower
            switch scale {
            case .linear:
                let d = v == 0 ? 1 : abs(v) * 0.1
                data = Interval(lower: v - d, upper: v + d)
            case .log:
                data = Interval(lower: v / 3.1622776601683795, upper: v * 3.1622776601683795)
            case .symlog(let t):
                let d = v == 0 ? Scale.validThreshold(t) : abs(v)
                data = Interval(lower: v - d, upper: v + d)
            }
            return data
        }
        guard !tight, let a = scale.forward(data.lower), let b = scale.forward(data.upper) else { return data }
        let margin = (b - a) * 0.05
        var lower = scale.inverse(a - margin), upper = scale.inverse(b + margin)
        for s in sticky {
            if s <= data.lower && s > lower { lower = s }
            if s >= data.upper && s < upper { upper = s }
        }
        guard lower.isFinite, upper.isFinite, lower < upper else { return data }
        return Interval(lower: lower, upper: upper)
    }
}
