import Foundation

/// A dense symmetric P×P curvature matrix (the Hessian, its G-term or its H-term), row-major, with
/// its spectrum computed by LAPACK on first use.
public struct Hessian: Sendable, CustomStringConvertible {
    /// Which matrix this is: "Hessian", "G-term (Gauss–Newton)", "H-term", or a description.
    public let kind: String
    /// P.
    public let parameterCount: Int
    /// The entries, row-major: entry (i, j) is `entries[i * parameterCount + j]`.
    public let entries: [Double]
    /// Where each layer's block starts, plus P at the end (layer blocks, for a heatmap).
    public let blockBoundaries: [Int]
    private let cache: EigenvalueCache

    init(kind: String, parameterCount: Int, entries: [Double], blockBoundaries: [Int]) {
        self.kind = kind
        self.parameterCount = parameterCount
        self.entries = entries
        self.blockBoundaries = blockBoundaries
        self.cache = EigenvalueCache()
    }

    /// The memory a dense matrix may take, in bytes (default 2 GiB); requests above it throw
    /// `CurvatureError.denseMatrixTooLarge` before allocating.
    public static var memoryBudget: Int {
        get { MemoryBudgetStorage.shared.value }
        set { MemoryBudgetStorage.shared.value = newValue }
    }

    /// Entry (row, column); throws outside 0..<P.
    public subscript(_ row: Int, _ column: Int) -> Double {
        get throws {
            guard row >= 0, row < parameterCount, column >= 0, column < parameterCount else {
                throw CurvatureError.invalidArgument("entry (\(row), \(column)) is outside a \(parameterCount)×\(parameterCount) matrix")
            }
            return entries[row * parameterCount + column]
        }
    }

    /// The matrix as rows.
    public var rows: [[Double]] {
        (0..<parameterCount).map { Array(entries[($0 * parameterCount)..<(($0 + 1) * parameterCount)]) }
    }

    /// The trace Σ H_ii.
    public var trace: Double {
        var sum = 0.0
        for i in 0..<parameterCount { sum += entries[i * parameterCount + i] }
        return sum
    }

    /// All eigenvalues in ascending order (LAPACK dsyevd_2stage on the upper triangle), computed once
    /// and kept: `spectralNorm`, `rank` and the notebook's table all need at least the extremes, which
    /// cost the same reduction to tridiagonal form as the whole spectrum.
    public var eigenvalues: [Double] {
        get throws { try cache.values { try SymmetricEigen.eigenvalues(of: entries, size: parameterCount) } }
    }

    /// ‖H‖₂ = max |λ|.
    public var spectralNorm: Double {
        get throws {
            let values = try eigenvalues
            return max(abs(values.first ?? 0), abs(values.last ?? 0))
        }
    }

    /// The largest |H_ij − H_ji|, a check that the matrix is symmetric.
    public var asymmetry: Double {
        var worst = 0.0
        for i in 0..<parameterCount {
            for j in (i + 1)..<max(parameterCount, i + 1) {
                worst = max(worst, abs(entries[i * parameterCount + j] - entries[j * parameterCount + i]))
            }
        }
        return worst
    }

    /// The number of eigenvalues with |λ| above `tolerance`·‖H‖₂ (numerical rank).
    public func rank(relativeTolerance tolerance: Double = 1e-10) throws -> Int {
        let values = try eigenvalues
        let norm = max(abs(values.first ?? 0), abs(values.last ?? 0))
        return values.filter { abs($0) > tolerance * norm }.count
    }

    /// H·v for a vector of length P.
    public func multiply(_ v: [Double]) throws -> [Double] {
        guard v.count == parameterCount else { throw ModelError.vectorLengthMismatch(expected: parameterCount, found: v.count) }
        var out = [Double](repeating: 0, count: parameterCount)
        entries.withUnsafeBufferPointer { a in
            v.withUnsafeBufferPointer { x in
                out.withUnsafeMutableBufferPointer { y in
                    guard let a = a.baseAddress, let x = x.baseAddress, let y = y.baseAddress else { return }
                    BLAS.gemv(m: parameterCount, n: parameterCount, a: a, lda: parameterCount, x: x, y: y)
                }
            }
        }
        return out
    }

    /// The difference of two matrices of the same size.
    public static func - (lhs: Hessian, rhs: Hessian) throws -> Hessian {
        guard lhs.parameterCount == rhs.parameterCount else {
            throw ModelError.vectorLengthMismatch(expected: lhs.parameterCount, found: rhs.parameterCount)
        }
        return Hessian(kind: "\(lhs.kind) − \(rhs.kind)", parameterCount: lhs.parameterCount,
                       entries: zip(lhs.entries, rhs.entries).map { $0 - $1 }, blockBoundaries: lhs.blockBoundaries)
    }

    public var description: String {
        var text = "\(kind): \(parameterCount)×\(parameterCount), trace \(formatCompact(trace))"
        if let values = cache.cached {
            text += ", λ ∈ [\(formatCompact(values.first ?? 0)), \(formatCompact(values.last ?? 0))]"
            text += ", ‖·‖₂ = \(formatCompact(max(abs(values.first ?? 0), abs(values.last ?? 0))))"
        }
        let blocks = blockBoundaries.count - 1
        return text + ", \(blocks) layer block\(blocks == 1 ? "" : "s")"
    }
}

/// Eigenvalues computed once and shared by copies of a `Hessian`.
final class EigenvalueCache: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Double]?

    var cached: [Double]? { lock.lock(); defer { lock.unlock() }; return stored }

    func values(_ compute: () throws -> [Double]) throws -> [Double] {
        lock.lock()
        defer { lock.unlock() }
        if let stored { return stored }
        let computed = try compute()
        stored = computed
        return computed
    }
}
