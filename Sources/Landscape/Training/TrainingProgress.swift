/// Where a training run is, reported to the progress callback after every batch.
public struct TrainingProgress: Sendable, CustomStringConvertible {
    /// The current epoch, 1-based.
    public let epoch: Int
    /// The number of epochs requested.
    public let epochs: Int
    /// The batch just finished within this epoch, 1-based.
    public let batch: Int
    /// The number of batches per epoch.
    public let batchesPerEpoch: Int
    /// The mean training loss over this epoch's batches so far.
    public let loss: Double
    /// The training accuracy over this epoch's batches so far.
    public let accuracy: Double

    /// The fraction of the whole run completed, in [0, 1].
    public var fractionCompleted: Double {
        let total = Double(epochs * batchesPerEpoch)
        return total > 0 ? Double((epoch - 1) * batchesPerEpoch + batch) / total : 1
    }

    public var description: String {
        "epoch \(epoch)/\(epochs), batch \(batch)/\(batchesPerEpoch): loss \(formatCompact(loss)), accuracy \(formatCompact(accuracy))"
    }
}
