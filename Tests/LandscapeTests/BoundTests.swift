import Testing
@testable import Landscape

@Suite("The paper's bounds, as printed and corrected")
struct BoundTests {
    @Test func printedTheoremFailsAndCorrectedBoundHoldsOnASmallNetworkWithSmallWeights() throws {
        let data = try Fixture.data(count: 20, inputSize: 5, classes: 3)
        let model = try MLP(widths: [5, 3], seed: 1).scaled(by: 0.01)
        let report = try model.bound(on: data)
        #expect(report.theorem1.holds == false)
        #expect(report.theorem1ExactHessian.holds == false)
        #expect(report.correctedGTerm.holds == true)
        #expect(report.correctedGTermUniform.holds == true)
        // L = 1: H_i = (x xᵀ) ⊗ A, so the norm is ≈ ‖x‖²/K for near-uniform p, far above √2·M_W²(M_x² + 1).
        #expect(report.maxGaussNewtonNorm > 100 * report.theorem1.value)
        #expect(report.theorem1.input("L") == 1)
        #expect(abs(report.theorem1.value - 2.0.squareRoot() * pow(report.statistics.maxSpectralNorm, 2) * (pow(report.statistics.maxInputNorm, 2) + 1)) < 1e-15)
        #expect(report.description.contains("FAILS"))
    }

    @Test(arguments: [(Activation.relu, 1.0), (.relu, 0.2), (.relu, 3.0), (.tanh, 1.0), (.tanh, 0.3)])
    func correctedBoundHoldsOnRandomNetworks(activation: Activation, scale: Double) throws {
        let data = try Fixture.data(count: 25, inputSize: 6, classes: 4)
        for seed in 0..<3 {
            let model = try MLP(widths: [6, 7, 5, 4], activation: activation, seed: UInt64(seed)).scaled(by: scale)
            let report = try model.bound(on: data, radius: 0.1, hessianObjects: 2)
            #expect(report.correctedGTerm.holds == true)
            #expect(report.correctedGTermUniform.holds == true)
            #expect(report.correctedGTerm.value <= report.correctedGTermUniform.value * (1 + 1e-12))
            #expect(report.lemma2.measured != nil)
        }
    }

    @Test func weightStatisticsMeasureTheBoundsInputs() throws {
        let data = try Fixture.data()
        var model = try MLP(widths: [5, 2, 3])
        try model.setLayer(0, weights: [3, 0, 0, 0, 0, 0, 4, 0, 0, 0])
        try model.setLayer(1, weights: [1, 0, 0, 1, 0, 0])
        let stats = try model.weightStatistics(on: data)
        #expect(abs(stats.layerSpectralNorms[0] - 4) < 1e-12)
        #expect(abs(stats.layerSpectralNorms[1] - 1) < 1e-12)
        #expect(stats.maxSpectralNorm == stats.layerSpectralNorms[0])
        #expect(stats.maxAbsWeight == 4)
        #expect(abs(stats.maxInputNorm - data.maxFeatureNorm) < 1e-15)
        #expect(stats.maxLoss == (try model.losses(on: data)).max())
        #expect(abs(PaperBounds.correctedGTerm(inputNorm: 2, layerSpectralNorms: [4, 1]) - 0.5 * 4 * (1 + 16)) < 1e-12)
        #expect(abs(PaperBounds.theorem1(layers: 2, maxInputNorm: 1, maxSpectralNorm: 1) - (2 * 2.0.squareRoot() + 2 * 2.0.squareRoot())) < 1e-12)
    }
}

import Foundation
