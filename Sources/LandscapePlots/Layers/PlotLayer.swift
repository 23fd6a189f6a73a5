/// A closed interval of data values.
struct Interval: Equatable {
    var lower: Double
    var upper: Double

    func union(_ other: Interval?) -> Interval {
        guard let other else { return self }
        return Interval(lower: min(lower, other.lower), upper: max(upper, other.upper))
    }

    /// The range of the values a scale can show, or nil when there are none.
    static func of<S: Sequence>(_ values: S, on scale: Scale) -> Interval? where S.Element == Double {
        var result: Interval?
        for v in values where scale.accepts(v) {
            if let r = result { result = Interval(lower: min(r.lower, v), upper: max(r.upper, v)) } else { result = Interval(lower: v, upper: v) }
        }
        return result
    }
}

/// What a layer contributes to autoscaling.
struct DataExtent {
    var x: Interval?
    var y: Interval?
    /// Whether limits should hug this data without the 5 % margin (heatmaps, contours).
    var tight = false
    /// Values the y margin must not extend past (a bar chart's baseline).
    var stickyY: [Double] = []
}

/// How a legend entry's swatch is drawn.
enum LegendSwatch {
    case line(color: Color, width: Double, dash: LineDash, marker: Marker?)
    case marker(color: Color, marker: Marker)
    case patch(color: Color)
}

/// One legend row.
struct LegendEntry {
    var label: String
    var swatch: LegendSwatch
}

/// A colour scale to draw next to a panel.
struct ColorBarSpec {
    var map: ColorMap
    var lower: Double
    var upper: Double
    /// Band edges for filled contours (drawn as discrete bands), nil for a continuous gradient.
    var boundaries: [Double]?
    var label: String
}

/// Something seen by the legend placer: a segment (a point when both ends agree) or a box.
enum Obstacle {
    case segment(PixelPoint, PixelPoint)
    case box(PixelRect)

    func hits(_ rect: PixelRect) -> Bool {
        switch self {
        case .segment(let a, let b): return rect.intersects(a, b)
        case .box(let box): return rect.intersects(box)
        }
    }
}

/// Everything a layer needs to draw itself.
struct DrawContext {
    var writer: SVGWriter
    let x: AxisTransform
    let y: AxisTransform
    let plotArea: PixelRect
    /// Data the legend must not cover when it can avoid it.
    var obstacles: [Obstacle] = []
    /// Things the legend may cover if nothing better exists (reference lines, a heatmap's area).
    var softObstacles: [Obstacle] = []
}

/// One drawable thing in a panel: a line, bars, a heatmap…
protocol PlotLayer {
    /// Data bounds for autoscaling on the given scales.
    func extent(xScale: Scale, yScale: Scale) -> DataExtent
    /// Why the layer cannot be drawn faithfully on these scales (empty when it can).
    func problems(xScale: Scale, yScale: Scale) -> [String]
    /// The legend row, if the layer has a label.
    var legendEntry: LegendEntry? { get }
    /// The colour bar the layer wants, if any.
    var colorBar: ColorBarSpec? { get }
    /// Whether y grows downwards (matrix row order).
    var invertsY: Bool { get }
    /// Whether the axes show integer positions (matrix indices).
    var integerAxes: Bool { get }
    /// Whether the layer has at least one value that can be drawn.
    func hasDrawableData(xScale: Scale, yScale: Scale) -> Bool
    /// Appends the layer's SVG and its obstacles.
    func draw(_ context: inout DrawContext)
}

extension PlotLayer {
    var colorBar: ColorBarSpec? { nil }
    var invertsY: Bool { false }
    var integerAxes: Bool { false }
}
