/// One-line figures for notebook cells. Each returns a new single-panel `Figure`; adjust it further
/// through `figure.plot` or render it with `figure.svg`.

/// A line plot of `y` against `x` (or against 0, 1, 2, … when `x` is nil).
public func linePlot(x: [Double]? = nil, y: [Double], label: String? = nil, title: String = "", xLabel: String = "",
                     yLabel: String = "", xScale: Scale = .linear, yScale: Scale = .linear) -> Figure {
    let figure = Figure()
    let plot = figure.plot
    if let x { plot.line(x: x, y: y, label: label) } else { plot.line(y: y, label: label) }
    plot.title = title; plot.xLabel = xLabel; plot.yLabel = yLabel; plot.xScale = xScale; plot.yScale = yScale
    return figure
}

/// Several labelled lines sharing one x (or the index 0, 1, 2, … when `x` is nil), one per `(label, y)`.
public func linePlot(x: [Double]? = nil, series: [(label: String, y: [Double])], title: String = "", xLabel: String = "",
                     yLabel: String = "", xScale: Scale = .linear, yScale: Scale = .linear) -> Figure {
    let figure = Figure()
    let plot = figure.plot
    for s in series {
        if let x { plot.line(x: x, y: s.y, label: s.label) } else { plot.line(y: s.y, label: s.label) }
    }
    plot.title = title; plot.xLabel = xLabel; plot.yLabel = yLabel; plot.xScale = xScale; plot.yScale = yScale
    return figure
}

/// A scatter plot.
public func scatterPlot(x: [Double], y: [Double], label: String? = nil, title: String = "", xLabel: String = "",
                        yLabel: String = "") -> Figure {
    let figure = Figure()
    figure.plot.scatter(x: x, y: y, label: label)
    figure.plot.title = title; figure.plot.xLabel = xLabel; figure.plot.yLabel = yLabel
    return figure
}

/// A histogram.
public func histogramPlot(values: [Double], bins: Int = 30, title: String = "", xLabel: String = "") -> Figure {
    let figure = Figure()
    figure.plot.histogram(values: values, bins: bins)
    figure.plot.title = title; figure.plot.xLabel = xLabel
    return figure
}

/// A heatmap of a row-major matrix with a colour bar (diverging, zero-centred for signed data).
public func heatmapPlot(values: [Double], rows: Int, columns: Int, title: String = "", label: String = "") -> Figure {
    let figure = Figure(width: 560, height: 480)
    figure.plot.heatmap(values: values, rows: rows, columns: columns, label: label)
    figure.plot.title = title
    return figure
}

/// Filled contours of `values[row][column]` at `(x[column], y[row])`.
public func contourPlot(x: [Double], y: [Double], values: [[Double]], levels: Int = 10, title: String = "",
                        xLabel: String = "", yLabel: String = "") -> Figure {
    let figure = Figure(width: 600, height: 480)
    figure.plot.contour(x: x, y: y, values: values, levels: levels)
    figure.plot.title = title; figure.plot.xLabel = xLabel; figure.plot.yLabel = yLabel
    return figure
}

/// An eigenvalue spectrum (sorted, against rank).
public func spectrumPlot(eigenvalues: [Double], title: String = "", yScale: Scale = .linear) -> Figure {
    let figure = Figure()
    figure.plot.spectrum(eigenvalues: eigenvalues)
    figure.plot.title = title; figure.plot.yScale = yScale
    return figure
}
