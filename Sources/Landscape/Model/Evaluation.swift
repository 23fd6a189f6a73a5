/// Losses, accuracy, gradients and curvature products of a network on a sample.
extension MLP {
    /// The per-object cross-entropy losses ℓ_i = −log softmax(f_θ(x_i))_{y_i}, computed with log-sum-exp.
    public func losses(on data: Dataset) throws -> [Double] {
        if data.isEmpty { try validate(data, allowEmpty: true); return [] }
        return try withCurvature(on: data) { $0.losses }
    }

    /// The per-object losses of one object.
    public func loss(of example: Example) throws -> Double {
        try losses(on: single(example))[0]
    }

    /// The empirical loss L_n = (1/n) Σ ℓ_i.
    public func loss(on data: Dataset) throws -> Double {
        let values = try losses(on: data)
        guard !values.isEmpty else { throw ModelError.emptyDataset }
        return values.reduce(0, +) / Double(values.count)
    }

    /// The fraction of objects whose largest logit is at their label.
    public func accuracy(on data: Dataset) throws -> Double {
        try withCurvature(on: data) { Double($0.correctCount) / Double(data.count) }
    }

    /// The predicted class of every object (arg-max logit).
    public func predictions(on data: Dataset) throws -> [Int] {
        try withCurvature(on: data) { context in
            let classes = classCount
            return context.chunks.flatMap { chunk in
                let logits = chunk.pass.preActivations[linearLayerCount - 1].pointer
                return (0..<chunk.count).map { i in
                    var best = 0
                    for k in 1..<classes where logits[i * classes + k] > logits[i * classes + best] { best = k }
                    return best
                }
            }
        }
    }

    /// The softmax probabilities, one row of K per object.
    public func probabilities(on data: Dataset) throws -> [[Double]] {
        try withCurvature(on: data) { context in
            let k = classCount
            return context.chunks.flatMap { chunk in
                (0..<chunk.count).map { Array(UnsafeBufferPointer(start: chunk.pass.probabilities.pointer + $0 * k, count: k)) }
            }
        }
    }

    /// ∇_θ L_n, exact (backpropagation through the whole sample at once).
    public func gradient(on data: Dataset) throws -> [Double] {
        try withCurvature(on: data) { $0.gradient() }
    }

    /// ∇_θ ℓ of one object.
    public func gradient(of example: Example) throws -> [Double] {
        try gradient(on: single(example))
    }

    /// H·v for H = ∇²_θ L_n, exactly, by Pearlmutter's R-operator (forward over reverse).
    public func hessianVectorProduct(on data: Dataset, _ v: [Double]) throws -> [Double] {
        guard v.count == parameterCount else { throw ModelError.vectorLengthMismatch(expected: parameterCount, found: v.count) }
        return try withCurvature(on: data) { $0.product(v) }
    }

    /// H_i·v for a single object's loss ℓ_i.
    public func hessianVectorProduct(of example: Example, _ v: [Double]) throws -> [Double] {
        try hessianVectorProduct(on: single(example), v)
    }

    /// The G-term (Gauss–Newton) product (1/n) Σ J_iᵀ A_i J_i · v, exactly.
    public func gaussNewtonVectorProduct(on data: Dataset, _ v: [Double]) throws -> [Double] {
        guard v.count == parameterCount else { throw ModelError.vectorLengthMismatch(expected: parameterCount, found: v.count) }
        return try withCurvature(on: data) { $0.product(v, gaussNewtonOnly: true) }
    }
}
