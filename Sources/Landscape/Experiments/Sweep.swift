import Foundation

/// One configuration of the paper's sweep: the reference network's hidden size h and num_layers.
public struct SweepConfiguration: Sendable, Hashable, CustomStringConvertible {
    /// Hidden width h.
    public let hidden: Int
    /// The reference code's num_layers (hidden-to-hidden layers); the theorem's L is this + 2.
    public let hiddenLayers: Int
    /// A configuration of width `hidden` with `hiddenLayers` hidden-to-hidden layers.
    public init(hidden: Int, hiddenLayers: Int) {
        self.hidden = hidden
        self.hiddenLayers = hiddenLayers
    }
    public var description: String { "h = \(hidden), num_layers = \(hiddenLayers)" }
}

/// One trained configuration of a sweep and its loss-difference curve.
public struct SweepRun: Sendable, CustomStringConvertible {
    /// Which configuration.
    public let configuration: SweepConfiguration
    /// The trained network θ̂.
    public let model: MLP
    /// Its training history.
    public let history: TrainingHistory
    /// The per-object losses at θ̂ on the sweep's sample.
    public let losses: [Double]
    /// The paper's curve for this configuration.
    public let curve: LossDifferenceCurve
    /// Whether the network died (every ReLU off: all logits zero, every loss ln K).
    public let isDead: Bool

    /// Mean loss at θ̂.
    public var meanLoss: Double { losses.reduce(0, +) / Double(max(losses.count, 1)) }

    public var description: String {
        "\(configuration): mean loss \(formatCompact(meanLoss)), curve \(formatCompact(curve.smoothed.first ?? 0)) → \(formatCompact(curve.smoothed.last ?? 0))\(isDead ? " (dead network)" : "")"
    }
}

/// What a sweep reports as it goes.
public struct SweepProgress: Sendable, CustomStringConvertible {
    /// The configuration that just finished.
    public let configuration: SweepConfiguration
    /// How many configurations are finished.
    public let completed: Int
    /// How many there are.
    public let total: Int
    public var description: String { "\(completed)/\(total) done (\(configuration))" }
}

/// The paper's experiment over hidden sizes × num_layers, trained with the reference protocol.
public struct Sweep: Sendable, CustomStringConvertible {
    /// Every finished configuration, in the order hidden sizes × hidden-layer counts.
    public let runs: [SweepRun]
    /// Whether the sweep was cancelled before every configuration finished.
    public let wasStopped: Bool

    /// The runs with `hiddenLayers` fixed, by increasing h (the figure's "hidden size" panel, num_layers 5).
    public func hiddenSizePanel(hiddenLayers: Int = 5) -> [SweepRun] {
        runs.filter { $0.configuration.hiddenLayers == hiddenLayers }.sorted { $0.configuration.hidden < $1.configuration.hidden }
    }

    /// The runs with h fixed, by increasing num_layers (the figure's "num layers" panel, h 16).
    public func hiddenLayersPanel(hidden: Int = 16) -> [SweepRun] {
        runs.filter { $0.configuration.hidden == hidden }.sorted { $0.configuration.hiddenLayers < $1.configuration.hiddenLayers }
    }

    /// The run of one configuration, if it finished.
    public func run(hidden: Int, hiddenLayers: Int) -> SweepRun? {
        runs.first { $0.configuration == SweepConfiguration(hidden: hidden, hiddenLayers: hiddenLayers) }
    }

    public var description: String {
        (["Sweep(\(runs.count) configurations\(wasStopped ? ", stopped early" : ""))"] + runs.map { "  " + $0.description })
            .joined(separator: "\n")
    }

    /// Trains every configuration hiddenSizes × hiddenLayerCounts on `data` with the reference protocol
    /// (Adam, batch 64, shuffled, `epochs` epochs), then computes per-object losses and the
    /// `permutations`-permutation curve. Configurations run in parallel on the cores (OpenBLAS on one
    /// thread each). Configuration c trains with seed `seed + c`. `progress` is called (serialised) after
    /// each configuration; `shouldStop` is checked between batches and configurations.
    public static func paperSweep(on data: Dataset, hiddenSizes: [Int] = [4, 8, 16, 32, 64],
                                  hiddenLayerCounts: [Int] = [1, 3, 5, 7, 10], epochs: Int = 10, batchSize: Int = 64,
                                  optimizer: Optimizer = .adam(learningRate: 1e-3), permutations: Int = 100,
                                  ema: Double = 0.99, seed: UInt64 = 0,
                                  progress: ((SweepProgress) -> Void)? = nil,
                                  shouldStop: (() -> Bool)? = nil) throws -> Sweep {
        guard !hiddenSizes.isEmpty, !hiddenLayerCounts.isEmpty else { throw ModelError.invalidArgument("the sweep needs at least one hidden size and one layer count") }
        guard data.count >= 2 else { throw ModelError.invalidArgument("the sweep needs at least 2 objects, got \(data.count)") }
        let configurations = hiddenSizes.flatMap { h in hiddenLayerCounts.map { SweepConfiguration(hidden: h, hiddenLayers: $0) } }
        // Build every network first so that invalid configurations throw before any work.
        var models = [MLP]()
        for (index, configuration) in configurations.enumerated() {
            models.append(try MLP(input: data.inputSize, hidden: configuration.hidden, hiddenLayers: configuration.hiddenLayers,
                                  classes: data.classCount, seed: seed &+ UInt64(index)))
        }
        try optimizer.validate()
        // Most expensive first, for balance.
        let order = configurations.indices.sorted {
            models[$0].parameterCount * 2 + configurations[$0].hiddenLayers > models[$1].parameterCount * 2 + configurations[$1].hiddenLayers
        }
        let state = SweepState(count: configurations.count, progress: progress, shouldStop: shouldStop)
        // Coded once, read by every configuration's batch gathering.
        let coded = ByteCodedFeatures.worthCoding(featureCount: data.features.count, epochs: epochs)
            ? ByteCodedFeatures.make(data.features, width: data.inputSize) : nil
        let shared = UncheckedSendable((data, models, configurations, order, state, coded))
        LinearAlgebraRuntime.configureThreading()
        do {
            let workers = min(LinearAlgebraRuntime.workerCount, configurations.count)
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                let (data, models, configurations, order, state, coded) = shared.value
                while let slot = state.nextSlot() {
                    let index = order[slot]
                    if state.stopRequested() { continue }
                    var model = models[index]
                    do {
                        let history = try model.train(on: data, epochs: epochs, batchSize: batchSize, optimizer: optimizer,
                                                      seed: seed &+ UInt64(index), progress: nil,
                                                      shouldStop: { state.stopRequested() }, coded: coded)
                        if history.wasStopped { state.markStopped(); continue }
                        let losses = try model.losses(on: data)
                        let curve = try LossDifferenceCurve(losses: losses, permutations: permutations, ema: ema,
                                                            seed: seed &+ UInt64(index),
                                                            label: "h = \(configurations[index].hidden), L = \(configurations[index].hiddenLayers)")
                        let dead = losses.allSatisfy { abs($0 - Foundation.log(Double(data.classCount))) < 1e-12 }
                        state.finish(index, SweepRun(configuration: configurations[index], model: model, history: history,
                                                     losses: losses, curve: curve, isDead: dead), configuration: configurations[index])
                    } catch {
                        state.fail(error)
                    }
                }
            }
        }
        if let error = state.error { throw error }
        return Sweep(runs: state.runs.compactMap { $0 }, wasStopped: state.stopped)
    }
}

/// Shared bookkeeping of a running sweep, behind a lock.
final class SweepState: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private let count: Int
    private(set) var runs: [SweepRun?]
    private(set) var stopped = false
    private(set) var error: Error?
    private var completed = 0
    private let progress: ((SweepProgress) -> Void)?
    private let shouldStop: (() -> Bool)?

    init(count: Int, progress: ((SweepProgress) -> Void)?, shouldStop: (() -> Bool)?) {
        self.count = count
        self.runs = Array(repeating: nil, count: count)
        self.progress = progress
        self.shouldStop = shouldStop
    }

    func nextSlot() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard next < count, error == nil else { return nil }
        next += 1
        return next - 1
    }

    func stopRequested() -> Bool {
        lock.lock(); defer { lock.unlock() }
        if stopped { return true }
        if let shouldStop, shouldStop() { stopped = true }
        return stopped
    }

    func markStopped() { lock.lock(); stopped = true; lock.unlock() }

    func finish(_ index: Int, _ run: SweepRun, configuration: SweepConfiguration) {
        lock.lock(); defer { lock.unlock() }
        runs[index] = run
        completed += 1
        progress?(SweepProgress(configuration: configuration, completed: completed, total: count))
    }

    func fail(_ error: Error) { lock.lock(); if self.error == nil { self.error = error }; lock.unlock() }
}
