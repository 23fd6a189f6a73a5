/// Mini-batch training with the reference code's protocol.
extension MLP {
    /// Trains on `data` for `epochs` passes in seeded random order (a fresh permutation each epoch;
    /// the last batch may be smaller, as PyTorch's DataLoader with drop_last = False), minimising the
    /// mean cross-entropy of each batch. `progress` is called after every batch; `shouldStop` is asked
    /// before every batch, and when it answers true training ends keeping the weights reached.
    @discardableResult
    public mutating func train(on data: Dataset, epochs: Int = 10, batchSize: Int = 64,
                               optimizer: Optimizer = .adam(learningRate: 1e-3), seed: UInt64 = 0,
                               progress: ((TrainingProgress) -> Void)? = nil,
                               shouldStop: (() -> Bool)? = nil) throws -> TrainingHistory {
        let coded = ByteCodedFeatures.worthCoding(featureCount: data.features.count, epochs: epochs)
            ? ByteCodedFeatures.make(data.features, width: data.inputSize) : nil
        return try train(on: data, epochs: epochs, batchSize: batchSize, optimizer: optimizer, seed: seed,
                         progress: progress, shouldStop: shouldStop, coded: coded)
    }

    /// `train` with the sample's byte-coded features (from `ByteCodedFeatures.make`) when
    /// it has them: the batches are gathered from the codes, with the same bits. `afterStep`, when
    /// given, sees θ after every optimizer step (the later protocol validates there).
    mutating func train(on data: Dataset, epochs: Int, batchSize: Int, optimizer: Optimizer, seed: UInt64,
                        progress: ((TrainingProgress) -> Void)?, shouldStop: (() -> Bool)?,
                        coded: ByteCodedFeatures?, afterStep: ((UnsafePointer<Double>) -> Void)? = nil) throws -> TrainingHistory {
        try validate(data)
        guard coded.map({ $0.count == data.features.count && $0.width == data.inputSize }) ?? true else {
            throw ModelError.invalidArgument("the byte-coded features do not belong to this sample")
        }
        try optimizer.validate()
        LinearAlgebraRuntime.configureThreading()
        guard epochs >= 0 else { throw ModelError.invalidArgument("epochs must be ≥ 0, got \(epochs)") }
        guard batchSize >= 1 else { throw ModelError.invalidArgument("batchSize must be ≥ 1, got \(batchSize)") }
        var history = TrainingHistory(optimizer: optimizer)
        var state = OptimizerState(optimizer: optimizer, parameterCount: parameterCount)
        var generator = SeededGenerator(seed: seed)
        let n = data.count
        let d = inputSize
        let batches = (n + batchSize - 1) / batchSize
        let kernel = self.kernel
        let batchFeatures = Buffer(count: min(batchSize, n) * d)
        let gradient = Buffer(count: parameterCount)
        var batchLabels = [Int](repeating: 0, count: min(batchSize, n))
        try data.features.withUnsafeBufferPointer { allFeatures in
            guard let source = allFeatures.baseAddress else { throw ModelError.emptyDataset }
            epochLoop: for epoch in 1...max(epochs, 1) where epochs > 0 {
                let order = generator.permutation(of: n)
                var lossSum = 0.0
                var correct = 0
                var seen = 0
                for b in 0..<batches {
                    if let shouldStop, shouldStop() {
                        history.wasStopped = true
                        break epochLoop
                    }
                    let start = b * batchSize
                    let size = min(batchSize, n - start)
                    for r in 0..<size {
                        let index = order[start + r]
                        if let coded {
                            coded.gather(row: index, into: batchFeatures.pointer + r * d)
                        } else {
                            (batchFeatures.pointer + r * d).update(from: source + index * d, count: d)
                        }
                        batchLabels[r] = data.labels[index]
                    }
                    let labels = size == batchLabels.count ? batchLabels : Array(batchLabels[0..<size])
                    parameters.withUnsafeBufferPointer { theta in
                        guard let thetaBase = theta.baseAddress else { return }
                        let pass = kernel.forward(theta: thetaBase, x: batchFeatures.pointer, count: size, labels: labels)
                        // The optimizer leaves the gradient at zero (and it starts so): the GEMMs add into it.
                        kernel.backward(theta: thetaBase, x: batchFeatures.pointer, pass: pass, labels: labels,
                                        scale: 1 / Double(size), gradient: gradient.pointer, gradientIsZero: true)
                        lossSum += pass.losses.reduce(0, +)
                        correct += pass.correctCount
                    }
                    state.apply(gradient: gradient.pointer, to: &parameters)
                    if let afterStep {
                        parameters.withUnsafeBufferPointer { theta in
                            if let base = theta.baseAddress { afterStep(base) }
                        }
                    }
                    history.steps += 1
                    seen += size
                    progress?(TrainingProgress(epoch: epoch, epochs: epochs, batch: b + 1, batchesPerEpoch: batches,
                                               loss: lossSum / Double(seen), accuracy: Double(correct) / Double(seen)))
                }
                history.epochLosses.append(lossSum / Double(max(seen, 1)))
                history.epochAccuracies.append(Double(correct) / Double(max(seen, 1)))
            }
        }
        return history
    }
}
