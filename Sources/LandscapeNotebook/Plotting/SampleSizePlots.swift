/// `plot(_:)` overloads for the later protocol's curves: each configuration a line (its mean over
/// trainings) over a translucent band of the same colour (mean ± std across trainings).

/// Accuracy against the number of objects the optimizer has seen, mean ± std over trainings.
public func plot(_ curve: AccuracyCurve, xScale: Scale = .linear, title: String = "") -> Figure {
    plot([curve], xScale: xScale, title: title)
}

/// Several accuracy curves in one panel (e.g. one per num_layers at a fixed h), with their bands.
public func plot(_ curves: [AccuracyCurve], xScale: Scale = .linear, title: String = "") -> Figure {
    let figure = Figure()
    let panel = figure.plot
    for curve in curves {
        let x = curve.sampleSizes.map(Double.init)
        panel.band(x: x, lower: curve.lower, upper: curve.upper)
        panel.line(x: x, y: curve.mean, label: curve.label.isEmpty ? nil : curve.label)
    }
    panel.title = title
    panel.xLabel = "objects seen (batch · steps)"
    panel.yLabel = "validation accuracy"
    panel.xScale = xScale
    return figure
}

/// The loss-difference curve averaged over trainings, with its band across trainings, log y by default.
public func plot(_ band: LossDifferenceBand, yScale: Scale = .log, title: String = "") -> Figure {
    plot([band], yScale: yScale, title: title)
}

/// Several loss-difference bands in one panel.
public func plot(_ bands: [LossDifferenceBand], yScale: Scale = .log, title: String = "") -> Figure {
    let figure = Figure()
    let panel = figure.plot
    var isLog = false
    if case .log = yScale { isLog = true }
    for band in bands {
        let x = band.k.map(Double.init)
        // On a log axis a band reaching zero or below is cut at a tenth of the mean, so the band shows
        // where the mean is positive instead of vanishing from the plot.
        let lower = isLog ? zip(band.lower, band.mean).map { max($0, $1 / 10) } : band.lower
        panel.band(x: x, lower: lower, upper: band.upper)
        panel.line(x: x, y: band.mean, label: band.label.isEmpty ? nil : band.label)
    }
    panel.title = title
    panel.xLabel = "k"
    panel.yLabel = "|L_{k+1} − L_k|"
    panel.yScale = yScale
    return figure
}

/// Accuracy against the loss difference at the same sample size (log x), mean ± std over trainings.
public func plot(_ curve: AccuracyVersusDifference, xScale: Scale = .log, title: String = "") -> Figure {
    plot([curve], xScale: xScale, title: title)
}

/// Several accuracy-versus-difference curves in one panel (e.g. one per hidden size).
public func plot(_ curves: [AccuracyVersusDifference], xScale: Scale = .log, title: String = "") -> Figure {
    let figure = Figure()
    let panel = figure.plot
    for curve in curves {
        let lower = zip(curve.meanAccuracy, curve.stdAccuracy).map { $0 - $1 }
        let upper = zip(curve.meanAccuracy, curve.stdAccuracy).map { $0 + $1 }
        panel.band(x: curve.difference, lower: lower, upper: upper)
        panel.line(x: curve.difference, y: curve.meanAccuracy, label: curve.label.isEmpty ? nil : curve.label)
    }
    panel.title = title
    panel.xLabel = "|L_{k+1} − L_k| at k objects seen"
    panel.yLabel = "validation accuracy"
    panel.xScale = xScale
    return figure
}
