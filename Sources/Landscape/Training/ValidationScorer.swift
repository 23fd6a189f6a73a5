/// Accuracy of a network on a fixed held-out sample, evaluated after every optimizer step (the later
/// protocol's validation): the logits by one GEMM per layer over the whole sample into buffers
/// allocated once, then the arg-max of each row (the first largest logit, as `torch.max` on the CPU).
/// Batching does not change a count of correct predictions, so the reference code's batches of 64 give
/// the same accuracy. One scorer per thread.
final class ValidationScorer {
    private let layout: ParameterLayout
    private let activation: Activation
    private let count: Int
    private let features: UnsafePointer<Double>
    private let labels: [Int]
    private let layerOutputs: [Buffer]

    /// A scorer of networks of `layout` on `count` objects whose features (row-major, `layout.inputSize`
    /// each) stay valid at `features` for the scorer's lifetime.
    init(layout: ParameterLayout, activation: Activation, features: UnsafePointer<Double>, labels: [Int]) {
        self.layout = layout
        self.activation = activation
        self.count = labels.count
        self.features = features
        self.labels = labels
        layerOutputs = (0..<layout.layerCount).map { Buffer(overwrittenCount: labels.count * layout.outputs($0)) }
    }

    /// The fraction of objects whose largest logit is at their label, for parameters θ.
    func accuracy(theta: UnsafePointer<Double>) -> Double {
        guard count > 0 else { return 0 }
        var current = features
        for l in 0..<layout.layerCount {
            let inputs = layout.inputs(l), outputs = layout.outputs(l)
            let z = layerOutputs[l].pointer
            BLAS.gemm(transposeB: true, m: count, n: outputs, k: inputs, a: current, lda: inputs,
                      b: theta + layout.weightOffsets[l], ldb: inputs, c: z, ldc: outputs)
            if layout.hasBias {
                let bias = theta + layout.biasOffsets[l]
                for i in 0..<count { for j in 0..<outputs { z[i * outputs + j] += bias[j] } }
            }
            if l < layout.layerCount - 1 {
                activation.apply(z, into: z, count: count * outputs)
                current = UnsafePointer(z)
            }
        }
        let classes = layout.classCount
        let logits = layerOutputs[layout.layerCount - 1].pointer
        var correct = 0
        for i in 0..<count {
            let row = logits + i * classes
            var best = row[0], bestIndex = 0
            for k in 1..<classes where row[k] > best { best = row[k]; bestIndex = k }
            if bestIndex == labels[i] { correct += 1 }
        }
        return Double(correct) / Double(count)
    }
}
