/// One panel of a figure: axes with a title, labels, scales, a grid, a legend and the data drawn on it.
///
/// Get one from a figure (`figure.plot`, `figure[0, 1]`) and add data with `line`, `scatter`,
/// `histogram`, `bars`, `heatmap`, `contour`, `spectrum` and `density`. Text accepts TeX-like math
/// (see `MathText`): `plot.yLabel = "|L_{k+1}(\\hat\\theta) - L_k(\\hat\\theta)|"`.
public final class Plot {
    /// The title above the panel.
    public var title: String = ""
    /// The label under the x axis.
    public var xLabel: String = ""
    /// The label left of the y axis.
    public var yLabel: String = ""
    /// How x values map to positions.
    public var xScale: Scale = .linear
    /// How y values map to positions.
    public var yScale: Scale = .linear
    /// Whether light grid lines are drawn at the major ticks.
    public var grid: Bool = true
    /// Where the legend goes (only labelled series appear in it).
    public var legend: LegendPosition = .auto
    /// Fixed x limits; nil fits the data with a 5 % margin.
    public var xLimits: ClosedRange<Double>?
    /// Fixed y limits; nil fits the data with a 5 % margin.
    public var yLimits: ClosedRange<Double>?
    /// Fixed x ticks (for example category names); nil chooses them from the scale.
    public var xTicks: [Tick]?
    /// Fixed y ticks; nil chooses them from the scale.
    public var yTicks: [Tick]?

    var layers: [any PlotLayer] = []
    /// Problems found while data was added (mismatched shapes…), reported when the figure is drawn.
    var inputProblems: [String] = []
    /// How many series have taken a colour from the cycle.
    var cycleIndex = 0

    /// A panel with no data (panels are made by `Figure`).
    init() {}

    /// How many data layers (series, bar sets, heatmaps…) the panel holds.
    public var seriesCount: Int { layers.count }

    /// The legend labels, in drawing order, as they will read (math converted to Unicode).
    public var legendLabels: [String] { layers.compactMap { $0.legendEntry.map { MathText.unicode($0.label) } } }

    /// The problems that stop this panel from being drawn faithfully (empty when it can be).
    public var problems: [String] {
        var out = inputProblems
        for layer in layers { out += layer.problems(xScale: xScale, yScale: yScale) }
        for (axis, limits, scale) in [("x", xLimits, xScale), ("y", yLimits, yScale)] {
            guard let limits else { continue }
            if !limits.lowerBound.isFinite || !limits.upperBound.isFinite || limits.lowerBound == limits.upperBound {
                out.append("\(axis)Limits must be two different finite numbers")
            } else if scale.isLog && limits.lowerBound <= 0 {
                out.append("\(axis)Limits start at \(NumberLabels.general(limits.lowerBound)), which a log axis cannot show; use a positive lower limit")
            }
        }
        return out
    }

    /// The next colour of the cycle, and the dash that keeps series apart past ten.
    func nextStyle(_ color: Color?, _ dash: LineDash?) -> (Color, LineDash) {
        defer { cycleIndex += 1 }
        return (color ?? ColorCycle.color(cycleIndex), dash ?? ColorCycle.dash(cycleIndex))
    }
}
