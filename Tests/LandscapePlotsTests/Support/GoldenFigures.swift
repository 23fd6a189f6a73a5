import Foundation
@testable import LandscapePlots

/// One figure of each kind, built from fixed formulas (no randomness), for golden files and tests.
enum GoldenFigures {
    static let all: [(name: String, figure: @Sendable () -> Figure)] = [
        ("line-log", { paperLikeFigure(points: 400, series: 5) }),
        ("line-markers-gaps", lineWithMarkersAndGaps),
        ("scatter", scatter),
        ("histogram", histogram),
        ("bars", bars),
        ("heatmap", heatmap),
        ("contour", contour),
        ("spectrum-density", spectrumAndDensity),
        ("grid-shared", grid),
        ("symlog", symlog),
        ("log-error", logError),
        ("categories-reference", categoriesAndReference),
    ]

    static func lineWithMarkersAndGaps() -> Figure {
        let figure = Figure()
        let x = (0...40).map { Double($0) / 4 }
        var y = x.map { sin($0) * exp(-$0 / 8) }
        y[17] = .nan; y[18] = .nan
        figure.plot.line(x: x, y: y, label: "$\\sin t \\cdot e^{-t/8}$", marker: .circle)
        figure.plot.line(x: x, y: x.map { cos($0) * 0.5 }, label: "$\\frac{1}{2}\\cos t$", dash: .dashed, marker: .square, markerSize: 5)
        figure.plot.title = "Markers, dashes and a gap"
        figure.plot.xLabel = "$t$"
        figure.plot.yLabel = "amplitude"
        return figure
    }

    static func scatter() -> Figure {
        let figure = Figure()
        let n = 300
        let x = (0..<n).map { k -> Double in sin(Double(k) * 12.9898) * 2 }
        let y = x.enumerated().map { k, v in 0.8 * v + cos(Double(k) * 78.233) * 0.6 }
        figure.plot.scatter(x: x, y: y, label: "samples")
        figure.plot.scatter(x: [-1.5, 0, 1.5], y: [-1.2, 0, 1.2], label: "centres θ*", marker: .diamond, size: 11)
        figure.plot.title = "Scatter"
        figure.plot.xLabel = "$x_1$"
        figure.plot.yLabel = "$x_2$"
        return figure
    }

    static func histogram() -> Figure {
        let figure = Figure()
        let values = (0..<2000).map { k -> Double in
            let u = (Double(k) + 0.5) / 2000
            return 1.2 * log(u / (1 - u))  // logistic quantiles: a smooth bell
        }
        figure.plot.histogram(values: values, bins: 40, label: "per-object loss")
        figure.plot.title = "Histogram"
        figure.plot.xLabel = "loss ℓ"
        return figure
    }

    static func bars() -> Figure {
        let figure = Figure()
        figure.plot.bars(x: [1, 2, 3, 4, 5], heights: [0.21, 0.43, 0.38, 0.12, 0.05], width: 0.38, label: "h = 16")
        figure.plot.bars(x: [1.4, 2.4, 3.4, 4.4, 5.4], heights: [0.25, 0.31, 0.42, 0.2, 0.09], width: 0.38, label: "h = 64")
        figure.plot.title = "Bars"
        figure.plot.xLabel = "number of layers $L$"
        figure.plot.yLabel = "$\\Delta_k$"
        return figure
    }

    static func heatmap() -> Figure {
        let figure = Figure(width: 560, height: 480)
        let n = 24
        var values: [Double] = []
        for i in 0..<n { for j in 0..<n { values.append((i == j ? 2.0 : 0) + cos(Double(i - j) * 0.7) * exp(-Double(abs(i - j)) / 6) - 0.3) } }
        figure.plot.heatmap(values: values, rows: n, columns: n, label: "$H_{ij}$")
        figure.plot.title = "Hessian block"
        figure.plot.xLabel = "parameter $j$"
        figure.plot.yLabel = "parameter $i$"
        return figure
    }

    static func contour() -> Figure {
        let figure = Figure(width: 600, height: 480)
        let x = (0...60).map { -2 + 4 * Double($0) / 60 }
        let y = (0...50).map { -1.5 + 3 * Double($0) / 50 }
        let values = y.map { b in x.map { a in (a * a - 1) * (a * a - 1) + 2 * b * b + 0.3 * a * b } }
        figure.plot.contour(x: x, y: y, values: values, levels: 10, label: "$\\mathcal{L}(\\theta)$")
        figure.plot.title = "Loss landscape slice"
        figure.plot.xLabel = "$\\alpha$"
        figure.plot.yLabel = "$\\beta$"
        return figure
    }

    static func spectrumAndDensity() -> Figure {
        let figure = Figure(rows: 1, columns: 2)
        let eigenvalues = (0..<60).map { k -> Double in 12 * exp(-Double(k) / 6) - 0.4 + 0.05 * sin(Double(k)) }
        figure[0, 0].spectrum(eigenvalues: eigenvalues, label: "top-60")
        figure[0, 0].title = "Spectrum"
        let grid = (0...200).map { -2 + 16 * Double($0) / 200 }
        let density = grid.map { t in 0.8 * exp(-t * t / 0.5) / 1.25 + 0.2 * exp(-(t - 8) * (t - 8) / 4) / 3.5 }
        figure[0, 1].density(grid: grid, values: density, label: "SLQ")
        figure[0, 1].title = "Spectral density"
        return figure
    }

    static func grid() -> Figure {
        let figure = Figure(rows: 2, columns: 2, sharedX: true, sharedY: true)
        figure.title = "Shared axes"
        for r in 0..<2 {
            for c in 0..<2 {
                let panel = figure[r, c]
                let k = (1...200).map(Double.init)
                panel.line(x: k, y: k.map { Double(r + 1) * 0.5 / $0 }, label: "L = \(r + 2)")
                panel.line(x: k, y: k.map { Double(c + 1) * 0.2 / ($0 + 5) }, label: "h = \(8 << c)")
                panel.yScale = .log
                panel.title = "h = \(8 << c), L = \(r + 2)"
                panel.xLabel = "$k$"
                panel.yLabel = "$\\Delta_k$"
            }
        }
        return figure
    }

    static func symlog() -> Figure {
        let figure = Figure()
        let x = (0...200).map { -10 + Double($0) / 10 }
        figure.plot.line(x: x, y: x.map { $0 * $0 * $0 }, label: "$t^3$")
        figure.plot.line(x: x, y: x.map { sinh($0 / 2) }, label: "sinh(t/2)")
        figure.plot.yScale = .symlog(threshold: 1)
        figure.plot.title = "Symmetric log"
        figure.plot.xLabel = "$t$"
        return figure
    }

    static func categoriesAndReference() -> Figure {
        let figure = Figure()
        figure.plot.bars(categories: ["$L$ = 1", "$L$ = 2", "$L$ = 3", "$L$ = 4"], values: [0.8, 1.9, 2.6, 3.1], label: "measured")
        figure.plot.horizontalLine(y: 3.5, label: "bound (Thm. 1)")
        figure.plot.annotate("$\\Delta$ grows with $L$", x: 1.6, y: 2.9)
        figure.plot.title = "Categories, a bound and a note"
        figure.plot.yLabel = "$\\|\\nabla^2 \\mathcal{L}\\|_2$"
        return figure
    }

    static func logError() -> Figure {
        let figure = Figure()
        figure.plot.line(y: [1, 0.5, 0, -0.2, 0.01], label: "loss")
        figure.plot.yScale = .log
        figure.plot.title = "Non-positive values on a log axis"
        return figure
    }
}
