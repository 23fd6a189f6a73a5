/// One labelled object: its feature vector and its class.
public struct Example: Equatable, Sendable, CustomStringConvertible {
    /// The object's features (pixels after normalisation, or any real features).
    public var features: [Double]
    /// The object's class, in 0..<classCount of its dataset.
    public var label: Int

    /// Creates an object from features and a label.
    public init(features: [Double], label: Int) {
        self.features = features
        self.label = label
    }

    public var description: String {
        let norm = features.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return "Example(label: \(label), \(features.count) features, ‖x‖₂ = \(formatCompact(norm)))"
    }
}
