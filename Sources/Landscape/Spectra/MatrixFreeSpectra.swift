/// Which curvature matrix a matrix-free method works on.
public enum CurvatureMatrix: String, Sendable, CaseIterable, CustomStringConvertible {
    /// The exact Hessian ∇²L_n.
    case hessian
    /// The G-term (Gauss–Newton) (1/n) Σ J_iᵀ A_i J_i.
    case gaussNewton
    public var description: String { self == .hessian ? "Hessian" : "G-term" }
}

/// How to compute a trace.
public enum TraceMethod: Sendable, Equatable {
    /// Exactly: Σ_j e_jᵀ H e_j, one R-operator pass per parameter (on all cores).
    case exact
    /// Hutchinson's estimator: the mean of zᵀHz over `samples` seeded Rademacher vectors z.
    case hutchinson(samples: Int = 100, seed: UInt64 = 0)
}

/// Spectra without forming P×P matrices.
extension MLP {
    /// The `count` largest eigenvalues (descending) of the Hessian (or G-term) of L_n, by `iterations`
    /// Lanczos steps with full reorthogonalisation (exact when iterations ≥ P).
    public func topEigenvalues(on data: Dataset, count: Int = 1, iterations: Int = 50,
                               matrix: CurvatureMatrix = .hessian, seed: UInt64 = 0) throws -> [Double] {
        let values = try ritzValues(on: data, count: count, iterations: iterations, matrix: matrix, seed: seed)
        return Array(values.reversed().prefix(count))
    }

    /// The `count` smallest eigenvalues (ascending), by Lanczos as `topEigenvalues`.
    public func bottomEigenvalues(on data: Dataset, count: Int = 1, iterations: Int = 50,
                                  matrix: CurvatureMatrix = .hessian, seed: UInt64 = 0) throws -> [Double] {
        let values = try ritzValues(on: data, count: count, iterations: iterations, matrix: matrix, seed: seed)
        return Array(values.prefix(count))
    }

    /// ‖H‖₂ = max |λ| by Lanczos (the larger of the extreme Ritz values in magnitude).
    public func hessianNorm(on data: Dataset, iterations: Int = 50, matrix: CurvatureMatrix = .hessian, seed: UInt64 = 0) throws -> Double {
        let values = try ritzValues(on: data, count: 1, iterations: iterations, matrix: matrix, seed: seed)
        return max(abs(values.first ?? 0), abs(values.last ?? 0))
    }

    func ritzValues(on data: Dataset, count: Int, iterations: Int, matrix: CurvatureMatrix, seed: UInt64) throws -> [Double] {
        try lanczos(on: data, count: count, iterations: iterations, matrix: matrix, seed: seed).ritz().values
    }

    /// The Lanczos run behind the top/bottom eigenvalues and eigenvectors: checks `count` and `iterations`,
    /// then takes max(iterations, count) steps (at most P) on the Hessian (or G-term) of L_n.
    func lanczos(on data: Dataset, count: Int, iterations: Int, matrix: CurvatureMatrix, seed: UInt64) throws -> Lanczos {
        guard count >= 1, count <= parameterCount else {
            throw CurvatureError.invalidArgument("count must lie in 1…\(parameterCount) (P), got \(count)")
        }
        guard iterations >= 1 else { throw CurvatureError.invalidArgument("iterations must be ≥ 1, got \(iterations)") }
        let steps = min(max(iterations, count), parameterCount)
        return try withCurvature(on: data) { context in
            try Lanczos(size: parameterCount, steps: steps, seed: seed) { context.product($0, gaussNewtonOnly: matrix == .gaussNewton) }
        }
    }

    /// tr H of L_n (or of the G-term), exactly or by Hutchinson's estimator.
    public func hessianTrace(on data: Dataset, method: TraceMethod = .exact, matrix: CurvatureMatrix = .hessian) throws -> Double {
        let p = parameterCount
        return try withCurvature(on: data) { context in
            switch method {
            case .exact:
                var diagonal = [Double](repeating: 0, count: p)
                diagonal.withUnsafeMutableBufferPointer { d in
                    guard let base = d.baseAddress else { return }
                    context.columns(count: p, gaussNewtonOnly: matrix == .gaussNewton, into: .diagonal(base))
                }
                try Cancellation.checkpoint()
                return diagonal.reduce(0, +)
            case let .hutchinson(samples, seed):
                guard samples >= 1 else { throw CurvatureError.invalidArgument("Hutchinson needs at least one sample, got \(samples)") }
                var generator = SeededGenerator(seed: seed)
                var sum = 0.0
                for _ in 0..<samples {
                    try Cancellation.checkpoint()
                    let z = (0..<p).map { _ in generator.nextRademacher() }
                    sum += Vectors.dot(z, context.product(z, gaussNewtonOnly: matrix == .gaussNewton))
                }
                return sum / Double(samples)
            }
        }
    }

    /// The spectral density of the Hessian (or G-term) by stochastic Lanczos quadrature: `probes` seeded
    /// Gaussian start vectors, `iterations` Lanczos steps each, Ritz values smoothed by Gaussians of
    /// width `bandwidth` (default 1% of the spectrum's span) on a grid of `gridSize` points.
    public func spectralDensity(on data: Dataset, probes: Int = 10, iterations: Int = 50, gridSize: Int = 400,
                                bandwidth: Double? = nil, matrix: CurvatureMatrix = .hessian, seed: UInt64 = 0) throws -> SpectralDensity {
        guard probes >= 1, iterations >= 1, gridSize >= 2 else {
            throw CurvatureError.invalidArgument("probes and iterations must be ≥ 1 and gridSize ≥ 2")
        }
        if let bandwidth, !(bandwidth > 0 && bandwidth.isFinite) {
            throw CurvatureError.invalidArgument("bandwidth must be positive and finite, got \(bandwidth)")
        }
        let steps = min(iterations, parameterCount)
        let nodes: [(values: [Double], weights: [Double])] = try withCurvature(on: data) { context in
            try (0..<probes).map { probe in
                try Lanczos(size: parameterCount, steps: steps, seed: seed &+ UInt64(probe) &* 0x9E37_79B9) {
                    context.product($0, gaussNewtonOnly: matrix == .gaussNewton)
                }.ritz()
            }
        }
        return SpectralDensity(nodes: nodes, gridSize: gridSize, bandwidth: bandwidth, matrix: matrix)
    }
}
