import Foundation

/// Validation accuracy against the number of objects the optimizer has seen, mean ± std over trainings
/// (code/plot_accuracy.py: the sample size of step s is batch·(s+1); np.std, so the population std).
public struct AccuracyCurve: Sendable, Equatable {
    /// Objects seen after each step, batchSize·(s+1).
    public let sampleSizes: [Int]
    /// The mean accuracy over trainings at each step.
    public let mean: [Double]
    /// The standard deviation over trainings (divided by the number of trainings, as np.std).
    public let std: [Double]
    /// "h = …, L = …".
    public let label: String
    /// mean − std, the band's lower edge.
    public var lower: [Double] { zip(mean, std).map { $0 - $1 } }
    /// mean + std, the band's upper edge.
    public var upper: [Double] { zip(mean, std).map { $0 + $1 } }
}

/// The loss-difference curve of a configuration with a band across trainings: for each training, the
/// mean over `permutations` random orders of |L_{k+1}(θ̂) − L_k(θ̂)|; `mean` is the EMA of their mean over
/// trainings (exactly code/plot_accuracy_vs_differences.py); `std` is the population std over trainings of
/// each training's own EMA-smoothed curve, which the code does not draw. (EMA is linear, so the mean of
/// the smoothed curves is `mean`, up to rounding.)
public struct LossDifferenceBand: Sendable, Equatable {
    /// k = 1…n−1.
    public let k: [Int]
    /// The smoothed mean curve.
    public let mean: [Double]
    /// Its standard deviation across trainings.
    public let std: [Double]
    /// Each training's smoothed curve.
    public let perTraining: [[Double]]
    /// Permutations per training.
    public let permutations: Int
    /// The EMA factor.
    public let ema: Double
    /// "h = …, L = …".
    public let label: String
    /// mean − std.
    public var lower: [Double] { zip(mean, std).map { $0 - $1 } }
    /// mean + std.
    public var upper: [Double] { zip(mean, std).map { $0 + $1 } }
}

/// Accuracy against the loss difference at the same sample size (code/plot_accuracy_vs_differences.py):
/// at each step's sample size k = batch·(s+1) with k ≤ n − 1, the smoothed loss difference at k and the
/// mean ± std accuracy over trainings; drawn with a log x axis. (The reference code reads its smoothed
/// list at index k, which is k + 1 in the paper's numbering; here the difference is the one at k.)
public struct AccuracyVersusDifference: Sendable, Equatable {
    /// The sample sizes k used.
    public let sampleSizes: [Int]
    /// The smoothed |L_{k+1} − L_k| at each k.
    public let difference: [Double]
    /// Mean accuracy at each k.
    public let meanAccuracy: [Double]
    /// Its std over trainings.
    public let stdAccuracy: [Double]
    /// "h = …, L = …".
    public let label: String
}

extension SampleSizeResult {
    /// Accuracy against the number of objects seen, mean ± std over trainings, up to `maxSampleSize`
    /// objects (the reference plots up to 100,000). Throws when there are no trainings or their
    /// accuracy lists differ in length.
    public func accuracyCurve(maxSampleSize: Int? = nil) throws -> AccuracyCurve {
        let steps = try commonLength(trainings.map(\.validationAccuracy.count), what: "accuracy lists")
        let kept = (0..<steps).prefix { step in maxSampleSize.map { batchSize * (step + 1) <= $0 } ?? true }.count
        var mean = [Double](repeating: 0, count: kept), std = [Double](repeating: 0, count: kept)
        for s in 0..<kept {
            (mean[s], std[s]) = Self.meanAndStd(trainings.map { $0.validationAccuracy[s] })
        }
        return AccuracyCurve(sampleSizes: (0..<kept).map { batchSize * ($0 + 1) }, mean: mean, std: std, label: label)
    }

    /// The loss-difference curve averaged over trainings and permutations, with its band. Training t
    /// draws its permutations from seed `seed + t`, so the same seed gives the same bits.
    public func lossDifferenceBand(permutations: Int = 10, ema: Double = 0.99, seed: UInt64 = 0) throws -> LossDifferenceBand {
        let n = try commonLength(trainings.map(\.losses.count), what: "loss lists")
        guard n >= 2 else { throw ModelError.invalidArgument("\(label): the curve needs at least 2 losses per training, got \(n)") }
        var meanDifferences = [Double](repeating: 0, count: n - 1)
        var smoothed = [[Double]]()
        for (t, training) in trainings.enumerated() {
            let curve = try LossDifferenceCurve(losses: training.losses, permutations: permutations, ema: ema,
                                                seed: seed &+ UInt64(t), label: label)
            for j in 0..<(n - 1) { meanDifferences[j] += curve.meanDifferences[j] }
            smoothed.append(curve.smoothed)
        }
        let count = Double(trainings.count)
        for j in 0..<(n - 1) { meanDifferences[j] /= count }
        var mean = [Double](repeating: 0, count: n - 1)
        mean[0] = meanDifferences[0]
        for j in 1..<(n - 1) { mean[j] = ema * mean[j - 1] + (1 - ema) * meanDifferences[j] }
        let std = (0..<(n - 1)).map { j in Self.meanAndStd(smoothed.map { $0[j] }).std }
        return LossDifferenceBand(k: Array(1..<n), mean: mean, std: std, perTraining: smoothed,
                                  permutations: permutations, ema: ema, label: label)
    }

    /// Accuracy against the smoothed loss difference at the same sample size k = batch·(s+1), for every
    /// step with k ≤ min(n − 1, maxSampleSize) (the reference stops at 50,000).
    public func accuracyVersusDifference(permutations: Int = 10, ema: Double = 0.99, seed: UInt64 = 0,
                                         maxSampleSize: Int? = nil) throws -> AccuracyVersusDifference {
        let band = try lossDifferenceBand(permutations: permutations, ema: ema, seed: seed)
        let accuracy = try accuracyCurve(maxSampleSize: maxSampleSize)
        let kept = accuracy.sampleSizes.prefix { $0 <= band.k.count }.count
        return AccuracyVersusDifference(sampleSizes: Array(accuracy.sampleSizes.prefix(kept)),
                                        difference: accuracy.sampleSizes.prefix(kept).map { band.mean[$0 - 1] },
                                        meanAccuracy: Array(accuracy.mean.prefix(kept)),
                                        stdAccuracy: Array(accuracy.std.prefix(kept)), label: label)
    }

    /// The one length every list shares; throws when there are no trainings or the lengths differ.
    private func commonLength(_ lengths: [Int], what: String) throws -> Int {
        guard let first = lengths.first else { throw ModelError.invalidArgument("\(label) has no trainings") }
        guard lengths.allSatisfy({ $0 == first }) else {
            throw ModelError.invalidArgument("\(label): the trainings' \(what) differ in length (\(Set(lengths).sorted()))")
        }
        return first
    }

    /// The mean and the population standard deviation (np.mean, np.std) of values.
    static func meanAndStd(_ values: [Double]) -> (mean: Double, std: Double) {
        guard !values.isEmpty else { return (0, 0) }
        let count = Double(values.count)
        let mean = values.reduce(0, +) / count
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / count
        return (mean, variance.squareRoot())
    }
}
