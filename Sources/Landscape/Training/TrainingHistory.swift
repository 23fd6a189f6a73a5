/// What a training run did: per-epoch mean loss and accuracy over the training batches.
public struct TrainingHistory: Sendable, Equatable, CustomStringConvertible {
    /// Mean training loss of each completed epoch (over its batches, weighted by batch size).
    public internal(set) var epochLosses: [Double] = []
    /// Training accuracy of each completed epoch.
    public internal(set) var epochAccuracies: [Double] = []
    /// Number of optimizer steps taken.
    public internal(set) var steps = 0
    /// Whether the run was cancelled through `shouldStop` (the network keeps the weights reached).
    public internal(set) var wasStopped = false
    /// The optimizer used.
    public let optimizer: Optimizer

    /// The number of fully completed epochs.
    public var completedEpochs: Int { epochLosses.count }

    public var description: String {
        let last = epochLosses.last.map { ", final loss \(formatCompact($0))" } ?? ""
        let accuracy = epochAccuracies.last.map { ", accuracy \(formatCompact($0))" } ?? ""
        return "TrainingHistory(\(completedEpochs) epochs, \(steps) steps\(last)\(accuracy)\(wasStopped ? ", stopped early" : ""))"
    }
}
