/// Bar charts and histograms.
extension Plot {
    /// Draws bars centred at `x` with the given heights.
    /// - Parameter width: bar width in data units; nil is 80 % of the smallest gap between centres.
    public func bars(x: [Double], heights: [Double], width: Double? = nil, label: String? = nil, color: Color? = nil) {
        let (c, _) = nextStyle(color, .solid)
        let sortedCenters = x.filter(\.isFinite).sorted()
        let gaps = zip(sortedCenters, sortedCenters.dropFirst()).map { $1 - $0 }.filter { $0 > 0 }
        let automatic = 0.8 * (gaps.min() ?? 1)
        var problems: [String] = []
        var w = width ?? automatic
        if !(w.isFinite && w > 0) {
            problems.append("bars: width must be a positive number")
            w = automatic
        }
        layers.append(BarLayer(centers: x, heights: heights, widths: Array(repeating: w, count: x.count),
                               label: label ?? "", color: c, kind: "bars", inputProblems: problems))
    }

    /// Draws bars at 1, 2, 3, … with the given heights.
    public func bars(heights: [Double], label: String? = nil, color: Color? = nil) {
        bars(x: heights.indices.map { Double($0 + 1) }, heights: heights, width: 0.8, label: label, color: color)
    }

    /// Draws one bar per category, labelled with the category names on the x axis.
    public func bars(categories: [String], values: [Double], label: String? = nil, color: Color? = nil) {
        if categories.count != values.count {
            inputProblems.append("bars: \(categories.count) categories but \(values.count) values; pass one value per category")
        }
        let count = min(categories.count, values.count)
        bars(x: (0..<count).map { Double($0 + 1) }, heights: Array(values.prefix(count)), width: 0.8, label: label, color: color)
        xTicks = (0..<count).map { Tick(value: Double($0 + 1), label: MathText.unicode(categories[$0])) }
    }

    /// Draws a histogram of the finite `values` in `bins` equal-width bins over `range`
    /// (nil: from the smallest to the largest value).
    /// - Parameter density: divide counts by (total × bin width) so the area is 1.
    public func histogram(values: [Double], bins: Int = 30, range: ClosedRange<Double>? = nil, density: Bool = false,
                          label: String? = nil, color: Color? = nil) {
        let (c, _) = nextStyle(color, .solid)
        var problems: [String] = []
        var binCount = bins
        if binCount < 1 || binCount > 100_000 {
            problems.append("histogram: bins must be between 1 and 100,000 (got \(bins))")
            binCount = min(max(binCount, 1), 100_000)
        }
        let finite = values.filter(\.isFinite)
        var lower = range?.lowerBound ?? finite.min() ?? 0
        var upper = range?.upperBound ?? finite.max() ?? 1
        if !(lower.isFinite && upper.isFinite) {
            problems.append("histogram: range must be finite")
            lower = 0; upper = 1
        }
        if lower == upper { lower -= 0.5; upper += 0.5 }
        let binWidth = (upper - lower) / Double(binCount)
        var counts = [Double](repeating: 0, count: binCount)
        for v in finite where v >= lower && v <= upper {
            let position = (v - lower) / binWidth
            guard position.isFinite else { continue }
            counts[Int(min(max(position, 0), Double(binCount - 1)))] += 1
        }
        if density {
            let total = counts.reduce(0, +)
            if total > 0 { counts = counts.map { $0 / (total * binWidth) } }
        }
        let centers = (0..<binCount).map { lower + (Double($0) + 0.5) * binWidth }
        layers.append(BarLayer(centers: centers, heights: counts, widths: Array(repeating: binWidth, count: binCount),
                               label: label ?? "", color: c, kind: "histogram", inputProblems: problems))
        if yLabel.isEmpty { yLabel = density ? "density" : "count" }
    }
}
