/// `plot(_:)` overloads that turn the numerics' results into figures, with the paper's conventions.

/// The loss-difference curve |L_{k+1} − L_k| against k (smoothed as in the paper), on a log y axis by default.
public func plot(_ curve: LossDifferenceCurve, yScale: Scale = .log, title: String = "") -> Figure {
    plot([curve], yScale: yScale, title: title)
}

/// Several loss-difference curves in one panel (e.g. one per hidden size), labelled by their `label`.
public func plot(_ curves: [LossDifferenceCurve], yScale: Scale = .log, title: String = "") -> Figure {
    let figure = Figure()
    let panel = figure.plot
    for (index, curve) in curves.enumerated() {
        let label = curve.label.isEmpty ? (curves.count > 1 ? "curve \(index + 1)" : nil) : curve.label
        panel.line(x: curve.k.map(Double.init), y: curve.smoothed, label: label)
    }
    panel.title = title
    panel.xLabel = "k"
    panel.yLabel = "|L_{k+1} − L_k|"
    panel.yScale = yScale
    return figure
}

/// The Hessian (or G-term, or H-term) as a heatmap of its entries.
public func plot(_ hessian: Hessian, title: String = "") -> Figure {
    heatmapPlot(values: hessian.entries, rows: hessian.parameterCount, columns: hessian.parameterCount,
                title: title.isEmpty ? hessian.kind : title, label: "")
}

/// The eigenvalues of a Hessian as a spectrum (sorted, one mark per eigenvalue).
public func plot(spectrumOf hessian: Hessian, yScale: Scale = .linear, title: String = "") throws -> Figure {
    spectrumPlot(eigenvalues: try hessian.eigenvalues, title: title.isEmpty ? "spectrum of \(hessian.kind)" : title,
                 yScale: yScale)
}

/// A line plot of values against their index.
public func plot(_ values: [Double], yScale: Scale = .linear, title: String = "") -> Figure {
    linePlot(y: values, title: title, yScale: yScale)
}

/// A line plot of `y` against `x`.
public func plot(x: [Double], y: [Double], xScale: Scale = .linear, yScale: Scale = .linear, title: String = "") -> Figure {
    linePlot(x: x, y: y, title: title, xScale: xScale, yScale: yScale)
}

/// A slice of the loss surface through θ̂: the measured values and, beside them on the same colour
/// scale, the second-order prediction from θ̂ (filled contours over a along u and b along v).
public func plot(_ slice: LossSlice, levels: Int = 12, title: String = "") -> Figure {
    let figure = Figure(rows: 1, columns: 2)
    let finite = (slice.values + slice.secondOrder).joined().filter(\.isFinite)
    let low = finite.min() ?? 0, high = finite.max() ?? 1
    let range = low < high ? low...high : low...(low + 1)
    let panels = [(slice.values, "measured"), (slice.secondOrder, "second-order prediction")]
    for (column, (values, name)) in panels.enumerated() {
        let panel = figure[0, column]
        panel.contour(x: slice.offsets, y: slice.offsets, values: values, levels: levels, colorBar: column == 1,
                      label: slice.quantity, range: range)
        panel.title = "\(slice.quantity), \(name)"
        panel.xLabel = "a (along u)"
        if column == 0 { panel.yLabel = "b (along v)" }
    }
    figure.title = title
    return figure
}
