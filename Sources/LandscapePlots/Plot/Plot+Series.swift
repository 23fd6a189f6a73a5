/// Line, scatter and density series.
extension Plot {
    /// Draws `y` against `x` as a line (NaN or infinite points leave gaps).
    /// - Parameters:
    ///   - label: legend entry (TeX-like math allowed); nil keeps the series out of the legend.
    ///   - color: nil takes the next colour of the colour-blind-safe cycle.
    ///   - width: stroke width in pixels (matplotlib's reference figures use 2).
    ///   - dash: nil is solid for the first ten series, then dashed, dotted…
    ///   - marker: a symbol at every point (deduplicated per half pixel), or nil.
    public func line(x: [Double], y: [Double], label: String? = nil, color: Color? = nil, width: Double = 2,
                     dash: LineDash? = nil, marker: Marker? = nil, markerSize: Double = 6) {
        let (c, d) = nextStyle(color, dash)
        layers.append(LineLayer(x: x, y: y, label: label ?? "", color: c, width: Self.sanitized(width, default: 2),
                                dash: d, marker: marker, markerSize: Self.sanitized(markerSize, default: 6),
                                connect: true, fillToZero: false, kind: "line"))
    }

    /// Draws `y` against its index 0, 1, 2, … (like matplotlib's `plot(y)`).
    public func line(y: [Double], label: String? = nil, color: Color? = nil, width: Double = 2,
                     dash: LineDash? = nil, marker: Marker? = nil, markerSize: Double = 6) {
        line(x: y.indices.map(Double.init), y: y, label: label, color: color, width: width, dash: dash,
             marker: marker, markerSize: markerSize)
    }

    /// Draws unconnected markers at the points (NaN or infinite points are skipped).
    public func scatter(x: [Double], y: [Double], label: String? = nil, color: Color? = nil,
                        marker: Marker = .circle, size: Double = 7) {
        let (c, _) = nextStyle(color, .solid)
        layers.append(LineLayer(x: x, y: y, label: label ?? "", color: c, width: 0, dash: .solid, marker: marker,
                                markerSize: Self.sanitized(size, default: 7), connect: false, fillToZero: false, kind: "scatter"))
    }

    /// Draws a density (for example an SLQ spectral density) as a line over a lightly filled area.
    /// - Parameters:
    ///   - grid: the points where the density was evaluated.
    ///   - values: the density at each grid point.
    public func density(grid: [Double], values: [Double], label: String? = nil, color: Color? = nil,
                        width: Double = 2, fill: Bool = true) {
        let (c, d) = nextStyle(color, nil)
        layers.append(LineLayer(x: grid, y: values, label: label ?? "", color: c, width: Self.sanitized(width, default: 2),
                                dash: d, marker: nil, markerSize: 6, connect: true, fillToZero: fill, kind: "density"))
        if xLabel.isEmpty { xLabel = "eigenvalue λ" }
        if yLabel.isEmpty { yLabel = "density" }
    }

    /// Draws an eigenvalue spectrum: the eigenvalues sorted in decreasing order against their rank
    /// 1, 2, …, with markers when there are at most 200 of them.
    public func spectrum(eigenvalues: [Double], label: String? = nil, color: Color? = nil) {
        let sorted = eigenvalues.filter { !$0.isNaN }.sorted(by: >)
        line(x: sorted.indices.map { Double($0 + 1) }, y: sorted, label: label, color: color, width: 1.5,
             marker: sorted.count <= 200 ? .circle : nil, markerSize: 5)
        if xLabel.isEmpty { xLabel = "rank i" }
        if yLabel.isEmpty { yLabel = "eigenvalue λ_i" }
    }

    /// A positive finite size, or the default.
    static func sanitized(_ value: Double, default fallback: Double) -> Double {
        value.isFinite && value >= 0 ? min(value, 100) : fallback
    }
}

/// Bands: the region between two curves.
extension Plot {
    /// Fills the region between `lower` and `upper` over `x` (for example mean ± std across runs),
    /// translucent and without an outline, under the lines drawn after it.
    /// - Parameters:
    ///   - label: legend entry (a colour patch); nil keeps the band out of the legend.
    ///   - color: nil takes the colour the next line will take, without using it up, so a band drawn
    ///     just before its line matches it.
    ///   - opacity: the fill's opacity in [0, 1].
    public func band(x: [Double], lower: [Double], upper: [Double], label: String? = nil, color: Color? = nil,
                     opacity: Double = 0.2) {
        layers.append(BandLayer(x: x, lower: lower, upper: upper, label: label ?? "",
                                color: color ?? ColorCycle.color(cycleIndex), opacity: opacity))
    }
}
