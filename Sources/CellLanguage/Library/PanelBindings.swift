import LandscapeNotebook

/// Figures built panel by panel: `Figure(rows:columns:)`, its panels (`Plot`, a class, so changes
/// through `figure[0, 1]` or `let panel = figure.plot` change the figure), series, styles and the
/// one-line figure functions of LandscapePlots.
enum PanelBindings {
    static func native<T>(_ object: T, _ typeName: String) -> Value {
        .native(NativeValue(typeName: typeName, object: object))
    }

    static func optionalString(_ value: Value) throws -> String? {
        try value.unwrapped.map { try $0.asString() }
    }

    static func optionalNative<T>(_ value: Value, _ type: T.Type) throws -> T? {
        try value.unwrapped.map { try $0.asNative(type) }
    }

    static func register(in registry: Registry) {
        registerStyles(in: registry)
        registerFigure(in: registry)
        registerPlotProperties(in: registry)
        registerSeries(in: registry)
        registerQuickPlots(in: registry)
    }

    static func registerStyles(in registry: Registry) {
        registry.declareType("Color", "struct Color", documentation: "An sRGB colour.")
        registry.add("init(hex: UInt32)", of: "Color", documentation: "A colour from 0xRRGGBB.") { _, arguments, _ in
            guard let hex = UInt32(exactly: try arguments[0].asInt()) else { throw LibraryUsageError("a colour is 0x000000 to 0xFFFFFF") }
            return native(Color(hex: hex), "Color")
        }
        let colors: [(String, Color, String)] = [
            ("black", .black, "Black."), ("white", .white, "White."), ("blue", .blue, "The Okabe–Ito blue."),
            ("orange", .orange, "The Okabe–Ito orange."), ("green", .green, "The Okabe–Ito bluish green."),
            ("red", .red, "The Okabe–Ito vermillion."), ("purple", .purple, "The Okabe–Ito reddish purple."),
            ("skyBlue", .skyBlue, "The Okabe–Ito sky blue."), ("gray", .gray, "A mid grey."),
        ]
        for (name, color, doc) in colors {
            registry.add("static var \(name): Color { get }", of: "Color", documentation: doc) { _, _, _ in native(color, "Color") }
        }
        registry.declareType("LineDash", "enum LineDash", documentation: "How a line is stroked.")
        let dashes: [(String, LineDash, String)] = [
            ("solid", .solid, "A continuous line."), ("dashed", .dashed, "Long dashes."), ("dotted", .dotted, "Dots."),
            ("dashDot", .dashDot, "Alternating dash and dot."),
        ]
        for (name, dash, doc) in dashes {
            registry.add("case \(name)", of: "LineDash", documentation: doc) { _, _, _ in native(dash, "LineDash") }
        }
        registry.declareType("Marker", "enum Marker", documentation: "The symbol drawn at each point of a scatter (or a line with markers).")
        let markers: [(String, Marker, String)] = [
            ("circle", .circle, "A filled circle."), ("square", .square, "A filled square."),
            ("triangle", .triangle, "A filled triangle pointing up."), ("diamond", .diamond, "A filled diamond."),
            ("cross", .cross, "An ×."), ("plus", .plus, "A +."),
        ]
        for (name, marker, doc) in markers {
            registry.add("case \(name)", of: "Marker", documentation: doc) { _, _, _ in native(marker, "Marker") }
        }
        registry.declareType("LegendPosition", "enum LegendPosition", documentation: "Where a panel's legend goes.")
        let positions: [(String, LegendPosition, String)] = [
            ("auto", .auto, "The inside corner (or edge middle) that covers no data, upper right first; else outside to the right or the position covering the least."),
            ("upperRight", .upperRight, "Inside, upper right corner."), ("upperLeft", .upperLeft, "Inside, upper left corner."),
            ("lowerLeft", .lowerLeft, "Inside, lower left corner."), ("lowerRight", .lowerRight, "Inside, lower right corner."),
            ("outside", .outside, "Outside the plot area, to its right (never covers data)."), ("hidden", .hidden, "No legend."),
        ]
        for (name, position, doc) in positions {
            registry.add("case \(name)", of: "LegendPosition", documentation: doc) { _, _, _ in native(position, "LegendPosition") }
        }
    }

    static func registerFigure(in registry: Registry) {
        registry.declareType("Plot", "final class Plot", documentation: "One panel of a figure: axes, scales, labels and the data drawn in them. Get one from a figure (`figure.plot`, `figure[0, 1]`).")
        registry.add("init(width: Double? = nil, height: Double? = nil, rows: Int = 1, columns: Int = 1, sharedX: Bool = false, sharedY: Bool = false)",
                     of: "Figure", documentation: "A figure of `rows` × `columns` panels, `width` × `height` CSS pixels (nil: 640 × 440 for one panel, 430 px per column and 330 px per row for grids).") { _, arguments, _ in
            native(Figure(width: try arguments[0].unwrapped.map { try $0.asDouble() }, height: try arguments[1].unwrapped.map { try $0.asDouble() },
                          rows: try arguments[2].asInt(), columns: try arguments[3].asInt(),
                          sharedX: try arguments[4].asBool(), sharedY: try arguments[5].asBool()), "Figure")
        }
        registry.add("var plot: Plot { get }", of: "Figure", documentation: "The first (top-left) panel; the only one in a single-panel figure.") { receiver, _, _ in
            native(try receiver.asNative(Figure.self).plot, "Plot")
        }
        registry.add("var panels: [Plot] { get }", of: "Figure", documentation: "The panels in row-major order.") { receiver, _, _ in
            .array(ArrayValue(try receiver.asNative(Figure.self).panels.map { native($0, "Plot") }, elementType: .named("Plot")))
        }
        registry.add("subscript(row: Int, column: Int) -> Plot { get }", of: "Figure",
                     documentation: "The panel at `row`, `column` (0-based). Outside the grid it returns a detached panel and the figure reports the mistake when drawn.") { receiver, arguments, _ in
            native(try receiver.asNative(Figure.self)[try arguments[0].asInt(), try arguments[1].asInt()], "Plot")
        }
        registry.add("func panel(row: Int, column: Int) throws -> Plot", of: "Figure", documentation: "The panel at `row`, `column` (0-based), or an error outside the grid.") { receiver, arguments, _ in
            native(try receiver.asNative(Figure.self).panel(row: try arguments[0].asInt(), column: try arguments[1].asInt()), "Plot")
        }
        registry.add("var rows: Int { get }", of: "Figure", documentation: "Number of panel rows.") { receiver, _, _ in
            .int(try receiver.asNative(Figure.self).rows)
        }
        registry.add("var columns: Int { get }", of: "Figure", documentation: "Number of panel columns.") { receiver, _, _ in
            .int(try receiver.asNative(Figure.self).columns)
        }
        registry.add("var title: String { get set }", of: "Figure", documentation: "A title above all panels (empty for none).", setter: { receiver, value, _ in
            try receiver.asNative(Figure.self).title = try value.asString()
        }) { receiver, _, _ in .string(try receiver.asNative(Figure.self).title) }
        registry.add("var width: Double { get set }", of: "Figure", documentation: "Width in CSS pixels.", setter: { receiver, value, _ in
            try receiver.asNative(Figure.self).width = try value.asDouble()
        }) { receiver, _, _ in .double(try receiver.asNative(Figure.self).width) }
        registry.add("var height: Double { get set }", of: "Figure", documentation: "Height in CSS pixels.", setter: { receiver, value, _ in
            try receiver.asNative(Figure.self).height = try value.asDouble()
        }) { receiver, _, _ in .double(try receiver.asNative(Figure.self).height) }
        registry.add("var problems: [String] { get }", of: "Figure", documentation: "Everything that stops the figure from being drawn faithfully; empty when it can be.") { receiver, _, _ in
            .array(ArrayValue(try receiver.asNative(Figure.self).problems.map { .string($0) }, elementType: .string))
        }
    }

    static func registerPlotProperties(in registry: Registry) {
        let texts: [(String, ReferenceWritableKeyPath<Plot, String>, String)] = [
            ("title", \.title, "The title above the panel."), ("xLabel", \.xLabel, "The label under the x axis."),
            ("yLabel", \.yLabel, "The label left of the y axis."),
        ]
        for (name, path, doc) in texts {
            registry.add("var \(name): String { get set }", of: "Plot", documentation: doc, setter: { receiver, value, _ in
                try receiver.asNative(Plot.self)[keyPath: path] = try value.asString()
            }) { receiver, _, _ in .string(try receiver.asNative(Plot.self)[keyPath: path]) }
        }
        let scales: [(String, ReferenceWritableKeyPath<Plot, Scale>, String)] = [
            ("xScale", \.xScale, "How x values map to positions."), ("yScale", \.yScale, "How y values map to positions."),
        ]
        for (name, path, doc) in scales {
            registry.add("var \(name): Scale { get set }", of: "Plot", documentation: doc, setter: { receiver, value, _ in
                try receiver.asNative(Plot.self)[keyPath: path] = try value.asNative(Scale.self)
            }) { receiver, _, _ in native(try receiver.asNative(Plot.self)[keyPath: path], "Scale") }
        }
        registry.add("var grid: Bool { get set }", of: "Plot", documentation: "Whether light grid lines are drawn at the major ticks.", setter: { receiver, value, _ in
            try receiver.asNative(Plot.self).grid = try value.asBool()
        }) { receiver, _, _ in .bool(try receiver.asNative(Plot.self).grid) }
        registry.add("var legend: LegendPosition { get set }", of: "Plot", documentation: "Where the legend goes (only labelled series appear in it).", setter: { receiver, value, _ in
            try receiver.asNative(Plot.self).legend = try value.asNative(LegendPosition.self)
        }) { receiver, _, _ in native(try receiver.asNative(Plot.self).legend, "LegendPosition") }
        registry.add("var seriesCount: Int { get }", of: "Plot", documentation: "How many data layers (series, bar sets, heatmaps…) the panel holds.") { receiver, _, _ in
            .int(try receiver.asNative(Plot.self).seriesCount)
        }
        registry.add("var legendLabels: [String] { get }", of: "Plot", documentation: "The legend labels, in drawing order, as they will read (math converted to Unicode).") { receiver, _, _ in
            .array(ArrayValue(try receiver.asNative(Plot.self).legendLabels.map { .string($0) }, elementType: .string))
        }
    }

    static func registerSeries(in registry: Registry) {
        registry.add("func line(x: [Double], y: [Double], label: String? = nil, color: Color? = nil, width: Double = 2, dash: LineDash? = nil, marker: Marker? = nil, markerSize: Double = 6)",
                     of: "Plot", documentation: "Draws `y` against `x` as a line (NaN or infinite points leave gaps); nil colour and dash take the next of the cycle.") { receiver, a, _ in
            try receiver.asNative(Plot.self).line(x: try a[0].asDoubles(), y: try a[1].asDoubles(), label: try optionalString(a[2]),
                                                  color: try optionalNative(a[3], Color.self), width: try a[4].asDouble(),
                                                  dash: try optionalNative(a[5], LineDash.self), marker: try optionalNative(a[6], Marker.self),
                                                  markerSize: try a[7].asDouble())
            return .void
        }
        registry.add("func line(y: [Double], label: String? = nil, color: Color? = nil, width: Double = 2, dash: LineDash? = nil, marker: Marker? = nil, markerSize: Double = 6)",
                     of: "Plot", documentation: "Draws `y` against its index 0, 1, 2, … (like matplotlib's `plot(y)`).") { receiver, a, _ in
            try receiver.asNative(Plot.self).line(y: try a[0].asDoubles(), label: try optionalString(a[1]),
                                                  color: try optionalNative(a[2], Color.self), width: try a[3].asDouble(),
                                                  dash: try optionalNative(a[4], LineDash.self), marker: try optionalNative(a[5], Marker.self),
                                                  markerSize: try a[6].asDouble())
            return .void
        }
        registry.add("func scatter(x: [Double], y: [Double], label: String? = nil, color: Color? = nil, marker: Marker = .circle, size: Double = 7)",
                     of: "Plot", documentation: "Draws unconnected markers at the points (NaN or infinite points are skipped).") { receiver, a, _ in
            try receiver.asNative(Plot.self).scatter(x: try a[0].asDoubles(), y: try a[1].asDoubles(), label: try optionalString(a[2]),
                                                     color: try optionalNative(a[3], Color.self), marker: try a[4].asNative(Marker.self),
                                                     size: try a[5].asDouble())
            return .void
        }
        registry.add("func density(grid: [Double], values: [Double], label: String? = nil, color: Color? = nil, width: Double = 2, fill: Bool = true)",
                     of: "Plot", documentation: "Draws a density (for example an SLQ spectral density) as a line over a lightly filled area.") { receiver, a, _ in
            try receiver.asNative(Plot.self).density(grid: try a[0].asDoubles(), values: try a[1].asDoubles(), label: try optionalString(a[2]),
                                                     color: try optionalNative(a[3], Color.self), width: try a[4].asDouble(), fill: try a[5].asBool())
            return .void
        }
        registry.add("func spectrum(eigenvalues: [Double], label: String? = nil, color: Color? = nil)", of: "Plot",
                     documentation: "Draws an eigenvalue spectrum: the eigenvalues sorted in decreasing order against their rank 1, 2, …, with markers when there are at most 200 of them.") { receiver, a, _ in
            try receiver.asNative(Plot.self).spectrum(eigenvalues: try a[0].asDoubles(), label: try optionalString(a[1]),
                                                      color: try optionalNative(a[2], Color.self))
            return .void
        }
        registry.add("func histogram(values: [Double], bins: Int = 30, density: Bool = false, label: String? = nil, color: Color? = nil)", of: "Plot",
                     documentation: "Draws a histogram of the finite `values` in `bins` equal-width bins (from the smallest to the largest value); `density` divides counts by (total × bin width).") { receiver, a, _ in
            try receiver.asNative(Plot.self).histogram(values: try a[0].asDoubles(), bins: try a[1].asInt(), density: try a[2].asBool(),
                                                       label: try optionalString(a[3]), color: try optionalNative(a[4], Color.self))
            return .void
        }
        registry.add("func bars(x: [Double], heights: [Double], width: Double? = nil, label: String? = nil, color: Color? = nil)", of: "Plot",
                     documentation: "Draws bars centred at `x` with the given heights (width nil: 80 % of the smallest gap between centres).") { receiver, a, _ in
            try receiver.asNative(Plot.self).bars(x: try a[0].asDoubles(), heights: try a[1].asDoubles(), width: try a[2].unwrapped.map { try $0.asDouble() },
                                                  label: try optionalString(a[3]), color: try optionalNative(a[4], Color.self))
            return .void
        }
        registry.add("func bars(heights: [Double], label: String? = nil, color: Color? = nil)", of: "Plot",
                     documentation: "Draws bars at 1, 2, 3, … with the given heights.") { receiver, a, _ in
            try receiver.asNative(Plot.self).bars(heights: try a[0].asDoubles(), label: try optionalString(a[1]), color: try optionalNative(a[2], Color.self))
            return .void
        }
        registry.add("func heatmap(values: [Double], rows: Int, columns: Int, colorBar: Bool = true, label: String = \"\")", of: "Plot",
                     documentation: "Draws a row-major matrix (`values[row * columns + column]`) as coloured cells, row 0 at the top; signed data get the zero-centred diverging map.") { receiver, a, _ in
            try receiver.asNative(Plot.self).heatmap(values: try a[0].asDoubles(), rows: try a[1].asInt(), columns: try a[2].asInt(),
                                                     colorBar: try a[3].asBool(), label: try a[4].asString())
            return .void
        }
        registry.add("func contour(x: [Double], y: [Double], values: [[Double]], levels: Int = 10, lines: Bool = true, colorBar: Bool = true, label: String = \"\")", of: "Plot",
                     documentation: "Draws filled contours of `values[row][column]`, sampled at `(x[column], y[row])`; `levels` is about how many bands.") { receiver, a, _ in
            let values = try a[2].asArray().elements.map { try $0.asDoubles() }
            try receiver.asNative(Plot.self).contour(x: try a[0].asDoubles(), y: try a[1].asDoubles(), values: values, levels: try a[3].asInt(),
                                                     lines: try a[4].asBool(), colorBar: try a[5].asBool(), label: try a[6].asString())
            return .void
        }
        registry.add("func horizontalLine(y: Double, label: String? = nil, color: Color = .gray, width: Double = 1.5, dash: LineDash = .dashed)", of: "Plot",
                     documentation: "A horizontal line across the panel at `y` (a bound, a threshold), dashed grey unless styled.") { receiver, a, _ in
            try receiver.asNative(Plot.self).horizontalLine(y: try a[0].asDouble(), label: try optionalString(a[1]), color: try a[2].asNative(Color.self),
                                                            width: try a[3].asDouble(), dash: try a[4].asNative(LineDash.self))
            return .void
        }
        registry.add("func verticalLine(x: Double, label: String? = nil, color: Color = .gray, width: Double = 1.5, dash: LineDash = .dashed)", of: "Plot",
                     documentation: "A vertical line across the panel at `x`, dashed grey unless styled.") { receiver, a, _ in
            try receiver.asNative(Plot.self).verticalLine(x: try a[0].asDouble(), label: try optionalString(a[1]), color: try a[2].asNative(Color.self),
                                                          width: try a[3].asDouble(), dash: try a[4].asNative(LineDash.self))
            return .void
        }
    }

    static func registerQuickPlots(in registry: Registry) {
        registry.add("func linePlot(x: [Double]? = nil, y: [Double], label: String? = nil, title: String = \"\", xLabel: String = \"\", yLabel: String = \"\", xScale: Scale = .linear, yScale: Scale = .linear) -> Figure",
                     documentation: "A line plot of `y` against `x` (or against 0, 1, 2, … when `x` is nil).") { _, a, _ in
            native(linePlot(x: try a[0].unwrapped.map { try $0.asDoubles() }, y: try a[1].asDoubles(), label: try optionalString(a[2]),
                            title: try a[3].asString(), xLabel: try a[4].asString(), yLabel: try a[5].asString(),
                            xScale: try a[6].asNative(Scale.self), yScale: try a[7].asNative(Scale.self)), "Figure")
        }
        registry.add("func scatterPlot(x: [Double], y: [Double], label: String? = nil, title: String = \"\", xLabel: String = \"\", yLabel: String = \"\") -> Figure",
                     documentation: "A scatter plot.") { _, a, _ in
            native(scatterPlot(x: try a[0].asDoubles(), y: try a[1].asDoubles(), label: try optionalString(a[2]), title: try a[3].asString(),
                               xLabel: try a[4].asString(), yLabel: try a[5].asString()), "Figure")
        }
        registry.add("func heatmapPlot(values: [Double], rows: Int, columns: Int, title: String = \"\", label: String = \"\") -> Figure",
                     documentation: "A heatmap of a row-major matrix with a colour bar (diverging, zero-centred for signed data).") { _, a, _ in
            native(heatmapPlot(values: try a[0].asDoubles(), rows: try a[1].asInt(), columns: try a[2].asInt(), title: try a[3].asString(),
                               label: try a[4].asString()), "Figure")
        }
        registry.add("func contourPlot(x: [Double], y: [Double], values: [[Double]], levels: Int = 10, title: String = \"\", xLabel: String = \"\", yLabel: String = \"\") -> Figure",
                     documentation: "Filled contours of `values[row][column]` at `(x[column], y[row])`.") { _, a, _ in
            native(contourPlot(x: try a[0].asDoubles(), y: try a[1].asDoubles(), values: try a[2].asArray().elements.map { try $0.asDoubles() },
                               levels: try a[3].asInt(), title: try a[4].asString(), xLabel: try a[5].asString(), yLabel: try a[6].asString()), "Figure")
        }
        registry.add("func spectrumPlot(eigenvalues: [Double], title: String = \"\", yScale: Scale = .linear) -> Figure",
                     documentation: "An eigenvalue spectrum (sorted, against rank).") { _, a, _ in
            native(spectrumPlot(eigenvalues: try a[0].asDoubles(), title: try a[1].asString(), yScale: try a[2].asNative(Scale.self)), "Figure")
        }
    }
}
