import Testing
@testable import Landscape

@Suite("Dense curvature, spectra and the Gram-matrix trick")
struct CurvatureTests {
    @Test(arguments: [Activation.relu, .tanh])
    func denseHessianIsSymmetricAndEqualsStackedProducts(activation: Activation) throws {
        let data = try Fixture.data()
        let model = try MLP(widths: [5, 4, 4, 3], activation: activation, bias: true, seed: 5)
        let h = try model.hessian(on: data)
        let p = model.parameterCount
        #expect(h.parameterCount == p)
        let scale = h.entries.reduce(0) { max($0, abs($1)) }
        #expect(h.asymmetry <= 1e-12 * scale)
        for j in 0..<p {
            var e = [Double](repeating: 0, count: p)
            e[j] = 1
            let column = try model.hessianVectorProduct(on: data, e)
            for i in 0..<p { #expect(abs(column[i] - h.entries[i * p + j]) <= 1e-12 * scale) }
        }
        let g = try model.gaussNewton(on: data)
        let v = Fixture.randomVector(p, seed: 3)
        #expect(Fixture.relativeError(try g.multiply(v), try model.gaussNewtonVectorProduct(on: data, v)) < 1e-12)
        #expect(try g.eigenvalues.first ?? -1 > -1e-12 * scale)
    }

    @Test func oneLayerHessianIsTheClosedFormKroneckerProduct() throws {
        let data = try Fixture.data(count: 1, inputSize: 4, classes: 3)
        let model = try MLP(widths: [4, 3], seed: 8)
        let x = try data[0].features
        let p = try model.probabilities(on: data)[0]
        let h = try model.hessian(on: data)
        // θ index r·d + c is W[r][c]; ∂²ℓ/∂W[r][c]∂W[s][e] = A[r][s]·x[c]·x[e].
        for r in 0..<3 { for c in 0..<4 { for s in 0..<3 { for e in 0..<4 {
            let diagonal: Double = r == s ? p[r] : 0
            let a: Double = diagonal - p[r] * p[s]
            let entry: Double = h.entries[(r * 4 + c) * 12 + s * 4 + e]
            #expect(abs(entry - a * x[c] * x[e]) < 1e-14)
        } } } }
        // ‖H‖ = ‖x‖²·λ_max(A), independent of W.
        let xNorm2 = x.reduce(0) { $0 + $1 * $1 }
        var aMatrix = [Double](repeating: 0, count: 9)
        for r in 0..<3 {
            for s in 0..<3 {
                let diagonal: Double = r == s ? p[r] : 0
                aMatrix[r * 3 + s] = diagonal - p[r] * p[s]
            }
        }
        let aMax = try SymmetricEigen.eigenvalues(of: aMatrix, size: 3).last ?? 0
        #expect(abs(try h.spectralNorm - xNorm2 * aMax) < 1e-12 * xNorm2)
    }

    @Test func biasFreeReLUHessianHasTheTraceOfItsGTerm() throws {
        let data = try Fixture.data()
        let model = try MLP(widths: [5, 6, 4, 3], seed: 6)
        let h = try model.hessian(on: data)
        let g = try model.gaussNewton(on: data)
        #expect(abs(h.trace - g.trace) <= 1e-12 * abs(g.trace))
        #expect(abs(try model.hessianTrace(on: data) - h.trace) <= 1e-12 * abs(h.trace))
        let hTerm = try model.hTerm(on: data)
        #expect(abs(hTerm.trace) <= 1e-12 * abs(g.trace))
        #expect(try hTerm.eigenvalues.first ?? 0 < 0)
        let estimate = try model.hessianTrace(on: data, method: .hutchinson(samples: 2000, seed: 1))
        #expect(abs(estimate - h.trace) < 0.1 * abs(h.trace))
    }

    @Test func perObjectGTermHasRankBelowKAndItsGramNormIsTheDenseNorm() throws {
        let data = try Fixture.data(count: 4, inputSize: 5, classes: 4)
        for activation in [Activation.relu, .gelu] {
            for bias in [false, true] {
                let model = try MLP(widths: [5, 6, 5, 4], activation: activation, bias: bias, seed: 2)
                for i in 0..<data.count {
                    let example = try data[i]
                    let dense = try model.gaussNewton(of: example)
                    #expect(try dense.rank(relativeTolerance: 1e-9) <= 3)
                    let gram = try model.gaussNewtonSpectrum(of: example)
                    let top = Array(try dense.eigenvalues.suffix(4))
                    for (a, b) in zip(gram, top) { #expect(abs(a - b) <= 1e-11 * max(top.last ?? 1, 1e-300)) }
                    #expect(abs(try model.gaussNewtonNorm(of: example) - dense.spectralNorm) <= 1e-12 * (try dense.spectralNorm))
                }
            }
        }
    }

    @Test func lanczosFindsLAPACKsExtremeEigenvalues() throws {
        let data = try Fixture.data(count: 30)
        let model = try MLP(widths: [5, 6, 4, 3], activation: .tanh, seed: 7)
        let exact = try model.hessian(on: data).eigenvalues
        let p = model.parameterCount
        let top = try model.topEigenvalues(on: data, count: 3, iterations: p)
        let bottom = try model.bottomEigenvalues(on: data, count: 2, iterations: p)
        let scale = max(abs(exact.first ?? 0), abs(exact.last ?? 0))
        for (a, b) in zip(top, exact.reversed()) { #expect(abs(a - b) <= 1e-9 * scale) }
        for (a, b) in zip(bottom, exact) { #expect(abs(a - b) <= 1e-9 * scale) }
        let partial = try model.topEigenvalues(on: data, count: 1, iterations: 40)
        #expect(abs(partial[0] - (exact.last ?? 0)) <= 1e-8 * scale)
        #expect(try model.topEigenvalues(on: data, count: 2, iterations: 20, seed: 3) == model.topEigenvalues(on: data, count: 2, iterations: 20, seed: 3))
        #expect(throws: CurvatureError.self) { try model.topEigenvalues(on: data, count: 0) }
    }

    @Test func spectralDensityIsANormalisedDensityCoveringTheSpectrum() throws {
        let data = try Fixture.data(count: 30)
        let model = try MLP(widths: [5, 6, 3], seed: 7)
        let exact = try model.hessian(on: data).eigenvalues
        let density = try model.spectralDensity(on: data, probes: 4, iterations: model.parameterCount)
        let step = density.grid[1] - density.grid[0]
        let integral = density.density.reduce(0, +) * step
        #expect(abs(integral - 1) < 1e-3)
        #expect(abs(density.range.upperBound - (exact.last ?? 0)) < 1e-9)
        #expect(density.ritzWeights.allSatisfy { abs($0.reduce(0, +) - 1) < 1e-10 })
    }

    @Test func denseRequestsAboveTheBudgetAreRefusedBeforeAllocating() throws {
        let model = try MLP(input: 784, hidden: 16, hiddenLayers: 5, classes: 10)
        let data = try Dataset.gaussianMixture(count: 2, inputSize: 784, classes: 10)
        let budget = Hessian.memoryBudget
        #expect(budget == 2 << 30)
        Hessian.memoryBudget = 1 << 20
        defer { Hessian.memoryBudget = budget }
        let error = #expect(throws: CurvatureError.self) { try model.hessian(on: data) }
        #expect(error == .denseMatrixTooLarge(parameterCount: 13_984, bytes: 13_984 * 13_984 * 8, budget: 1 << 20))
        #expect(error?.description.contains("hessianVectorProduct") == true)
        #expect(error?.description.contains("13984×13984") == true)
    }

    @Test func blasResultsAreRightOnTheCoreInUse() throws {
        #expect(!LinearAlgebraRuntime.coreName.isEmpty)
        // A GEMM-shaped forward pass of the paper's shapes against a plain loop.
        let data = try Dataset.gaussianMixture(count: 64, inputSize: 784, classes: 10, seed: 2)
        let model = try MLP(widths: [784, 16, 10], seed: 1)
        let logits = try model.probabilities(on: data)
        let w1 = model.layers[0].weights, w2 = model.layers[1].weights
        for i in [0, 31, 63] {
            let x = try data[i].features
            let hidden = (0..<16).map { r in max(0, (0..<784).reduce(0.0) { $0 + w1[r * 784 + $1] * x[$1] }) }
            let z = (0..<10).map { r in (0..<16).reduce(0.0) { $0 + w2[r * 16 + $1] * hidden[$1] } }
            let m = z.max() ?? 0
            let e = z.map { Foundation.exp($0 - m) }
            let s = e.reduce(0, +)
            for k in 0..<10 { #expect(abs(logits[i][k] - e[k] / s) < 1e-13) }
        }
    }

    @Test func coreTypeRecommendationFollowsCPUFeatures() {
        let avx512 = "vendor_id\t: GenuineIntel\nflags\t\t: fpu sse avx avx2 fma avx512f avx512dq avx512bw avx512vl\n"
        let zen = "vendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC\nflags\t\t: fpu sse avx avx2 fma\n"
        let haswell = "vendor_id\t: GenuineIntel\nflags\t\t: fpu sse avx avx2 fma\n"
        #expect(LinearAlgebraRuntime.recommendedCoreType(cpuInfo: avx512) == "SkylakeX")
        #expect(LinearAlgebraRuntime.recommendedCoreType(cpuInfo: zen) == "Zen")
        #expect(LinearAlgebraRuntime.recommendedCoreType(cpuInfo: haswell) == "Haswell")
        #expect(LinearAlgebraRuntime.recommendedCoreType(cpuInfo: "flags\t: fpu sse sse2\n") == nil)
    }
}

import Foundation
