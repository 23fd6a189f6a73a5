/// One training of the later protocol: the validation accuracy after every optimizer step and the
/// per-object losses at the trained weights θ̂ (the reference code's `{"loss_values", "accuracy"}`).
public struct ProtocolTraining: Sendable, Equatable {
    /// The seed the network was initialised and shuffled from (nil for trainings read from the
    /// reference code's results, which sets none).
    public let seed: UInt64?
    /// Accuracy on the held-out validation objects after step s = 0, 1, … (one per optimizer step).
    public let validationAccuracy: [Double]
    /// ℓ_i(θ̂) of every training object, in the sample's order.
    public let losses: [Double]

    /// A training's record from its values.
    public init(validationAccuracy: [Double], losses: [Double], seed: UInt64? = nil) {
        self.validationAccuracy = validationAccuracy
        self.losses = losses
        self.seed = seed
    }
}

/// Everything the later protocol keeps for one configuration: its independent trainings.
public struct SampleSizeResult: Sendable, Equatable, CustomStringConvertible {
    /// The network's hidden size h and num_layers.
    public let configuration: SweepConfiguration
    /// The training batch size: step s has shown the optimizer batchSize·(s+1) objects.
    public let batchSize: Int
    /// The validation batch size (the reference code's `val_batch_size`, which its plots use as the
    /// batch size; batching does not change the accuracy itself).
    public let validationBatchSize: Int
    /// The independent trainings, in seed order.
    public let trainings: [ProtocolTraining]

    /// A result from its parts.
    public init(configuration: SweepConfiguration, batchSize: Int = 64, validationBatchSize: Int = 64,
                trainings: [ProtocolTraining]) {
        self.configuration = configuration
        self.batchSize = batchSize
        self.validationBatchSize = validationBatchSize
        self.trainings = trainings
    }

    /// "h = 16, L = 5": the configuration as the reference code's legends name it (L is num_layers).
    public var label: String { "h = \(configuration.hidden), L = \(configuration.hiddenLayers)" }

    public var description: String {
        let steps = trainings.first?.validationAccuracy.count ?? 0
        let final = trainings.compactMap(\.validationAccuracy.last)
        let mean = final.isEmpty ? 0 : final.reduce(0, +) / Double(final.count)
        return "SampleSizeResult(\(label): \(trainings.count) trainings × \(steps) steps, final accuracy \(formatCompact(mean)))"
    }
}
