/// Everything decided about a panel before it is drawn: limits, ticks, margins.
struct PanelPlan {
    let plot: Plot
    let index: Int
    let row: Int
    let column: Int
    var xLimits: Interval
    var yLimits: Interval
    let invertsY: Bool
    let integerAxes: Bool
    let colorBar: ColorBarSpec?
    let legend: LegendRenderer?
    let problems: [String]
    let hasData: Bool
    /// Whether the legend sits right of the plot area (asked for, or chosen by `.auto` when every
    /// inside position would cover data).
    var legendOutside: Bool
    var showXTickLabels = true
    var showYTickLabels = true
    var showXLabel = true
    var showYLabel = true
    var xTicks = AxisTicks(major: [], minor: [])
    var yTicks = AxisTicks(major: [], minor: [])

    /// Margins around the plot area: left, right, top, bottom.
    var margins = (left: 0.0, right: 0.0, top: 0.0, bottom: 0.0)

    init(plot: Plot, index: Int, columns: Int, fontSize: Double) {
        self.plot = plot
        self.index = index
        row = index / columns
        column = index % columns
        let layers = plot.layers
        let extents = layers.map { $0.extent(xScale: plot.xScale, yScale: plot.yScale) }
        xLimits = AxisLimits.compute(extents: extents, axis: \.x, scale: plot.xScale, fixed: plot.xLimits, sticky: [])
        yLimits = AxisLimits.compute(extents: extents, axis: \.y, scale: plot.yScale, fixed: plot.yLimits,
                                     sticky: extents.flatMap(\.stickyY))
        invertsY = layers.contains { $0.invertsY }
        integerAxes = layers.contains { $0.integerAxes }
        colorBar = layers.lazy.compactMap(\.colorBar).first
        let entries = layers.compactMap(\.legendEntry)
        legend = entries.isEmpty || plot.legend == .hidden ? nil : LegendRenderer(entries: entries, fontSize: fontSize * 0.875)
        legendOutside = plot.legend == .outside
        problems = plot.problems
        hasData = layers.contains { $0.hasDrawableData(xScale: plot.xScale, yScale: plot.yScale) }
    }

    /// Ticks for the axis with the given limits, keeping only integer positions on matrix axes.
    func ticks(scale: Scale, limits: Interval, target: Int, fixed: [Tick]?) -> AxisTicks {
        if let fixed {
            let inside = fixed.filter { $0.value.isFinite && scale.accepts($0.value) && $0.value >= limits.lower && $0.value <= limits.upper }
            return AxisTicks(major: inside.sorted { $0.value < $1.value }, minor: [])
        }
        var ticks = AxisTicks.make(scale: scale, lower: limits.lower, upper: limits.upper, targetCount: target)
        if integerAxes {
            ticks.major = ticks.major.filter { $0.value == $0.value.rounded() }
                .map { Tick(value: $0.value, label: NumberLabels.fixed($0.value, decimals: 0)) }
        }
        return ticks
    }

    /// Computes ticks for a cell of the given size and the margins they need.
    mutating func prepare(cellWidth: Double, cellHeight: Double, fontSize: Double) {
        let tickFont = fontSize * 0.875, labelFont = fontSize, titleFont = fontSize * 1.125
        let xTarget = max(2, Int((cellWidth - 110) / (plot.xScale.isLog ? tickFont * 3.2 : 85)))
        xTicks = ticks(scale: plot.xScale, limits: xLimits, target: xTarget, fixed: plot.xTicks)
        // Decade labels are short, so a log axis can carry about twice as many.
        let yTarget = max(2, Int((cellHeight - 90) / (plot.yScale.isLog ? tickFont * 1.9 : 48)))
        yTicks = ticks(scale: plot.yScale, limits: yLimits, target: yTarget, fixed: plot.yTicks)
        let yLabelWidth = yTicks.major.map { TextMetrics.width($0.label, fontSize: tickFont) }.max() ?? 0
        let hasYLabel = showYLabel && !plot.yLabel.isEmpty, hasXLabel = showXLabel && !plot.xLabel.isEmpty
        let left = 10 + (hasYLabel ? labelFont * 1.25 : 0) + (showYTickLabels ? yLabelWidth + 9 : 5)
        let bottom = 8 + (hasXLabel ? labelFont * 1.3 : 0) + (showXTickLabels ? tickFont * 1.1 + 9 : 5)
        let top = plot.title.isEmpty ? max(12, tickFont * 0.7) : titleFont * 1.25 + 12
        let lastXLabel = showXTickLabels ? (xTicks.major.last.map { TextMetrics.width($0.label, fontSize: tickFont) / 2 + 4 } ?? 0) : 0
        var right = max(14, lastXLabel)
        if let colorBar {
            right = ColorBarRenderer(spec: colorBar, tickFontSize: tickFont, labelFontSize: labelFont)
                .width(height: cellHeight - top - bottom)
        }
        if legendOutside, let legend { right += legend.size.width + 12 }
        margins = (left, right, top, bottom)
    }
}
