/// The long-running calls of the notebook, with the notebook's signatures: they show a progress bar and
/// end with its one-line summary (in the kernel a live display; in an exported program a bar on a
/// terminal's standard error and the summary on standard output).
///
/// Each calls Landscape's version, which takes progress and stop callbacks instead.

extension MLP {
    /// Trains with shuffled mini-batches (PyTorch's protocol), showing a progress bar, and prints the
    /// training history's one-line summary when done.
    @discardableResult
    public mutating func train(on data: Dataset, epochs: Int = 10, batchSize: Int = 64,
                               optimizer: Optimizer = .adam(learningRate: 1e-3), seed: UInt64 = 0) throws -> TrainingHistory {
        let bar = TerminalProgress("training")
        let history = try train(on: data, epochs: epochs, batchSize: batchSize, optimizer: optimizer, seed: seed,
                                progress: { bar.update(fraction: $0.fractionCompleted, detail: $0.description) },
                                shouldStop: nil)
        bar.finish(history.description)
        return history
    }
}

extension Sweep {
    /// The paper's sweep, showing a progress bar, and printing the sweep's one-line summary when done.
    public static func paperSweep(on data: Dataset, hiddenSizes: [Int] = [4, 8, 16, 32, 64],
                                  hiddenLayerCounts: [Int] = [1, 3, 5, 7, 10], epochs: Int = 10, batchSize: Int = 64,
                                  optimizer: Optimizer = .adam(learningRate: 1e-3), permutations: Int = 100,
                                  ema: Double = 0.99, seed: UInt64 = 0) throws -> Sweep {
        let bar = TerminalProgress("sweep")
        let sweep = try paperSweep(on: data, hiddenSizes: hiddenSizes, hiddenLayerCounts: hiddenLayerCounts, epochs: epochs,
                                   batchSize: batchSize, optimizer: optimizer, permutations: permutations, ema: ema, seed: seed,
                                   progress: { bar.update(fraction: Double($0.completed) / Double(max($0.total, 1)), detail: $0.description) },
                                   shouldStop: nil)
        bar.finish(summaryLine(of: sweep))
        return sweep
    }

    /// The first line of the sweep's description: what its progress bar ends as.
    public static func summaryLine(of sweep: Sweep) -> String {
        sweep.description.components(separatedBy: "\n").first ?? "sweep done"
    }
}
