extension Dataset {
    /// A seeded synthetic sample: `classes` Gaussian clouds in `inputSize` dimensions. Class means are
    /// random directions of length `separation`; each object is its class mean plus N(0, noise²·I).
    /// Labels are drawn uniformly. Same seed, same sample.
    public static func gaussianMixture(count: Int, inputSize: Int, classes: Int, seed: UInt64 = 0,
                                       separation: Double = 3.0, noise: Double = 1.0) throws -> Dataset {
        guard count >= 0 else { throw DatasetError.invalidArgument("count must be non-negative, got \(count)") }
        guard inputSize > 0 else { throw DatasetError.invalidArgument("inputSize must be positive, got \(inputSize)") }
        guard classes > 0 else { throw DatasetError.invalidArgument("classes must be positive, got \(classes)") }
        guard separation.isFinite, noise.isFinite, noise >= 0 else {
            throw DatasetError.invalidArgument("separation and noise must be finite and noise non-negative")
        }
        let (total, overflow) = count.multipliedReportingOverflow(by: inputSize)
        guard !overflow, total <= 1 << 28 else { throw DatasetError.invalidArgument("\(count)×\(inputSize) features is too large") }
        var generator = SeededGenerator(seed: seed)
        var means = [Double](repeating: 0, count: classes * inputSize)
        for c in 0..<classes {
            var norm = 0.0
            for j in 0..<inputSize {
                let g = generator.nextGaussian()
                means[c * inputSize + j] = g
                norm += g * g
            }
            let scale = norm > 0 ? separation / norm.squareRoot() : 0
            for j in 0..<inputSize { means[c * inputSize + j] *= scale }
        }
        var values = [Double](repeating: 0, count: total)
        var labels = [Int](repeating: 0, count: count)
        for i in 0..<count {
            let label = generator.nextIndex(below: classes)
            labels[i] = label
            for j in 0..<inputSize {
                values[i * inputSize + j] = means[label * inputSize + j] + noise * generator.nextGaussian()
            }
        }
        return Dataset(validatedFeatures: values, labels: labels, inputSize: inputSize, classCount: classes,
                       imageShape: nil, source: "gaussianMixture(seed: \(seed))")
    }
}
