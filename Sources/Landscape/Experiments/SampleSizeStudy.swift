import Foundation

/// The later protocol's results: one `SampleSizeResult` per finished configuration.
public struct SampleSizeStudy: Sendable, Equatable, CustomStringConvertible {
    /// Every finished configuration, in the order of the protocol's configurations (or of the file read).
    public let results: [SampleSizeResult]
    /// Whether the run was stopped before every configuration finished (the finished ones are kept).
    public let wasStopped: Bool

    /// A study from results (e.g. to combine runs, or read from files).
    public init(results: [SampleSizeResult], wasStopped: Bool = false) {
        self.results = results
        self.wasStopped = wasStopped
    }

    /// The result of one configuration, if present.
    public func result(hidden: Int, hiddenLayers: Int) -> SampleSizeResult? {
        results.first { $0.configuration == SweepConfiguration(hidden: hidden, hiddenLayers: hiddenLayers) }
    }

    /// The results grouped by hidden size, each group by increasing num_layers (one figure per h, lines by L).
    public var byHiddenSize: [(hidden: Int, results: [SampleSizeResult])] {
        Dictionary(grouping: results) { $0.configuration.hidden }.sorted { $0.key < $1.key }
            .map { ($0.key, $0.value.sorted { $0.configuration.hiddenLayers < $1.configuration.hiddenLayers }) }
    }

    /// The results grouped by num_layers, each group by increasing h (one figure per L, lines by h).
    public var byHiddenLayers: [(hiddenLayers: Int, results: [SampleSizeResult])] {
        Dictionary(grouping: results) { $0.configuration.hiddenLayers }.sorted { $0.key < $1.key }
            .map { ($0.key, $0.value.sorted { $0.configuration.hidden < $1.configuration.hidden }) }
    }

    public var description: String {
        (["SampleSizeStudy(\(results.count) configurations\(wasStopped ? ", stopped early" : ""))"] + results.map { "  " + $0.description })
            .joined(separator: "\n")
    }

    /// Runs the later protocol: for every configuration of `settings`, `settings.trainings` independent
    /// trainings on `train` (the reference: the first 10,000 training objects), each from its own seed
    /// (`settings.trainingSeed`), with the accuracy on `validation` (the first 1,000 test objects) after
    /// every optimizer step, then the per-object losses of `train` at θ̂.
    ///
    /// The trainings run in parallel on the machine's cores, most expensive first (OpenBLAS on one thread
    /// each). `progress` is called, serialised, after every epoch of any training. The run stops early
    /// when `shouldStop` answers true or the check installed through `Cancellation` asks to stop; the
    /// configurations whose every training finished are kept and `wasStopped` is set. Each training is a
    /// function of its seed alone (which thread runs it, and when, does not enter), so the same settings
    /// and data give the same bits.
    public static func run(train: Dataset, validation: Dataset, settings: SampleSizeProtocol = SampleSizeProtocol(),
                           progress: ((SampleSizeProgress) -> Void)? = nil,
                           shouldStop: (() -> Bool)? = nil) throws -> SampleSizeStudy {
        try settings.validate()
        guard train.count >= 2 else { throw ModelError.invalidArgument("the protocol needs at least 2 training objects, got \(train.count)") }
        guard !validation.isEmpty else { throw ModelError.invalidArgument("the validation sample is empty") }
        guard validation.inputSize == train.inputSize else {
            throw ModelError.invalidArgument("validation objects have \(validation.inputSize) features, training objects \(train.inputSize)")
        }
        let classes = max(train.classCount, validation.classCount)
        let configurations = settings.configurations
        var costs = [Int]()
        for configuration in configurations {
            let model = try MLP(input: train.inputSize, hidden: configuration.hidden, hiddenLayers: configuration.hiddenLayers,
                                classes: classes, seed: 0)
            costs.append(model.parameterCount * 2 + configuration.hiddenLayers)
        }
        let units = configurations.indices.flatMap { c in (0..<settings.trainings).map { (configuration: c, training: $0) } }
            .sorted { costs[$0.configuration] != costs[$1.configuration] ? costs[$0.configuration] > costs[$1.configuration]
                : ($0.configuration, $0.training) < ($1.configuration, $1.training) }
        let stepsPerTraining = settings.epochs * ((train.count + settings.batchSize - 1) / settings.batchSize)
        let installed = Cancellation.check
        let state = SampleSizeRunState(configurations: configurations.count, trainings: settings.trainings,
                                       stepsPerTraining: stepsPerTraining, progress: progress,
                                       shouldStop: { (shouldStop?() ?? false) || (installed?() ?? false) })
        let coded = ByteCodedFeatures.worthCoding(featureCount: train.features.count, epochs: settings.epochs)
            ? ByteCodedFeatures.make(train.features, width: train.inputSize) : nil
        let validationFeatures = Buffer(validation.features)
        let shared = UncheckedSendable((train, validation.labels, validationFeatures, coded, units))
        LinearAlgebraRuntime.configureThreading()
        let batchesPerEpoch = (train.count + settings.batchSize - 1) / settings.batchSize
        let workers = min(LinearAlgebraRuntime.workerCount, units.count)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            let (train, validationLabels, validationFeatures, coded, units) = shared.value
            while let slot = state.nextSlot(), slot < units.count {
                let unit = units[slot]
                if state.stopRequested() { continue }
                let configuration = configurations[unit.configuration]
                let seed = settings.trainingSeed(configuration, training: unit.training)
                do {
                    var model = try MLP(input: train.inputSize, hidden: configuration.hidden,
                                        hiddenLayers: configuration.hiddenLayers, classes: classes, seed: seed)
                    let scorer = ValidationScorer(layout: model.layout, activation: model.activation,
                                                  features: validationFeatures.pointer, labels: validationLabels)
                    var steps = 0
                    let history = try model.train(on: train, epochs: settings.epochs, batchSize: settings.batchSize,
                                                  optimizer: settings.optimizer, seed: seed, progress: nil,
                                                  shouldStop: { state.stopRequested() }, coded: coded,
                                                  afterStep: { theta in
                                                      scorer.record(theta: theta)
                                                      steps += 1
                                                      if steps % batchesPerEpoch == 0 { state.stepsDone(batchesPerEpoch) }
                                                  })
                    if history.wasStopped { continue }
                    scorer.flush()
                    let accuracy = scorer.accuracies
                    let losses = try model.losses(on: train)
                    state.finish(configuration: unit.configuration, training: unit.training,
                                 ProtocolTraining(validationAccuracy: accuracy, losses: losses, seed: seed))
                } catch {
                    state.fail(error)
                }
            }
        }
        if let error = state.error { throw error }
        let results = configurations.indices.compactMap { c -> SampleSizeResult? in
            guard let trainings = state.finishedTrainings(of: c) else { return nil }
            return SampleSizeResult(configuration: configurations[c], batchSize: settings.batchSize,
                                    validationBatchSize: settings.validationBatchSize, trainings: trainings)
        }
        return SampleSizeStudy(results: results, wasStopped: state.stopped)
    }
}

/// The shared bookkeeping of a running protocol, behind a lock.
final class SampleSizeRunState: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var trainings: [[ProtocolTraining?]]
    private var completedSteps = 0
    private var completedTrainings = 0
    private var completedConfigurations = 0
    private let stepsPerTraining: Int
    private let progress: ((SampleSizeProgress) -> Void)?
    private let shouldStop: () -> Bool
    private(set) var stopped = false
    private(set) var error: Error?

    init(configurations: Int, trainings: Int, stepsPerTraining: Int, progress: ((SampleSizeProgress) -> Void)?,
         shouldStop: @escaping () -> Bool) {
        self.trainings = Array(repeating: Array(repeating: nil, count: trainings), count: configurations)
        self.stepsPerTraining = stepsPerTraining
        self.progress = progress
        self.shouldStop = shouldStop
    }

    /// The next unit of work, or nil once an error has happened.
    func nextSlot() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard error == nil else { return nil }
        next += 1
        return next - 1
    }

    func stopRequested() -> Bool {
        lock.lock(); defer { lock.unlock() }
        if !stopped && shouldStop() { stopped = true }
        return stopped || error != nil
    }

    func stepsDone(_ count: Int) {
        lock.lock(); defer { lock.unlock() }
        completedSteps += count
        report()
    }

    func finish(configuration c: Int, training t: Int, _ record: ProtocolTraining) {
        lock.lock(); defer { lock.unlock() }
        trainings[c][t] = record
        completedTrainings += 1
        if trainings[c].allSatisfy({ $0 != nil }) { completedConfigurations += 1 }
        report()
    }

    func fail(_ error: Error) { lock.lock(); if self.error == nil { self.error = error }; lock.unlock() }

    /// The trainings of configuration c, when every one finished.
    func finishedTrainings(of c: Int) -> [ProtocolTraining]? {
        lock.lock(); defer { lock.unlock() }
        let records = trainings[c].compactMap { $0 }
        return records.count == trainings[c].count ? records : nil
    }

    /// Calls the progress callback; the lock is held, so calls are serialised.
    private func report() {
        let total = trainings.count * (trainings.first?.count ?? 0)
        progress?(SampleSizeProgress(completedSteps: completedSteps, totalSteps: total * stepsPerTraining,
                                     completedTrainings: completedTrainings, totalTrainings: total,
                                     completedConfigurations: completedConfigurations, totalConfigurations: trainings.count))
    }
}
