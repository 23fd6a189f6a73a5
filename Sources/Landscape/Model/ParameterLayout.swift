/// Where each layer's weights and bias sit in the flat parameter vector θ.
/// Order: W⁽¹⁾ (row-major, out×in, PyTorch's weight shape), b⁽¹⁾ if any, W⁽²⁾, b⁽²⁾, …
struct ParameterLayout: Sendable, Equatable {
    let widths: [Int]
    let hasBias: Bool
    let weightOffsets: [Int]
    let biasOffsets: [Int]
    let parameterCount: Int

    init(widths: [Int], hasBias: Bool) {
        self.widths = widths
        self.hasBias = hasBias
        var offset = 0
        var weights = [Int]()
        var biases = [Int]()
        for l in 0..<(widths.count - 1) {
            weights.append(offset)
            offset += widths[l] * widths[l + 1]
            biases.append(offset)
            if hasBias { offset += widths[l + 1] }
        }
        weightOffsets = weights
        biasOffsets = biases
        parameterCount = offset
    }

    var layerCount: Int { widths.count - 1 }
    func inputs(_ l: Int) -> Int { widths[l] }
    func outputs(_ l: Int) -> Int { widths[l + 1] }
    var classCount: Int { widths[widths.count - 1] }
    var inputSize: Int { widths[0] }
    var maxWidth: Int { widths.max() ?? 0 }

    /// The start of every layer's block in θ, plus parameterCount at the end.
    var blockBoundaries: [Int] { weightOffsets + [parameterCount] }

    /// Which layer, and which entry of it, a flat index refers to.
    func locate(_ index: Int) -> (layer: Int, isBias: Bool, row: Int, column: Int) {
        var layer = layerCount - 1
        for l in 0..<layerCount where index < (l + 1 < layerCount ? weightOffsets[l + 1] : parameterCount) {
            layer = l
            break
        }
        let local = index - weightOffsets[layer]
        let inputs = widths[layer]
        let weightCount = inputs * widths[layer + 1]
        if local < weightCount { return (layer, false, local / inputs, local % inputs) }
        return (layer, true, local - weightCount, 0)
    }
}
