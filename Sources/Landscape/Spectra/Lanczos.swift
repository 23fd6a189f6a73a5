/// The Lanczos iteration with full reorthogonalisation, on any symmetric operator.
struct Lanczos {
    /// Diagonal (α) and off-diagonal (β) of the tridiagonal matrix T = QᵀAQ.
    let alphas: [Double]
    let betas: [Double]
    /// The orthonormal Lanczos vectors q₁, q₂, … (the columns of Q).
    let basis: [[Double]]

    /// Runs up to `steps` iterations from a seeded Gaussian start vector (or `start`), stopping early at
    /// an invariant subspace. Every new vector is orthogonalised twice against all previous ones.
    /// Consults `Cancellation` before every step.
    init(size: Int, steps: Int, seed: UInt64, start: [Double]? = nil, apply: ([Double]) throws -> [Double]) throws {
        var generator = SeededGenerator(seed: seed)
        var q = start ?? (0..<size).map { _ in generator.nextGaussian() }
        let startNorm = Vectors.norm(q)
        q = q.map { $0 / max(startNorm, 1e-300) }
        var basis: [[Double]] = [q]
        var alphas = [Double]()
        var betas = [Double]()
        var scale = 0.0
        for i in 0..<max(0, min(steps, size)) {
            try Cancellation.checkpoint()
            var w = try apply(basis[i])
            let alpha = Vectors.dot(basis[i], w)
            alphas.append(alpha)
            scale = max(scale, abs(alpha))
            for _ in 0..<2 {
                for previous in basis {
                    let c = Vectors.dot(previous, w)
                    w.withUnsafeMutableBufferPointer { wp in
                        previous.withUnsafeBufferPointer { pp in
                            guard let wb = wp.baseAddress, let pb = pp.baseAddress else { return }
                            BLAS.axpy(size, -c, pb, wb)
                        }
                    }
                }
            }
            let beta = Vectors.norm(w)
            if i == min(steps, size) - 1 { break }
            scale = max(scale, beta)
            if beta <= 1e-12 * max(scale, 1e-300) { break }
            betas.append(beta)
            basis.append(w.map { $0 / beta })
        }
        self.alphas = alphas
        self.betas = betas
        self.basis = Array(basis.prefix(alphas.count))
    }

    /// Ritz values (ascending) and their weights τ_k = (first component of the k-th eigenvector of T)².
    func ritz() throws -> (values: [Double], weights: [Double]) {
        let (values, first) = try SymmetricEigen.tridiagonal(alpha: alphas, beta: betas)
        return (values, first.map { $0 * $0 })
    }

    /// The `count` Ritz pairs of largest value (descending): θ_k and y_k = Q s_k with T s_k = θ_k s_k,
    /// each vector of unit length with its largest-magnitude entry positive (a deterministic sign).
    func topRitzPairs(count: Int) throws -> [(value: Double, vector: [Double])] {
        let (values, vectors) = try SymmetricEigen.tridiagonalDecomposition(alpha: alphas, beta: betas)
        let m = values.count
        var pairs: [(value: Double, vector: [Double])] = []
        for k in stride(from: m - 1, through: max(0, m - count), by: -1) {
            guard let size = basis.first?.count else { break }
            var y = [Double](repeating: 0, count: size)
            for (i, q) in basis.enumerated() {
                let coefficient = vectors[i * m + k]
                for j in 0..<size { y[j] += coefficient * q[j] }
            }
            pairs.append((values[k], Vectors.normalisedWithPositiveLead(y)))
        }
        return pairs
    }
}

extension Vectors {
    /// `v / ‖v‖`, its sign flipped so that its largest-magnitude entry is positive (eigenvectors are
    /// defined up to sign; this makes them reproducible).
    static func normalisedWithPositiveLead(_ v: [Double]) -> [Double] {
        let norm = Vectors.norm(v)
        guard norm > 0 else { return v }
        var lead = 0.0
        for x in v where abs(x) > abs(lead) { lead = x }
        let scale = (lead < 0 ? -1.0 : 1.0) / norm
        return v.map { $0 * scale }
    }
}
