/// One linear layer of an MLP, as a value: W (outputSize×inputSize, PyTorch's weight shape) and b.
public struct LinearLayer: Sendable, Equatable, CustomStringConvertible {
    /// Number of inputs (columns of W).
    public let inputSize: Int
    /// Number of outputs (rows of W).
    public let outputSize: Int
    /// W row-major: entry (r, c) is `weights[r * inputSize + c]`.
    public let weights: [Double]
    /// b, when the network has biases.
    public let bias: [Double]?

    /// The weights as rows (one array per output unit).
    public var weightRows: [[Double]] {
        (0..<outputSize).map { Array(weights[($0 * inputSize)..<(($0 + 1) * inputSize)]) }
    }

    /// ‖W‖₂, the largest singular value (LAPACK dgesdd).
    public var spectralNorm: Double {
        get throws { try SymmetricEigen.singularValues(of: weights, rows: outputSize, columns: inputSize).first ?? 0 }
    }

    /// max |w_ij| (the paper's M for this layer).
    public var maxAbsWeight: Double { weights.reduce(0) { max($0, abs($1)) } }

    public var description: String {
        "Linear(\(inputSize) → \(outputSize)\(bias == nil ? ", no bias" : ", bias"))"
    }
}
