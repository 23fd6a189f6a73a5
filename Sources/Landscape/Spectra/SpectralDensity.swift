import Foundation

/// An estimated eigenvalue density (stochastic Lanczos quadrature), ready to plot: `density[i]` at `grid[i]`.
public struct SpectralDensity: Sendable, CustomStringConvertible {
    /// Eigenvalue positions, evenly spaced.
    public let grid: [Double]
    /// The smoothed density at each grid point (integrates to ≈ 1).
    public let density: [Double]
    /// The Ritz values of every probe (the quadrature nodes).
    public let ritzValues: [[Double]]
    /// The quadrature weights of every probe (each probe's weights sum to 1).
    public let ritzWeights: [[Double]]
    /// The Gaussian smoothing width.
    public let bandwidth: Double
    /// Which matrix the density describes.
    public let matrix: CurvatureMatrix

    init(nodes: [(values: [Double], weights: [Double])], gridSize: Int, bandwidth requested: Double?, matrix: CurvatureMatrix) {
        let all = nodes.flatMap(\.values)
        let low = all.min() ?? 0, high = all.max() ?? 0
        let span = high - low
        let sigma = requested ?? (span > 0 ? span / 100 : max(abs(high), 1) * 1e-3)
        let start = low - 4 * sigma, end = high + 4 * sigma
        let step = (end - start) / Double(gridSize - 1)
        let grid = (0..<gridSize).map { start + Double($0) * step }
        var density = [Double](repeating: 0, count: gridSize)
        let norm = 1 / (Double(nodes.count) * sigma * (2 * Double.pi).squareRoot())
        for node in nodes {
            for (value, weight) in zip(node.values, node.weights) {
                for (i, t) in grid.enumerated() {
                    let u = (t - value) / sigma
                    if abs(u) < 12 { density[i] += weight * norm * Foundation.exp(-0.5 * u * u) }
                }
            }
        }
        self.grid = grid
        self.density = density
        self.ritzValues = nodes.map(\.values)
        self.ritzWeights = nodes.map(\.weights)
        self.bandwidth = sigma
        self.matrix = matrix
    }

    /// The smallest and largest Ritz value over all probes.
    public var range: ClosedRange<Double> {
        let all = ritzValues.flatMap { $0 }
        return (all.min() ?? 0)...(all.max() ?? 0)
    }

    public var description: String {
        "SpectralDensity(\(matrix), \(ritzValues.count) probes × \(ritzValues.first?.count ?? 0) Lanczos steps, λ ∈ [\(formatCompact(range.lowerBound)), \(formatCompact(range.upperBound))], bandwidth \(formatCompact(bandwidth)), \(grid.count) grid points)"
    }
}
