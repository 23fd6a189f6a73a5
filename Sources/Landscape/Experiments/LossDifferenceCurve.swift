/// The paper's curve |L_{k+1}(θ̂) − L_k(θ̂)| against k, exactly as code/plot_differences.py computes it:
/// for each random permutation of the per-object losses, the running means L_k and |L_{k+1} − L_k|
/// (k = 1…n−1); the mean over permutations; then an exponential moving average
/// y_k = ema·y_{k−1} + (1 − ema)·x_k starting at y_1 = x_1.
public struct LossDifferenceCurve: Sendable, CustomStringConvertible {
    /// k = 1…n−1.
    public let k: [Int]
    /// The mean over permutations of |L_{k+1} − L_k|, before smoothing.
    public let meanDifferences: [Double]
    /// The smoothed curve (what the paper plots).
    public let smoothed: [Double]
    /// The per-object losses the curve was computed from.
    public let losses: [Double]
    /// The number of permutations averaged.
    public let permutations: Int
    /// The EMA factor.
    public let ema: Double
    /// An optional label (e.g. "h = 16, L = 5") for legends.
    public var label: String

    /// The curve from given per-object losses.
    public init(losses: [Double], permutations: Int = 100, ema: Double = 0.99, seed: UInt64 = 0, label: String = "") throws {
        guard losses.count >= 2 else { throw CurvatureError.invalidArgument("the curve needs at least 2 objects, got \(losses.count)") }
        guard permutations >= 1 else { throw CurvatureError.invalidArgument("permutations must be ≥ 1, got \(permutations)") }
        guard ema >= 0, ema < 1 else { throw CurvatureError.invalidArgument("ema must lie in [0, 1), got \(ema)") }
        let n = losses.count
        var generator = SeededGenerator(seed: seed)
        var total = [Double](repeating: 0, count: n - 1)
        for _ in 0..<permutations {
            let order = generator.permutation(of: n)
            var sum = 0.0
            var previousMean = 0.0
            for (position, index) in order.enumerated() {
                sum += losses[index]
                let mean = sum / Double(position + 1)
                if position > 0 { total[position - 1] += abs(mean - previousMean) }
                previousMean = mean
            }
        }
        let mean = total.map { $0 / Double(permutations) }
        var smoothed = [Double](repeating: 0, count: n - 1)
        smoothed[0] = mean[0]
        for i in 1..<(n - 1) { smoothed[i] = ema * smoothed[i - 1] + (1 - ema) * mean[i] }
        self.k = Array(1..<n)
        self.meanDifferences = mean
        self.smoothed = smoothed
        self.losses = losses
        self.permutations = permutations
        self.ema = ema
        self.label = label
    }

    public var description: String {
        let name = label.isEmpty ? "" : "\(label): "
        let first = smoothed.first.map(formatCompact) ?? "–"
        let last = smoothed.last.map(formatCompact) ?? "–"
        return "LossDifferenceCurve(\(name)k = 1…\(k.last ?? 0), \(permutations) permutations, EMA \(ema): \(first) → \(last))"
    }
}

extension MLP {
    /// The paper's loss-difference curve at the current θ on `data` (see `LossDifferenceCurve`).
    public func lossDifferences(on data: Dataset, permutations: Int = 100, ema: Double = 0.99, seed: UInt64 = 0) throws -> LossDifferenceCurve {
        try LossDifferenceCurve(losses: losses(on: data), permutations: permutations, ema: ema, seed: seed,
                                label: "h = \(hiddenWidth), hiddenLayers = \(hiddenLayers)")
    }
}
