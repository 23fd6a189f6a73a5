/// Which half of a benchmark dataset to read.
public enum DatasetSplit: String, Sendable, CaseIterable {
    /// The training objects (60,000 for Fashion-MNIST).
    case train
    /// The test objects (10,000 for Fashion-MNIST).
    case test
}
