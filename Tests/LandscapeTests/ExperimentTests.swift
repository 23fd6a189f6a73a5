import Foundation
import Testing
@testable import Landscape

@Suite("Loss-difference curves, Hessian differences, perturbations, sweeps")
struct ExperimentTests {
    @Test func lossDifferenceCurveFollowsTheReferenceDefinition() throws {
        let two = try LossDifferenceCurve(losses: [1, 3], permutations: 5)
        #expect(two.meanDifferences == [1])
        #expect(two.k == [1])
        let curve = try LossDifferenceCurve(losses: [0, 0, 0, 6], permutations: 20_000, ema: 0.5, seed: 2)
        // k = 3: last object 6 (p = 1/4) gives |6 − 0|/4; else |0 − 2|/4.
        #expect(abs(curve.meanDifferences[2] - 0.75) < 0.02)
        #expect(curve.smoothed[0] == curve.meanDifferences[0])
        for i in 1..<3 { #expect(curve.smoothed[i] == 0.5 * curve.smoothed[i - 1] + 0.5 * curve.meanDifferences[i]) }
        let flat = try LossDifferenceCurve(losses: [2, 2, 2, 2], permutations: 3)
        #expect(flat.smoothed.allSatisfy { $0 == 0 })
        #expect(throws: CurvatureError.self) { try LossDifferenceCurve(losses: [1]) }
        let data = try Fixture.data(count: 50)
        let model = try MLP(widths: [5, 4, 3], seed: 1)
        let a = try model.lossDifferences(on: data, permutations: 10, seed: 4)
        let b = try model.lossDifferences(on: data, permutations: 10, seed: 4)
        #expect(a.smoothed == b.smoothed)
        #expect(a.k.count == 49)
    }

    @Test func hessianDifferencesAgreeDenseAndMatrixFree() throws {
        let data = try Fixture.data(count: 8)
        let model = try MLP(widths: [5, 4, 3], activation: .tanh, seed: 2)
        let dense = try model.hessianDifferences(on: data, upTo: 5, method: .dense)
        let lanczos = try model.hessianDifferences(on: data, upTo: 5, method: .lanczos(iterations: model.parameterCount))
        #expect(dense.k == [1, 2, 3, 4, 5])
        for (a, b) in zip(dense.norms, lanczos.norms) { #expect(abs(a - b) <= 1e-9 * a) }
        // k = 1 by hand: ‖H_2 − H_1‖₂.
        let h1 = try model.hessian(of: data[0]), h2 = try model.hessian(of: data[1])
        #expect(abs(try (h2 - h1).spectralNorm - dense.norms[0]) <= 1e-12 * dense.norms[0])
        let g = try model.hessianDifferences(on: data, upTo: 2, matrix: .gaussNewton)
        #expect(g.norms.count == 2)
    }

    @Test func directionalDerivativesAreExact() throws {
        let data = try Fixture.data(count: 6)
        for activation in [Activation.relu, .gelu] {
            let model = try MLP(widths: [5, 4, 4, 3], activation: activation, bias: true, seed: 3)
            let u = Fixture.randomVector(model.parameterCount, seed: 5)
            let (first, second) = try model.directionalDerivatives(on: data, along: u)
            for i in 0..<data.count {
                let example = try data[i]
                let g = try model.gradient(of: example)
                let hu = try model.hessianVectorProduct(of: example, u)
                let gu = zip(g, u).reduce(0) { $0 + $1.0 * $1.1 }
                let uhu = zip(hu, u).reduce(0) { $0 + $1.0 * $1.1 }
                #expect(abs(first[i] - gu) <= 1e-12 * max(abs(gu), 1))
                #expect(abs(second[i] - uhu) <= 1e-11 * max(abs(uhu), 1))
            }
        }
    }

    @Test func perturbationStudyMatchesTheSecondOrderPredictionForSmallRadii() throws {
        let data = try Fixture.data(count: 30)
        let model = try MLP(widths: [5, 6, 3], activation: .tanh, seed: 3)
        let study = try model.perturbationStudy(on: data, radius: 1e-3)
        for (m, p) in zip(study.measured, study.secondOrderPrediction) { #expect(abs(m - p) <= 1e-8 + 1e-6 * m) }
        let atZero = try model.perturbationStudy(on: data, radius: 0)
        #expect(atZero.measured == atZero.secondOrderPrediction)
        #expect(zip(study.measured, study.lemma2Bound).allSatisfy { $0 <= $1 })
    }

    @Test func sweepRunsEveryConfigurationReproduciblyAndReportsPanels() throws {
        let data = try Dataset.gaussianMixture(count: 64, inputSize: 6, classes: 3, seed: 1)
        var reports = [SweepProgress]()
        let sweep = try Sweep.paperSweep(on: data, hiddenSizes: [2, 3], hiddenLayerCounts: [0, 1], epochs: 2, batchSize: 16,
                                         permutations: 5, progress: { reports.append($0) })
        #expect(sweep.runs.count == 4)
        #expect(reports.count == 4)
        #expect(sweep.hiddenSizePanel(hiddenLayers: 1).map(\.configuration.hidden) == [2, 3])
        #expect(sweep.hiddenLayersPanel(hidden: 3).map(\.configuration.hiddenLayers) == [0, 1])
        let again = try Sweep.paperSweep(on: data, hiddenSizes: [2, 3], hiddenLayerCounts: [0, 1], epochs: 2, batchSize: 16, permutations: 5)
        for (a, b) in zip(sweep.runs, again.runs) {
            #expect(a.model.parameters == b.model.parameters)
            #expect(a.curve.smoothed == b.curve.smoothed)
        }
        // One configuration alone gives the same network as inside the sweep (seed + index).
        var single = try MLP(input: 6, hidden: 2, hiddenLayers: 0, classes: 3, seed: 0)
        try single.train(on: data, epochs: 2, batchSize: 16, seed: 0)
        #expect(single.parameters == sweep.run(hidden: 2, hiddenLayers: 0)?.model.parameters)
        let stopped = try Sweep.paperSweep(on: data, hiddenSizes: [2], hiddenLayerCounts: [0, 1], epochs: 2, shouldStop: { true })
        #expect(stopped.wasStopped)
        #expect(stopped.runs.isEmpty)
    }
}
