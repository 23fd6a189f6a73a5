import Foundation

/// A 2-D slice of the loss surface through θ̂ (the paper's overview figure made real): a quantity f —
/// L_k, or L_{k+1} − L_k — at θ̂ + a·u + b·v on a grid of (a, b), beside its second-order Taylor
/// prediction from θ̂, f(θ̂) + ∇f·δ + ½ δᵀ∇²f δ with δ = a·u + b·v, every derivative exact.
public struct LossSlice: Sendable, CustomStringConvertible {
    /// What is sliced, in the paper's notation with k filled in: "L₂₀₀" or "L₁₁ − L₁₀".
    public let quantity: String
    /// k: the sample is the first k objects (and object k + 1 for a difference).
    public let k: Int
    /// The grid's coordinates along u (columns) and along v (rows), the same for both.
    public let offsets: [Double]
    /// f(θ̂ + offsets[i]·u + offsets[j]·v) at row j, column i.
    public let values: [[Double]]
    /// The second-order prediction at the same grid points.
    public let secondOrder: [[Double]]
    /// f(θ̂).
    public let center: Double
    /// (∂f/∂a, ∂f/∂b) at θ̂: ∇f·u and ∇f·v.
    public let gradient: [Double]
    /// The 2×2 curvature of the slice at θ̂: [[uᵀ∇²f u, uᵀ∇²f v], [vᵀ∇²f u, vᵀ∇²f v]].
    public let curvature: [[Double]]

    /// max |measured − predicted| over the grid.
    public var largestPredictionError: Double {
        zip(values, secondOrder).map { zip($0, $1).map { abs($0 - $1) }.max() ?? 0 }.max() ?? 0
    }

    /// max − min of the measured values over the grid.
    public var valueRange: Double {
        let all = values.flatMap { $0 }
        return (all.max() ?? 0) - (all.min() ?? 0)
    }

    public var description: String {
        let n = offsets.count
        let radius = offsets.last ?? 0
        return "LossSlice(\(quantity) on a \(n)×\(n) grid, |a|, |b| ≤ \(formatCompact(radius)): "
            + "f(θ̂) = \(formatCompact(center)), range \(formatCompact(valueRange)), "
            + "second-order prediction off by at most \(formatCompact(largestPredictionError)))"
    }
}

extension MLP {
    /// A seeded Gaussian direction rescaled filter by filter (Li et al., 2018, "Visualizing the loss
    /// landscape of neural nets"): each row of each weight matrix — one neuron's incoming weights — gets
    /// the norm of the same row of θ̂; bias entries are zero. Length P, like θ.
    public func filterNormalizedDirection(seed: UInt64) -> [Double] {
        var generator = SeededGenerator(seed: seed)
        var direction = (0..<parameterCount).map { _ in generator.nextGaussian() }
        for l in 0..<layout.layerCount {
            let inputs = layout.inputs(l), offset = layout.weightOffsets[l]
            for row in 0..<layout.outputs(l) {
                let range = (offset + row * inputs)..<(offset + (row + 1) * inputs)
                var weightNorm = 0.0, directionNorm = 0.0
                for index in range {
                    weightNorm += parameters[index] * parameters[index]
                    directionNorm += direction[index] * direction[index]
                }
                let scale = directionNorm > 0 ? (weightNorm / directionNorm).squareRoot() : 0
                for index in range { direction[index] *= scale }
            }
            if layout.hasBias {
                for index in layout.biasOffsets[l]..<(layout.biasOffsets[l] + layout.outputs(l)) { direction[index] = 0 }
            }
        }
        return direction
    }

    /// L_k — the mean loss over the first `k` objects of `data` — on the plane θ̂ + a·u + b·v,
    /// a, b ∈ [−radius, radius] on a `steps`×`steps` grid, beside its exact second-order prediction.
    public func lossSlice(on data: Dataset, k: Int, along u: [Double], _ v: [Double],
                          radius: Double = 1, steps: Int = 21) throws -> LossSlice {
        try slice(on: data, quantity: .loss(k: k), along: u, v, radius: radius, steps: steps)
    }

    /// L_{k+1} − L_k — what one more object changes — on the plane θ̂ + a·u + b·v, as `lossSlice`;
    /// computed as (ℓ_{k+1} − L_k)/(k + 1), which is exact and free of cancellation.
    public func lossDifferenceSlice(on data: Dataset, k: Int, along u: [Double], _ v: [Double],
                                    radius: Double = 1, steps: Int = 21) throws -> LossSlice {
        try slice(on: data, quantity: .difference(k: k), along: u, v, radius: radius, steps: steps)
    }

    private func slice(on data: Dataset, quantity: SlicedQuantity, along u: [Double], _ v: [Double],
                       radius: Double, steps: Int) throws -> LossSlice {
        for direction in [u, v] {
            guard direction.count == parameterCount else {
                throw ModelError.vectorLengthMismatch(expected: parameterCount, found: direction.count)
            }
            guard direction.allSatisfy(\.isFinite) else { throw CurvatureError.invalidArgument("directions must be finite") }
        }
        guard radius.isFinite, radius > 0 else { throw CurvatureError.invalidArgument("radius must be finite and > 0, got \(radius)") }
        guard (2...201).contains(steps) else { throw CurvatureError.invalidArgument("steps must lie in 2…201, got \(steps)") }
        guard quantity.k >= 1, quantity.objectsNeeded <= data.count else {
            throw CurvatureError.invalidArgument(
                "k = \(quantity.k) needs \(quantity.objectsNeeded) objects and k ≥ 1; the data has \(data.count)")
        }
        let sample = data.prefix(quantity.objectsNeeded)
        let offsets = (0..<steps).map { -radius + 2 * radius * Double($0) / Double(steps - 1) }

        // Exact directional derivatives per object; the cross term by polarisation.
        let alongU = try directionalDerivatives(on: sample, along: u)
        let alongV = try directionalDerivatives(on: sample, along: v)
        let alongSum = try directionalDerivatives(on: sample, along: zip(u, v).map { $0 + $1 })
        let center = quantity.reduce(try losses(on: sample))
        let gradient = [quantity.reduce(alongU.first), quantity.reduce(alongV.first)]
        let cuu = quantity.reduce(alongU.second), cvv = quantity.reduce(alongV.second)
        let cuv = (quantity.reduce(alongSum.second) - cuu - cvv) / 2
        let curvature = [[cuu, cuv], [cuv, cvv]]

        let network = self
        let results = UncheckedSendable(Buffer(count: steps * steps))
        let failures = FirstFailure()
        Parallel.forEach(steps) { j in
            guard !Cancellation.isRequested else { return }
            do {
                for (i, a) in offsets.enumerated() {
                    var theta = network.parameters
                    for p in theta.indices { theta[p] += a * u[p] + offsets[j] * v[p] }
                    var moved = network
                    try moved.setParameters(theta)
                    results.value.pointer[j * steps + i] = quantity.reduce(try moved.losses(on: sample))
                }
            } catch {
                failures.record(error)
            }
        }
        try Cancellation.checkpoint()
        if let error = failures.error { throw error }
        let values = (0..<steps).map { j in Array(UnsafeBufferPointer(start: results.value.pointer + j * steps, count: steps)) }
        let predicted = offsets.map { b in
            offsets.map { a in
                center + gradient[0] * a + gradient[1] * b + (cuu * a * a + 2 * cuv * a * b + cvv * b * b) / 2
            }
        }
        return LossSlice(quantity: quantity.name, k: quantity.k, offsets: offsets, values: values, secondOrder: predicted,
                         center: center, gradient: gradient, curvature: curvature)
    }
}

/// Which quantity a slice shows, and how it is made from per-object numbers (losses or derivatives).
private enum SlicedQuantity {
    case loss(k: Int)
    case difference(k: Int)

    var k: Int {
        switch self {
        case let .loss(k), let .difference(k): return k
        }
    }

    var objectsNeeded: Int {
        switch self {
        case let .loss(k): return k
        case let .difference(k): return k + 1
        }
    }

    var name: String {
        switch self {
        case let .loss(k): return "L" + Self.subscripted(k)
        case let .difference(k): return "L" + Self.subscripted(k + 1) + " − L" + Self.subscripted(k)
        }
    }

    /// 123 → "₁₂₃".
    static func subscripted(_ n: Int) -> String {
        let digits: [Character] = ["₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"]
        return String(String(n).map { $0.wholeNumberValue.map { digits[$0] } ?? $0 })
    }

    /// The mean of the first k entries, or (x_{k+1} − mean_k)/(k + 1).
    func reduce(_ perObject: [Double]) -> Double {
        let mean = perObject.prefix(k).reduce(0, +) / Double(k)
        switch self {
        case .loss: return mean
        case .difference: return (perObject[k] - mean) / Double(k + 1)
        }
    }
}

/// The first error thrown by any of several concurrent workers.
private final class FirstFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?

    var error: (any Error)? { lock.withLock { stored } }

    func record(_ error: any Error) {
        lock.withLock { if stored == nil { stored = error } }
    }
}
