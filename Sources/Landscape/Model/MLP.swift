/// The paper's fully connected network: linear layers with an activation after every one but the
/// last, cross-entropy on K classes. A value type: copying a network copies its weights.
///
/// Two layer counts, never to be confused:
/// - `hiddenLayers` is the reference code's `num_layers` (hidden-to-hidden layers);
/// - `linearLayerCount` is the theorem's L = hiddenLayers + 2.
public struct MLP: Sendable, Equatable {
    /// Layer widths: input size, hidden widths…, class count.
    public let widths: [Int]
    /// The nonlinearity between linear layers.
    public let activation: Activation
    /// Whether the linear layers have biases (the paper's network has none).
    public let hasBias: Bool
    /// The flat parameter vector θ: W⁽¹⁾ row-major (out×in), b⁽¹⁾ if any, W⁽²⁾, …
    public internal(set) var parameters: [Double]
    let layout: ParameterLayout

    /// The reference code's `Net(input_size, hidden_size, output_size, num_layers)`: Linear(input, hidden),
    /// `hiddenLayers` × Linear(hidden, hidden), Linear(hidden, classes), with `activation` between them;
    /// so `hiddenLayers + 2` linear layers. Initialised like PyTorch's nn.Linear (uniform ±1/√fan_in) from `seed`.
    public init(input: Int, hidden: Int, hiddenLayers: Int, classes: Int, activation: Activation = .relu,
                bias: Bool = false, seed: UInt64 = 0) throws {
        guard hiddenLayers >= 0 else { throw ModelError.invalidArchitecture("hiddenLayers must be ≥ 0, got \(hiddenLayers)") }
        guard hiddenLayers <= 10_000 else { throw ModelError.invalidArchitecture("hiddenLayers \(hiddenLayers) is too many") }
        try self.init(widths: [input] + Array(repeating: hidden, count: hiddenLayers + 1) + [classes],
                      activation: activation, bias: bias, seed: seed)
    }

    /// A network with arbitrary widths `[input, hidden₁, …, classes]` (at least two entries; `[d, K]` is
    /// the one-layer network of the theorem's L = 1). PyTorch's nn.Linear initialisation from `seed`.
    public init(widths: [Int], activation: Activation = .relu, bias: Bool = false, seed: UInt64 = 0) throws {
        guard widths.count >= 2 else { throw ModelError.invalidArchitecture("need at least an input and an output width, got \(widths)") }
        guard widths.allSatisfy({ $0 >= 1 }) else { throw ModelError.invalidArchitecture("every width must be ≥ 1, got \(widths)") }
        guard widths.last ?? 0 >= 2 else { throw ModelError.invalidArchitecture("cross-entropy needs at least 2 classes, got \(widths.last ?? 0)") }
        var total = 0
        for l in 0..<(widths.count - 1) {
            let (product, overflow) = widths[l].multipliedReportingOverflow(by: widths[l + 1])
            guard !overflow, product <= 1 << 30 else { throw ModelError.invalidArchitecture("layer \(l + 1) is too large") }
            total += product + (bias ? widths[l + 1] : 0)
            guard total <= 1 << 30 else { throw ModelError.invalidArchitecture("more than 2³⁰ parameters") }
        }
        self.widths = widths
        self.activation = activation
        self.hasBias = bias
        self.layout = ParameterLayout(widths: widths, hasBias: bias)
        var generator = SeededGenerator(seed: seed)
        var theta = [Double](repeating: 0, count: layout.parameterCount)
        for l in 0..<layout.layerCount {
            let bound = 1 / Double(widths[l]).squareRoot()
            let start = layout.weightOffsets[l]
            for j in start..<(start + widths[l] * widths[l + 1]) { theta[j] = generator.nextUniform(-bound, bound) }
            if bias {
                let b = layout.biasOffsets[l]
                for j in b..<(b + widths[l + 1]) { theta[j] = generator.nextUniform(-bound, bound) }
            }
        }
        self.parameters = theta
    }

    /// The number of inputs.
    public var inputSize: Int { widths[0] }
    /// The number of classes K.
    public var classCount: Int { widths[widths.count - 1] }
    /// The theorem's L: the number of linear layers.
    public var linearLayerCount: Int { widths.count - 1 }
    /// The reference code's `num_layers`: hidden-to-hidden layers, L − 2 (0 for networks with L < 2).
    public var hiddenLayers: Int { max(0, linearLayerCount - 2) }
    /// The widest layer h (over hidden and output widths, as in Lemma 1's h·M).
    public var maxWidth: Int { widths.dropFirst().max() ?? 0 }
    /// The reference code's `hidden_size`: the widest hidden layer (0 for a one-layer network).
    public var hiddenWidth: Int { widths.dropFirst().dropLast().max() ?? 0 }
    /// P, the number of parameters.
    public var parameterCount: Int { layout.parameterCount }

    /// The layers as values (weights copied out of θ).
    public var layers: [LinearLayer] {
        (0..<layout.layerCount).map { l in
            let w = layout.weightOffsets[l]
            let count = widths[l] * widths[l + 1]
            let b = layout.biasOffsets[l]
            return LinearLayer(inputSize: widths[l], outputSize: widths[l + 1], weights: Array(parameters[w..<(w + count)]),
                               bias: hasBias ? Array(parameters[b..<(b + widths[l + 1])]) : nil)
        }
    }

    /// Where each layer's block starts in θ, plus P at the end (for drawing block boundaries on a Hessian).
    public var blockBoundaries: [Int] { layout.blockBoundaries }

    /// Replaces θ; throws if the vector's length is not P or an entry is not finite.
    public mutating func setParameters(_ theta: [Double]) throws {
        guard theta.count == parameterCount else { throw ModelError.vectorLengthMismatch(expected: parameterCount, found: theta.count) }
        guard theta.allSatisfy(\.isFinite) else { throw ModelError.invalidArgument("parameters must be finite") }
        parameters = theta
    }

    /// Replaces one layer's weights (row-major, outputSize×inputSize) and, with biases, its bias.
    public mutating func setLayer(_ index: Int, weights: [Double], bias: [Double]? = nil) throws {
        guard index >= 0, index < linearLayerCount else {
            throw ModelError.invalidArgument("layer \(index) is outside 0..<\(linearLayerCount)")
        }
        let count = widths[index] * widths[index + 1]
        guard weights.count == count else { throw ModelError.vectorLengthMismatch(expected: count, found: weights.count) }
        guard weights.allSatisfy(\.isFinite) else { throw ModelError.invalidArgument("weights must be finite") }
        let w = layout.weightOffsets[index]
        parameters.replaceSubrange(w..<(w + count), with: weights)
        if let bias {
            guard hasBias else { throw ModelError.invalidArgument("this network has no biases") }
            guard bias.count == widths[index + 1] else { throw ModelError.vectorLengthMismatch(expected: widths[index + 1], found: bias.count) }
            let b = layout.biasOffsets[index]
            parameters.replaceSubrange(b..<(b + bias.count), with: bias)
        }
    }

    /// A copy with every parameter multiplied by `factor` (e.g. small weights, to probe the bounds).
    public func scaled(by factor: Double) -> MLP {
        var copy = self
        copy.parameters = parameters.map { $0 * factor }
        return copy
    }

    /// A copy moved to θ + t·direction; throws if the direction's length is not P.
    public func moved(along direction: [Double], by t: Double = 1) throws -> MLP {
        guard direction.count == parameterCount else { throw ModelError.vectorLengthMismatch(expected: parameterCount, found: direction.count) }
        var copy = self
        for j in 0..<parameterCount { copy.parameters[j] += t * direction[j] }
        return copy
    }

    var kernel: NetworkKernel { NetworkKernel(layout: layout, activation: activation) }

    /// Throws unless the dataset's objects fit this network.
    func validate(_ data: Dataset, allowEmpty: Bool = false) throws {
        guard data.inputSize == inputSize else { throw ModelError.inputSizeMismatch(network: inputSize, dataset: data.inputSize) }
        guard data.classCount <= classCount else { throw ModelError.classCountMismatch(network: classCount, dataset: data.classCount) }
        if !allowEmpty && data.isEmpty { throw ModelError.emptyDataset }
    }
}

extension MLP: CustomStringConvertible {
    public var description: String {
        let shape = widths.map(String.init).joined(separator: " → ")
        return "MLP(\(shape), \(activation), \(hasBias ? "biases" : "no biases"); L = \(linearLayerCount) linear layers (hiddenLayers = \(hiddenLayers)), P = \(parameterCount))"
    }
}
