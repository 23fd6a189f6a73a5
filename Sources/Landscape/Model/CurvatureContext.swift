import Foundation

/// A forward pass over a dataset kept alive for many backward / R-operator passes (gradients,
/// Hessian-vector products, Lanczos, dense Hessians), with θ and x pinned in memory.
final class CurvatureContext {
    let kernel: NetworkKernel
    let theta: UnsafePointer<Double>
    let x: UnsafePointer<Double>
    let labels: [Int]
    let pass: ForwardPass
    /// The loss is Σ_i scale·ℓ_i; scale = 1/n gives the mean L_n.
    let scale: Double

    init(kernel: NetworkKernel, theta: UnsafePointer<Double>, x: UnsafePointer<Double>, count: Int, labels: [Int], scale: Double) {
        self.kernel = kernel
        self.theta = theta
        self.x = x
        self.labels = labels
        self.scale = scale
        self.pass = kernel.forward(theta: theta, x: x, count: count, labels: labels)
    }

    var parameterCount: Int { kernel.layout.parameterCount }

    func gradient() -> [Double] {
        let g = Buffer(count: parameterCount)
        kernel.backward(theta: theta, x: x, pass: pass, labels: labels, scale: scale, gradient: g.pointer)
        return g.array
    }

    func product(_ v: [Double], gaussNewtonOnly: Bool = false) -> [Double] {
        let out = Buffer(count: parameterCount)
        v.withUnsafeBufferPointer { vp in
            guard let base = vp.baseAddress else { return }
            kernel.hessianVectorProduct(theta: theta, x: x, pass: pass, labels: labels, direction: .dense(base),
                                        scale: scale, gaussNewtonOnly: gaussNewtonOnly, result: out.pointer)
        }
        return out.array
    }

    /// Column j of H (or of the G-term), written to `target`.
    func column(_ j: Int, gaussNewtonOnly: Bool, into target: UnsafeMutablePointer<Double>) {
        kernel.hessianVectorProduct(theta: theta, x: x, pass: pass, labels: labels, direction: .unit(j),
                                    scale: scale, gaussNewtonOnly: gaussNewtonOnly, result: target)
    }
}

extension MLP {
    /// Runs `body` with a forward pass over `data` (validated against this network).
    func withCurvature<R>(on data: Dataset, scale: Double? = nil, _ body: (CurvatureContext) throws -> R) throws -> R {
        try validate(data)
        let kernel = self.kernel
        return try parameters.withUnsafeBufferPointer { thetaBuffer in
            try data.features.withUnsafeBufferPointer { xBuffer in
                guard let theta = thetaBuffer.baseAddress, let x = xBuffer.baseAddress else { throw ModelError.emptyDataset }
                let context = CurvatureContext(kernel: kernel, theta: theta, x: x, count: data.count, labels: data.labels,
                                               scale: scale ?? 1 / Double(data.count))
                return try body(context)
            }
        }
    }

    /// A one-object dataset holding `example` for this network.
    func single(_ example: Example) throws -> Dataset {
        guard example.label >= 0, example.label < classCount else {
            throw DatasetError.labelOutOfRange(path: "example", index: 0, label: example.label, classCount: classCount)
        }
        var data = try Dataset(inputSize: inputSize, classCount: classCount, source: "one object")
        do { try data.add(example) } catch DatasetError.inputSizeMismatch(_, let found) {
            throw ModelError.inputSizeMismatch(network: inputSize, dataset: found)
        }
        return data
    }
}

/// Wraps values for use inside `DispatchQueue.concurrentPerform`, whose workers only read shared
/// state or write disjoint ranges.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
