/// Heatmaps and contours of two-dimensional data.
extension Plot {
    /// Draws a row-major matrix (`values[row * columns + column]`) as coloured cells, row 0 at the top.
    /// - Parameters:
    ///   - colorMap: `.automatic` picks the zero-centred diverging map for signed data (a Hessian).
    ///   - colorBar: draw a colour bar to the right.
    ///   - label: the colour bar's label.
    public func heatmap(values: [Double], rows: Int, columns: Int, colorMap: ColorMap = .automatic,
                        colorBar: Bool = true, label: String = "") {
        var problems: [String] = []
        var r = rows, c = columns
        if rows < 1 || columns < 1 || rows.multipliedReportingOverflow(by: columns).overflow || rows * columns != values.count {
            problems.append("heatmap: \(values.count) values do not fill a \(rows) × \(columns) matrix")
            r = 0; c = 0
        }
        layers.append(HeatmapLayer(values: r == 0 ? [] : values, rows: r, columns: c, map: colorMap,
                                   showColorBar: colorBar, label: label, inputProblems: problems))
    }

    /// Draws a matrix given as rows (`matrix[row][column]`), row 0 at the top.
    public func heatmap(matrix: [[Double]], colorMap: ColorMap = .automatic, colorBar: Bool = true, label: String = "") {
        let columns = matrix.first?.count ?? 0
        guard matrix.allSatisfy({ $0.count == columns }) else {
            inputProblems.append("heatmap: the rows of the matrix have different lengths")
            return
        }
        heatmap(values: Array(matrix.joined()), rows: matrix.count, columns: columns, colorMap: colorMap,
                colorBar: colorBar, label: label)
    }

    /// Draws filled contours of `values[row][column]`, sampled at `(x[column], y[row])`.
    /// - Parameters:
    ///   - levels: about how many bands (nice level values are chosen).
    ///   - lines: draw thin contour lines between bands.
    ///   - label: the colour bar's label.
    ///   - range: the values the colours span (default: the data's range); give two panels the same range
    ///     to compare them band for band. Values outside it take the end colours.
    public func contour(x: [Double], y: [Double], values: [[Double]], levels: Int = 10, colorMap: ColorMap = .viridis,
                        lines: Bool = true, colorBar: Bool = true, label: String = "", range: ClosedRange<Double>? = nil) {
        var problems: [String] = []
        if levels < 1 || levels > 100 { problems.append("contour: levels must be between 1 and 100 (got \(levels))") }
        if let range, !(range.lowerBound.isFinite && range.upperBound.isFinite) {
            problems.append("contour: the range must be finite")
        }
        layers.append(ContourLayer(x: x, y: y, values: values, levelCount: min(max(levels, 1), 100), map: colorMap,
                                   showLines: lines, showColorBar: colorBar, label: label, range: range,
                                   inputProblems: problems))
    }

    /// Draws filled contours of `values[row][column]` at integer grid positions.
    public func contour(values: [[Double]], levels: Int = 10, colorMap: ColorMap = .viridis, lines: Bool = true,
                        colorBar: Bool = true, label: String = "") {
        contour(x: (values.first ?? []).indices.map(Double.init), y: values.indices.map(Double.init), values: values,
                levels: levels, colorMap: colorMap, lines: lines, colorBar: colorBar, label: label)
    }
}
