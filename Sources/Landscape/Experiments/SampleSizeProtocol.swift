/// The settings of the reference code's later protocol (code/get_loss_values_parallel.py with
/// configs/configs_direct/*.yml): for every configuration h × num_layers, `trainings` independent
/// trainings (num_samples), each a fresh network trained with `optimizer` in shuffled batches of
/// `batchSize` for `epochs` epochs, validated after every step.
public struct SampleSizeProtocol: Sendable, Equatable, CustomStringConvertible {
    /// Hidden sizes h (hidden_size_list).
    public var hiddenSizes: [Int]
    /// The reference code's num_layers values (num_layers_list).
    public var hiddenLayerCounts: [Int]
    /// Independent trainings per configuration (num_samples).
    public var trainings: Int
    /// Epochs per training (num_epochs).
    public var epochs: Int
    /// Training batch size (train_batch_size).
    public var batchSize: Int
    /// Validation batch size (val_batch_size): recorded in the results, as the code does; batching does
    /// not change the accuracy.
    public var validationBatchSize: Int
    /// The optimizer (Adam, lr = learning_rate).
    public var optimizer: Optimizer
    /// The seed every training's seed derives from (`trainingSeed`); the reference code sets none.
    public var seed: UInt64

    /// The reference code's defaults: h ∈ {4, 8, 16, 32, 64} × num_layers ∈ {1, 3, 5, 7, 10}, 10 trainings
    /// of 10 epochs, batches of 64, Adam with lr 10⁻³.
    public init(hiddenSizes: [Int] = [4, 8, 16, 32, 64], hiddenLayerCounts: [Int] = [1, 3, 5, 7, 10],
                trainings: Int = 10, epochs: Int = 10, batchSize: Int = 64, validationBatchSize: Int = 64,
                optimizer: Optimizer = .adam(learningRate: 1e-3), seed: UInt64 = 0) {
        self.hiddenSizes = hiddenSizes
        self.hiddenLayerCounts = hiddenLayerCounts
        self.trainings = trainings
        self.epochs = epochs
        self.batchSize = batchSize
        self.validationBatchSize = validationBatchSize
        self.optimizer = optimizer
        self.seed = seed
    }

    /// Every configuration, hidden sizes × layer counts, in that order.
    public var configurations: [SweepConfiguration] {
        hiddenSizes.flatMap { h in hiddenLayerCounts.map { SweepConfiguration(hidden: h, hiddenLayers: $0) } }
    }

    /// The seed of training `training` of `configuration`: it initialises the network and shuffles its
    /// batches. It depends on the configuration itself, not on its place in the lists, so a subset of the
    /// protocol reproduces the full run's trainings bit for bit.
    public func trainingSeed(_ configuration: SweepConfiguration, training: Int) -> UInt64 {
        var z = seed
        for part in [UInt64(truncatingIfNeeded: configuration.hidden), UInt64(truncatingIfNeeded: configuration.hiddenLayers),
                     UInt64(truncatingIfNeeded: training)] {
            z = (z ^ part) &+ 0x9E37_79B9_7F4A_7C15
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
        }
        return z
    }

    /// Throws unless every setting is usable.
    func validate() throws {
        guard !hiddenSizes.isEmpty, !hiddenLayerCounts.isEmpty else {
            throw ModelError.invalidArgument("the protocol needs at least one hidden size and one layer count")
        }
        guard Set(configurations).count == configurations.count else {
            throw ModelError.invalidArgument("the hidden sizes or layer counts repeat a value")
        }
        guard trainings >= 1 else { throw ModelError.invalidArgument("trainings must be ≥ 1, got \(trainings)") }
        guard epochs >= 1 else { throw ModelError.invalidArgument("epochs must be ≥ 1, got \(epochs)") }
        guard batchSize >= 1, validationBatchSize >= 1 else {
            throw ModelError.invalidArgument("batch sizes must be ≥ 1, got \(batchSize) and \(validationBatchSize)")
        }
        try optimizer.validate()
    }

    public var description: String {
        "SampleSizeProtocol(h ∈ \(hiddenSizes), num_layers ∈ \(hiddenLayerCounts), \(trainings) trainings × \(epochs) epochs, batch \(batchSize), \(optimizer), seed \(seed))"
    }
}

/// Where a running protocol is, reported (serialised) after every epoch of any training.
public struct SampleSizeProgress: Sendable, CustomStringConvertible {
    /// Optimizer steps done over all trainings.
    public let completedSteps: Int
    /// Optimizer steps of the whole protocol.
    public let totalSteps: Int
    /// Trainings finished.
    public let completedTrainings: Int
    /// Trainings in the protocol.
    public let totalTrainings: Int
    /// Configurations whose every training has finished.
    public let completedConfigurations: Int
    /// Configurations in the protocol.
    public let totalConfigurations: Int

    /// The fraction of all steps done, in [0, 1].
    public var fractionCompleted: Double { totalSteps > 0 ? Double(completedSteps) / Double(totalSteps) : 1 }

    public var description: String {
        "\(completedConfigurations)/\(totalConfigurations) configurations, \(completedTrainings)/\(totalTrainings) trainings, \(Int((fractionCompleted * 100).rounded(.down)))% of the steps"
    }
}
