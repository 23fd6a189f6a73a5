import Foundation

/// A contiguous block of a sample's rows with its own forward pass.
struct RowChunk {
    /// The first row's index in the sample.
    let start: Int
    /// The rows' features (row-major, `count` rows).
    let x: UnsafePointer<Double>
    /// The rows' labels.
    let labels: [Int]
    /// The forward pass over these rows.
    let pass: ForwardPass
    var count: Int { labels.count }
}

/// Forward passes over a dataset kept alive for many backward / R-operator passes (gradients,
/// Hessian-vector products, Lanczos, dense Hessians), with θ and x pinned in memory. The rows are cut
/// into a fixed number of chunks (a function of n only, so results are bit-identical on any machine)
/// that the cores process in parallel; per-chunk results are summed in chunk order.
final class CurvatureContext {
    let kernel: NetworkKernel
    let theta: UnsafePointer<Double>
    let chunks: [RowChunk]
    /// The loss is Σ_i scale·ℓ_i; scale = 1/n gives the mean L_n.
    let scale: Double
    let count: Int

    /// Rows per chunk: small enough that a chunk's features and intermediate values stay in the
    /// core's cache between the forward and backward passes (GEMMs over thousands of rows run several
    /// times slower, memory-bound).
    static let chunkRows = 128

    /// Partial sums are accumulated in this many lanes (chunk c goes to lane c mod laneCount), each
    /// summed in chunk order, then the lanes in order: the same bits on any number of cores.
    static let laneCount = 8

    static func chunkBounds(count n: Int) -> [Range<Int>] {
        stride(from: 0, to: n, by: chunkRows).map { $0..<min($0 + chunkRows, n) }
    }

    init(kernel: NetworkKernel, theta: UnsafePointer<Double>, x: UnsafePointer<Double>, count: Int, labels: [Int], scale: Double) {
        self.kernel = kernel
        self.theta = theta
        self.scale = scale
        self.count = count
        let bounds = Self.chunkBounds(count: count)
        let d = kernel.layout.inputSize
        var passes = [ForwardPass?](repeating: nil, count: bounds.count)
        let shared = UncheckedSendable((kernel, theta, x, labels, bounds))
        passes.withUnsafeMutableBufferPointer { slots in
            let target = UncheckedSendable(slots)
            Parallel.forEach(bounds.count) { c in
                let (kernel, theta, x, labels, bounds) = shared.value
                let range = bounds[c]
                target.value[c] = kernel.forward(theta: theta, x: x + range.lowerBound * d, count: range.count,
                                                 labels: Array(labels[range]))
            }
        }
        chunks = bounds.enumerated().compactMap { c, range in
            passes[c].map { RowChunk(start: range.lowerBound, x: x + range.lowerBound * d, labels: Array(labels[range]), pass: $0) }
        }
    }

    var parameterCount: Int { kernel.layout.parameterCount }

    /// Per-object losses of the whole sample, in order.
    var losses: [Double] { chunks.flatMap(\.pass.losses) }

    /// Number of correctly classified objects.
    var correctCount: Int { chunks.reduce(0) { $0 + $1.pass.correctCount } }

    /// A per-chunk computation whose results are summed over chunks.
    enum ChunkOperation {
        case gradient
        case product(UnsafePointer<Double>, gaussNewtonOnly: Bool)
    }

    /// Runs `operation` on every chunk (lanes in parallel) and adds the results in a fixed order.
    private func summed(_ operation: ChunkOperation) -> [Double] {
        let p = parameterCount
        let lanes = min(Self.laneCount, chunks.count)
        let partials = (0..<lanes).map { _ in Buffer(count: p) }
        let shared = UncheckedSendable((self, partials, operation))
        Parallel.forEach(lanes) { lane in
            let (context, partials, operation) = shared.value
            let scratch = Buffer(count: p)
            var c = lane
            var first = true
            while c < context.chunks.count {
                context.run(operation, on: context.chunks[c], into: first ? partials[lane].pointer : scratch.pointer)
                if !first { for j in 0..<p { partials[lane].pointer[j] += scratch.pointer[j] } }
                first = false
                c += lanes
            }
        }
        var total = [Double](repeating: 0, count: p)
        for partial in partials { for j in 0..<p { total[j] += partial.pointer[j] } }
        return total
    }

    private func run(_ operation: ChunkOperation, on chunk: RowChunk, into out: UnsafeMutablePointer<Double>) {
        switch operation {
        case .gradient:
            kernel.backward(theta: theta, x: chunk.x, pass: chunk.pass, labels: chunk.labels, scale: scale, gradient: out)
        case let .product(direction, gaussNewtonOnly):
            kernel.hessianVectorProduct(theta: theta, x: chunk.x, pass: chunk.pass, labels: chunk.labels,
                                        direction: .dense(direction), scale: scale,
                                        gaussNewtonOnly: gaussNewtonOnly, result: out)
        }
    }

    func gradient() -> [Double] { summed(.gradient) }

    func product(_ v: [Double], gaussNewtonOnly: Bool = false) -> [Double] {
        let direction = Buffer(v)
        return withExtendedLifetime(direction) { summed(.product(direction.pointer, gaussNewtonOnly: gaussNewtonOnly)) }
    }

    /// Column j of H (or of the G-term), written to `target` (sequential over chunks; callers
    /// parallelise over columns).
    /// Only entries i ≥ j are guaranteed (the rest of the column is the mirror of earlier columns).
    func column(_ j: Int, gaussNewtonOnly: Bool, into target: UnsafeMutablePointer<Double>, scratch: Buffer) {
        for (c, chunk) in chunks.enumerated() {
            let out = c == 0 ? target : scratch.pointer
            kernel.hessianVectorProduct(theta: theta, x: chunk.x, pass: chunk.pass, labels: chunk.labels, direction: .unit(j),
                                        scale: scale, gaussNewtonOnly: gaussNewtonOnly, result: out, firstNeeded: j)
            if c > 0 { for i in 0..<parameterCount { target[i] += scratch.pointer[i] } }
        }
    }
}

/// Work split over the machine's cores with libdispatch.
enum Parallel {
    /// Runs body(0..<count) on up to `LinearAlgebraRuntime.workerCount` threads; returns when all finish.
    /// The workers see the caller's `Cancellation` check.
    static func forEach(_ count: Int, _ body: @escaping (Int) -> Void) {
        guard count > 1, LinearAlgebraRuntime.workerCount > 1 else {
            for i in 0..<max(count, 0) { body(i) }
            return
        }
        let shared = UncheckedSendable(Cancellation.inheriting(body))
        DispatchQueue.concurrentPerform(iterations: count) { shared.value($0) }
    }
}

extension MLP {
    /// Runs `body` with forward passes over `data` (validated against this network).
    func withCurvature<R>(on data: Dataset, scale: Double? = nil, _ body: (CurvatureContext) throws -> R) throws -> R {
        try validate(data)
        LinearAlgebraRuntime.configureThreading()
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
