/// Accuracy of a network on a fixed held-out sample after every optimizer step (the later protocol's
/// validation), evaluated in groups of steps: θ after each step is recorded, and every `groupSize`
/// steps the first layer of all of them is one GEMM of the validation features with their stacked
/// first-layer weights (the first layer is most of the work, and one wide product runs far closer to
/// the machine's peak than many narrow ones); the layers above run step by step from there, and each
/// row's prediction is its first largest logit (as `torch.max` on the CPU). Training never reads the
/// accuracies, so deferring them changes nothing; batching does not change a count of correct
/// predictions, so the reference code's validation batches of 64 give the same accuracies. One scorer
/// per training, on one thread.
final class ValidationScorer {
    private let layout: ParameterLayout
    private let activation: Activation
    private let count: Int
    private let features: UnsafePointer<Double>
    private let labels: [Int]
    /// Steps evaluated together.
    let groupSize: Int
    /// Where θ's entries after the first layer's weights start (its first-layer weights sit before).
    private let restStart: Int
    /// θ after the first layer's weights, of the steps not yet evaluated, one after another.
    private let pending: Buffer
    /// The first-layer weights of those steps, stacked: (groupSize·h₁) × d.
    private let stackedFirstLayer: Buffer
    private var pendingCount = 0
    /// The first layer's pre-activations of a group: count × (groupSize·h₁).
    private let firstLayerOutputs: Buffer
    /// Scratch for one block of rows of one step: inputs (activations) and outputs of every layer.
    private let activations: Buffer
    private let layerOutputs: [Buffer]
    /// Rows of the validation sample taken through the layers above the first together.
    static let blockRows = 128
    /// The accuracy after every step evaluated so far, in step order.
    private(set) var accuracies: [Double] = []

    /// A scorer of networks of `layout` on the objects whose features (row-major, `layout.inputSize` each)
    /// stay valid at `features` for the scorer's lifetime. `groupSize` nil picks one that stacks about 1,024
    /// first-layer rows, within a few megabytes of recorded parameters.
    init(layout: ParameterLayout, activation: Activation, features: UnsafePointer<Double>, labels: [Int], groupSize: Int? = nil) {
        self.layout = layout
        self.activation = activation
        self.count = labels.count
        self.features = features
        self.labels = labels
        let first = layout.outputs(0)
        let byWidth = max(1, 1024 / max(first, 1))
        let byMemory = max(1, (1 << 19) / max(layout.parameterCount, 1))
        let size = max(1, groupSize ?? min(byWidth, byMemory, 64))
        self.groupSize = size
        restStart = layout.weightOffsets[0] + first * layout.inputSize
        pending = Buffer(overwrittenCount: size * max(layout.parameterCount - restStart, 1))
        stackedFirstLayer = Buffer(overwrittenCount: size * first * layout.inputSize)
        firstLayerOutputs = Buffer(overwrittenCount: labels.count * size * first)
        let blockRows = min(labels.count, Self.blockRows)
        activations = Buffer(overwrittenCount: blockRows * (layout.widths.dropFirst().max() ?? 1))
        layerOutputs = (0..<layout.layerCount).map { Buffer(overwrittenCount: blockRows * layout.outputs($0)) }
    }

    /// Records θ after a step; evaluates the group when it is full.
    func record(theta: UnsafePointer<Double>) {
        let restCount = layout.parameterCount - restStart
        (pending.pointer + pendingCount * restCount).update(from: theta + restStart, count: restCount)
        let firstCount = layout.outputs(0) * layout.inputSize
        (stackedFirstLayer.pointer + pendingCount * firstCount).update(from: theta + layout.weightOffsets[0], count: firstCount)
        pendingCount += 1
        if pendingCount == groupSize { flush() }
    }

    /// Evaluates every recorded step not yet evaluated.
    func flush() {
        guard pendingCount > 0 else { return }
        defer { pendingCount = 0 }
        guard count > 0 else { accuracies += Array(repeating: 0, count: pendingCount); return }
        let d = layout.inputSize, first = layout.outputs(0)
        let stride = pendingCount * first
        BLAS.gemm(transposeB: true, m: count, n: stride, k: d, a: features, lda: d,
                  b: stackedFirstLayer.pointer, ldb: d, c: firstLayerOutputs.pointer, ldc: stride)
        let classes = layout.classCount
        for step in 0..<pendingCount {
            // θ's entry at flat index i ≥ restStart is rest[i − restStart].
            let restBase = UnsafePointer(pending.pointer + step * (layout.parameterCount - restStart))
            let restStart = self.restStart
            func rest(_ offset: Int) -> UnsafePointer<Double> { restBase + (offset - restStart) }
            var correct = 0
            // The layers above the first, a block of rows at a time, so that every block's activations stay in cache.
            for blockStart in Swift.stride(from: 0, to: count, by: Self.blockRows) {
                let rows = min(Self.blockRows, count - blockStart)
                // This step's first-layer outputs of the block, gathered contiguously (bias added, if any).
                let z = layerOutputs[0].pointer
                for i in 0..<rows {
                    (z + i * first).update(from: firstLayerOutputs.pointer + (blockStart + i) * stride + step * first, count: first)
                }
                if layout.hasBias {
                    let bias = rest(layout.biasOffsets[0])
                    for i in 0..<rows { for j in 0..<first { z[i * first + j] += bias[j] } }
                }
                var current = UnsafePointer(z)
                for l in 1..<layout.layerCount {
                    let inputs = layout.inputs(l), outputs = layout.outputs(l)
                    activation.apply(current, into: activations.pointer, count: rows * inputs)
                    let out = layerOutputs[l].pointer
                    BLAS.gemm(transposeB: true, m: rows, n: outputs, k: inputs, a: activations.pointer, lda: inputs,
                              b: rest(layout.weightOffsets[l]), ldb: inputs, c: out, ldc: outputs)
                    if layout.hasBias {
                        let bias = rest(layout.biasOffsets[l])
                        for i in 0..<rows { for j in 0..<outputs { out[i * outputs + j] += bias[j] } }
                    }
                    current = UnsafePointer(out)
                }
                for i in 0..<rows {
                    let row = current + i * classes
                    var best = row[0], bestIndex = 0
                    for k in 1..<classes where row[k] > best { best = row[k]; bestIndex = k }
                    if bestIndex == labels[blockStart + i] { correct += 1 }
                }
            }
            accuracies.append(Double(correct) / Double(count))
        }
    }
}
