/// The curves of every configuration of a study at once, and the study's parts by width or depth:
/// what one line of a notebook computes before one line plots it.
extension SampleSizeStudy {
    /// The results with this hidden size and/or num_layers (nil: any), in the study's order.
    public func selecting(hidden: Int? = nil, hiddenLayers: Int? = nil) -> SampleSizeStudy {
        SampleSizeStudy(results: results.filter { result in
            (hidden.map { result.configuration.hidden == $0 } ?? true)
                && (hiddenLayers.map { result.configuration.hiddenLayers == $0 } ?? true)
        }, wasStopped: wasStopped)
    }

    /// The hidden sizes present, increasing.
    public var hiddenSizes: [Int] { Set(results.map(\.configuration.hidden)).sorted() }

    /// The num_layers values present, increasing.
    public var hiddenLayerCounts: [Int] { Set(results.map(\.configuration.hiddenLayers)).sorted() }

    /// Every configuration's accuracy against the number of objects seen (mean ± std over trainings).
    public func accuracyCurves(maxSampleSize: Int? = nil) throws -> [AccuracyCurve] {
        try results.map { try $0.accuracyCurve(maxSampleSize: maxSampleSize) }
    }

    /// Every configuration's loss-difference curve with its band across trainings.
    public func lossDifferenceBands(permutations: Int = 10, ema: Double = 0.99, seed: UInt64 = 0) throws -> [LossDifferenceBand] {
        try results.map { try $0.lossDifferenceBand(permutations: permutations, ema: ema, seed: seed) }
    }

    /// Every configuration's accuracy against the loss difference at the same sample size.
    public func accuracyVersusDifference(permutations: Int = 10, ema: Double = 0.99, seed: UInt64 = 0,
                                         maxSampleSize: Int? = nil) throws -> [AccuracyVersusDifference] {
        try results.map { try $0.accuracyVersusDifference(permutations: permutations, ema: ema, seed: seed, maxSampleSize: maxSampleSize) }
    }
}
