import Foundation
import Testing
@testable import Landscape

/// Full dense spectra (`Hessian.eigenvalues`, LAPACK's two-stage reduction) against matrices whose spectra
/// are known in closed form, run to run, and against the one-stage dsyevd the eigenvectors still use.
@Suite("Dense symmetric spectra")
struct SymmetricEigenTests {
    /// Large enough that the two-stage reduction's band (its blocked first stage) is many blocks wide.
    static let size = 600

    /// The DST-I matrix S_ij = √(2/(n+1))·sin(ijπ/(n+1)) (i, j = 1…n): symmetric and orthogonal (S² = I).
    static func sineTransform(_ n: Int) -> [Double] {
        let scale = (2 / Double(n + 1)).squareRoot()
        var s = [Double](repeating: 0, count: n * n)
        for i in 0..<n { for j in 0..<n { s[i * n + j] = scale * sin(Double((i + 1) * (j + 1)) * .pi / Double(n + 1)) } }
        return s
    }

    /// S·diag(d)·S: a dense symmetric matrix with eigenvalues exactly d (in exact arithmetic).
    static func withSpectrum(_ d: [Double]) -> [Double] {
        let n = d.count
        let s = sineTransform(n)
        var scaled = s
        for i in 0..<n { for j in 0..<n { scaled[i * n + j] *= d[j] } }
        var a = [Double](repeating: 0, count: n * n)
        scaled.withUnsafeBufferPointer { x in s.withUnsafeBufferPointer { y in a.withUnsafeMutableBufferPointer { out in
            guard let x = x.baseAddress, let y = y.baseAddress, let out = out.baseAddress else { return }
            BLAS.gemm(m: n, n: n, k: n, a: x, lda: n, b: y, ldb: n, c: out, ldc: n)
        } } }
        // Exactly symmetric, as the Hessians Landscape assembles: the upper triangle mirrored.
        for i in 0..<n { for j in 0..<i { a[i * n + j] = a[j * n + i] } }
        return a
    }

    static func hessian(_ entries: [Double], size n: Int) -> Hessian {
        Hessian(kind: "test", parameterCount: n, entries: entries, blockBoundaries: [0, n])
    }

    /// A symmetric matrix of Gaussian entries (a seeded stand-in for a Hessian without structure).
    static func randomSymmetric(_ n: Int, seed: UInt64) -> [Double] {
        var g = SeededGenerator(seed: seed)
        var a = [Double](repeating: 0, count: n * n)
        for i in 0..<n { for j in i..<n { let v = g.nextGaussian(); a[i * n + j] = v; a[j * n + i] = v } }
        return a
    }

    @Test func spectrumOfAConjugatedDiagonalIsTheDiagonal() throws {
        let n = Self.size
        // Negative, zero (a block of 50) and positive eigenvalues, some repeated, as a Hessian's.
        var d = [Double](repeating: 0, count: n)
        for k in 0..<n {
            if k < 200 { d[k] = -Double(200 - k) / 37 } else if k >= 250 { d[k] = Double(k / 3) / 11 }
        }
        let values: [Double] = try Self.hessian(Self.withSpectrum(d), size: n).eigenvalues
        let expected: [Double] = d.sorted()
        let norm: Double = expected.map { Swift.abs($0) }.max() ?? 1
        #expect(values.count == n)
        for (value, exact) in zip(values, expected) { #expect(Swift.abs(value - exact) <= 1e-12 * norm) }
        #expect(zip(values, values.dropFirst()).allSatisfy { $0 <= $1 })
    }

    @Test func spectrumOfIdentityPlusRankOneIsClosedForm() throws {
        // a·I + b·11ᵀ: eigenvalue a (n − 1 times) and a + n·b.
        let n = Self.size + 17, a = -0.75, b = 0.01
        var entries = [Double](repeating: b, count: n * n)
        for i in 0..<n { entries[i * n + i] += a }
        let values = try Self.hessian(entries, size: n).eigenvalues
        let norm = Swift.abs(a + Double(n) * b)
        for value in values.dropLast() { #expect(Swift.abs(value - a) <= 1e-12 * norm) }
        #expect(Swift.abs((values.last ?? 0) - (a + Double(n) * b)) <= 1e-12 * norm)
    }

    @Test func spectrumIsTheSameBitsRunToRunAndMatchesOneStageDsyevd() throws {
        let n = 700
        let entries = Self.randomSymmetric(n, seed: 11)
        let first = try Self.hessian(entries, size: n).eigenvalues
        for _ in 0..<2 {
            // A fresh Hessian each time: its cache is empty, so LAPACK runs again.
            let again = try Self.hessian(entries, size: n).eigenvalues
            #expect(again == first)
        }
        let norm = Swift.max(Swift.abs(first.first ?? 0), Swift.abs(first.last ?? 0))
        #expect(norm > 0)
        // The earlier path (dsyevd, one-stage, row-major upper triangle), through the eigenvector routine.
        let oneStage = try SymmetricEigen.decomposition(of: entries, size: n).values
        for (x, y) in zip(first, oneStage) { #expect(Swift.abs(x - y) <= 1e-12 * norm) }
    }

    @Test func aMatrixOfTheWrongSizeIsRefused() {
        #expect(throws: ModelError.self) { try SymmetricEigen.eigenvalues(of: [1, 2, 3], size: 2) }
        #expect(throws: ModelError.self) { try SymmetricEigen.decomposition(of: [1, 2, 3], size: 2) }
    }
}
