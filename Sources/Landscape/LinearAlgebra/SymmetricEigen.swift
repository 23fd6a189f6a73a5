import CLinearAlgebra

/// Symmetric eigenproblems through LAPACKE.
enum SymmetricEigen {
    /// All eigenvalues (ascending) of a symmetric n×n matrix, from its upper triangle (row-major), by
    /// dsyevd_2stage, on the calling thread with OpenBLAS single-threaded as everywhere in Landscape.
    /// (OpenBLAS threads for this one call were tried and dropped: with the other core busy, as on a
    /// shared machine, the reduction's many short threaded calls wait on each other; at P = 3,552 under
    /// other builds' load, two threads took 4× the wall time of one here, 11× with one-stage dsyevd.)
    /// An interrupt (`Cancellation`) stops the wait, not LAPACK: the abandoned call finishes in the background.
    static func eigenvalues(of matrix: [Double], size n: Int) throws -> [Double] {
        guard n > 0 else { return [] }
        guard matrix.count == n * n else { throw ModelError.vectorLengthMismatch(expected: n * n, found: matrix.count) }
        // A Hessian made without Landscape's other BLAS work (its init, or a process whose first call this
        // is) would otherwise meet OpenBLAS at its default thread count, where the values are not the
        // same bits run to run.
        LinearAlgebraRuntime.configureThreading()
        return try Cancellation.abandoningOnCancel { try spectrum(of: matrix, size: n) }
    }

    /// dsyevd_2stage with jobz = 'N': the two-stage reduction to tridiagonal form (dsytrd_2stage: to a
    /// band by blocked level-3 updates, then the band to tridiagonal by bulge chasing), then dsterf. It
    /// does the work of dsytrd's one-stage reduction, half of which is a memory-bound dsymv per column,
    /// mostly as GEMMs: on one core about 1.6× less CPU time at P = 3,552 (LAPACK offers it for
    /// eigenvalues only, which is all this computes). The row-major upper triangle is the column-major
    /// lower one, so the matrix is passed column-major with uplo 'L': LAPACKE then hands LAPACK the array
    /// itself instead of a transposed copy.
    private static func spectrum(of matrix: [Double], size n: Int) throws -> [Double] {
        var a = matrix
        var w = [Double](repeating: 0, count: n)
        let info = LAPACKE_dsyevd_2stage(LAPACK_COL_MAJOR, Int8(UInt8(ascii: "N")), Int8(UInt8(ascii: "L")), Int32(n), &a, Int32(n), &w)
        guard info == 0 else { throw ModelError.lapackFailure(routine: "dsyevd_2stage", info: Int(info)) }
        return w
    }

    /// Eigenvalues (ascending) and eigenvectors (columns of a row-major n×n matrix) by dsyevd.
    static func decomposition(of matrix: [Double], size n: Int) throws -> (values: [Double], vectors: [Double]) {
        guard n > 0 else { return ([], []) }
        guard matrix.count == n * n else { throw ModelError.vectorLengthMismatch(expected: n * n, found: matrix.count) }
        LinearAlgebraRuntime.configureThreading()
        return try Cancellation.abandoningOnCancel { () throws -> (values: [Double], vectors: [Double]) in
            var a = matrix
            var w = [Double](repeating: 0, count: n)
            let info = LAPACKE_dsyevd(LAPACK_ROW_MAJOR, Int8(UInt8(ascii: "V")), Int8(UInt8(ascii: "U")), Int32(n), &a, Int32(n), &w)
            guard info == 0 else { throw ModelError.lapackFailure(routine: "dsyevd", info: Int(info)) }
            return (w, a)
        }
    }

    /// Eigenvalues (ascending) and the first component of each eigenvector of a symmetric
    /// tridiagonal matrix (diagonal `alpha`, off-diagonal `beta`), by dstev.
    static func tridiagonal(alpha: [Double], beta: [Double]) throws -> (values: [Double], firstComponents: [Double]) {
        let (values, vectors) = try tridiagonalDecomposition(alpha: alpha, beta: beta)
        // Row-major: eigenvector k is column k; its first component is vectors[0 * n + k].
        return (values, Array(vectors.prefix(values.count)))
    }

    /// Eigenvalues (ascending) and all eigenvectors (columns of a row-major n×n matrix) of a symmetric
    /// tridiagonal matrix, by dstev.
    static func tridiagonalDecomposition(alpha: [Double], beta: [Double]) throws -> (values: [Double], vectors: [Double]) {
        let n = alpha.count
        guard n > 0 else { return ([], []) }
        var d = alpha
        var e = Array(beta.prefix(n - 1))
        if e.isEmpty { e = [0] }
        var z = [Double](repeating: 0, count: n * n)
        let info = LAPACKE_dstev(LAPACK_ROW_MAJOR, Int8(UInt8(ascii: "V")), Int32(n), &d, &e, &z, Int32(n))
        guard info == 0 else { throw ModelError.lapackFailure(routine: "dstev", info: Int(info)) }
        return (d, z)
    }

    /// The singular values (descending) of a row-major m×n matrix, by dgesdd.
    static func singularValues(of matrix: [Double], rows m: Int, columns n: Int) throws -> [Double] {
        guard m > 0, n > 0 else { return [] }
        var a = matrix
        var s = [Double](repeating: 0, count: min(m, n))
        // LAPACKE checks the leading dimensions of U and Vᵀ even when they are not computed.
        var u = [Double](repeating: 0, count: m)
        var vt = [Double](repeating: 0, count: n)
        let info = LAPACKE_dgesdd(LAPACK_ROW_MAJOR, Int8(UInt8(ascii: "N")), Int32(m), Int32(n), &a, Int32(n), &s, &u, Int32(m), &vt, Int32(n))
        guard info == 0 else { throw ModelError.lapackFailure(routine: "dgesdd", info: Int(info)) }
        return s
    }
}
