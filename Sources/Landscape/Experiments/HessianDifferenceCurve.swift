/// How to take the spectral norm of a difference of curvature matrices.
public enum NormMethod: Sendable, Equatable {
    /// Form the P×P matrices and use LAPACK (exact; within `Hessian.memoryBudget`).
    case dense
    /// Lanczos on the matrix-free difference (max |Ritz value| after `iterations` steps).
    case lanczos(iterations: Int = 30)
}

/// ‖H_{k+1}(θ) − (1/k)·Σ_{i≤k} H_i(θ)‖₂ against k: what the paper bounds but never measures.
public struct HessianDifferenceCurve: Sendable, CustomStringConvertible {
    /// k = 1…kMax.
    public let k: [Int]
    /// The spectral norms.
    public let norms: [Double]
    /// The Hessian or its G-term.
    public let matrix: CurvatureMatrix
    /// How the norms were computed.
    public let method: NormMethod

    public var description: String {
        let how: String
        switch method {
        case .dense: how = "dense, LAPACK"
        case let .lanczos(iterations): how = "Lanczos, \(iterations) steps"
        }
        return "HessianDifferenceCurve(\(matrix), k = 1…\(k.last ?? 0), \(how): \(norms.first.map(formatCompact) ?? "–") → \(norms.last.map(formatCompact) ?? "–"))"
    }
}

extension MLP {
    /// ‖H_{k+1} − (1/k)Σ_{i≤k} H_i‖₂ for k = 1…min(upTo, n − 1), objects in the sample's order.
    /// `method` defaults to dense LAPACK when P ≤ 1,000 and Lanczos otherwise.
    public func hessianDifferences(on data: Dataset, upTo maxK: Int = 50, matrix: CurvatureMatrix = .hessian,
                                   method: NormMethod? = nil, seed: UInt64 = 0) throws -> HessianDifferenceCurve {
        try validate(data)
        guard data.count >= 2 else { throw CurvatureError.invalidArgument("need at least 2 objects, got \(data.count)") }
        guard maxK >= 1 else { throw CurvatureError.invalidArgument("upTo must be ≥ 1, got \(maxK)") }
        let kMax = min(maxK, data.count - 1)
        let chosen = method ?? (parameterCount <= 1_000 ? .dense : .lanczos())
        let p = parameterCount
        var norms = [Double]()
        switch chosen {
        case .dense:
            try MemoryBudgetStorage.shared.check(parameterCount: p, copies: 4)
            var sum = [Double](repeating: 0, count: p * p)
            for k in 1...kMax {
                try Cancellation.checkpoint()
                let previous = try denseCurvature(on: data.subset([k - 1]), gaussNewtonOnly: matrix == .gaussNewton, kind: "")
                for j in 0..<(p * p) { sum[j] += previous.entries[j] }
                let next = try denseCurvature(on: data.subset([k]), gaussNewtonOnly: matrix == .gaussNewton, kind: "")
                var difference = next.entries
                let scale = 1 / Double(k)
                for j in 0..<(p * p) { difference[j] -= scale * sum[j] }
                let values = try SymmetricEigen.eigenvalues(of: difference, size: p)
                norms.append(max(abs(values.first ?? 0), abs(values.last ?? 0)))
            }
        case let .lanczos(iterations):
            guard iterations >= 1 else { throw CurvatureError.invalidArgument("iterations must be ≥ 1") }
            let gaussNewtonOnly = matrix == .gaussNewton
            for k in 1...kMax {
                let head = data.prefix(k)
                let next = try data.subset([k])
                let values = try withCurvature(on: head) { headContext in
                    try withCurvature(on: next) { nextContext in
                        try Lanczos(size: p, steps: min(iterations, p), seed: seed) { v in
                            let a = nextContext.product(v, gaussNewtonOnly: gaussNewtonOnly)
                            let b = headContext.product(v, gaussNewtonOnly: gaussNewtonOnly)
                            return zip(a, b).map { $0 - $1 }
                        }.ritz().values
                    }
                }
                norms.append(max(abs(values.first ?? 0), abs(values.last ?? 0)))
            }
        }
        return HessianDifferenceCurve(k: Array(1...kMax), norms: norms, matrix: matrix, method: chosen)
    }
}
