/// Eigenvectors: the directions along which the loss curves most (for slices of the surface, and to
/// see which weights the top of the spectrum lives on).
extension MLP {
    /// The eigenvectors of the `count` largest eigenvalues (descending) of the Hessian (or G-term) of
    /// L_n, unit length, by `iterations` Lanczos steps with full reorthogonalisation (Ritz vectors;
    /// exact when iterations ≥ P). Each is signed so that its largest-magnitude entry is positive.
    public func topEigenvectors(on data: Dataset, count: Int = 2, iterations: Int = 50,
                                matrix: CurvatureMatrix = .hessian, seed: UInt64 = 0) throws -> [[Double]] {
        try topEigenpairs(on: data, count: count, iterations: iterations, matrix: matrix, seed: seed).map(\.vector)
    }

    /// The `count` largest eigenvalues with their eigenvectors, as `topEigenvectors`.
    func topEigenpairs(on data: Dataset, count: Int, iterations: Int, matrix: CurvatureMatrix,
                       seed: UInt64) throws -> [(value: Double, vector: [Double])] {
        try lanczos(on: data, count: count, iterations: iterations, matrix: matrix, seed: seed).topRitzPairs(count: count)
    }
}

extension Hessian {
    /// The eigenvectors of the `count` largest eigenvalues (descending), unit length, from LAPACK's
    /// full decomposition (dsyevd); each signed so that its largest-magnitude entry is positive.
    public func topEigenvectors(count: Int = 2) throws -> [[Double]] {
        guard count >= 1, count <= parameterCount else {
            throw CurvatureError.invalidArgument("count must lie in 1…\(parameterCount) (P), got \(count)")
        }
        let p = parameterCount
        let (_, vectors) = try SymmetricEigen.decomposition(of: entries, size: p)
        return (0..<count).map { rank in
            let column = p - 1 - rank
            return Vectors.normalisedWithPositiveLead((0..<p).map { vectors[$0 * p + column] })
        }
    }
}
