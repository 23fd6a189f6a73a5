import Testing
import Foundation
@testable import Landscape

@Suite("Eigenvectors, filter-normalised directions and slices of the loss surface")
struct SurfaceTests {
    @Test func lanczosEigenvectorsMatchTheDenseDecomposition() throws {
        let data = try Fixture.data()
        let model = try MLP(widths: [5, 4, 3], activation: .tanh, bias: true, seed: 2)
        let p = model.parameterCount
        let h = try model.hessian(on: data)
        let values = try h.eigenvalues
        let dense = try h.topEigenvectors(count: 2)
        let lanczos = try model.topEigenvectors(on: data, count: 2, iterations: p)
        for (rank, (a, b)) in zip(dense, lanczos).enumerated() {
            let lambda = values[p - 1 - rank]
            #expect(abs(Vectors.norm(a) - 1) < 1e-12)
            #expect(abs(Vectors.dot(a, b) - 1) < 1e-8, "same vector, same sign")
            let hb = try h.multiply(b)
            #expect(Fixture.relativeError(hb, b.map { $0 * lambda }) < 1e-8, "H v = λ v")
        }
        #expect(abs(Vectors.dot(lanczos[0], lanczos[1])) < 1e-10)
        #expect(throws: CurvatureError.self) { try model.topEigenvectors(on: data, count: 0) }
        #expect(throws: CurvatureError.self) { try h.topEigenvectors(count: p + 1) }
    }

    @Test func filterNormalisedDirectionsHaveTheWeightsRowNorms() throws {
        let model = try MLP(widths: [5, 4, 3], bias: true, seed: 4)
        let d = model.filterNormalizedDirection(seed: 9)
        #expect(d.count == model.parameterCount)
        #expect(d == model.filterNormalizedDirection(seed: 9))
        #expect(d != model.filterNormalizedDirection(seed: 10))
        let layout = model.layout
        for l in 0..<layout.layerCount {
            let inputs = layout.inputs(l)
            for row in 0..<layout.outputs(l) {
                let range = (layout.weightOffsets[l] + row * inputs)..<(layout.weightOffsets[l] + (row + 1) * inputs)
                let wNorm = range.map { model.parameters[$0] * model.parameters[$0] }.reduce(0, +).squareRoot()
                let dNorm = range.map { d[$0] * d[$0] }.reduce(0, +).squareRoot()
                #expect(abs(wNorm - dNorm) <= 1e-12 * wNorm)
            }
            for b in 0..<layout.outputs(l) { #expect(d[layout.biasOffsets[l] + b] == 0) }
        }
    }

    @Test func aSliceIsTheLossOnItsGridAndItsTaylorModelIsExact() throws {
        let data = try Fixture.data(count: 10)
        let model = try MLP(widths: [5, 4, 3], activation: .tanh, seed: 6)
        let u = model.filterNormalizedDirection(seed: 1), v = model.filterNormalizedDirection(seed: 2)
        let k = 7
        let slice = try model.lossSlice(on: data, k: k, along: u, v, radius: 0.5, steps: 5)
        #expect(slice.offsets == [-0.5, -0.25, 0, 0.25, 0.5])
        #expect(slice.values.count == 5 && slice.values.allSatisfy { $0.count == 5 })
        let sample = data.prefix(k)
        #expect(abs(slice.center - (try model.loss(on: sample))) < 1e-14)
        #expect(abs(slice.values[2][2] - slice.center) < 1e-14)
        // Row j is b = offsets[j] along v, column i is a = offsets[i] along u.
        let corner = try model.moved(along: u, by: 0.5).moved(along: v, by: -0.5).loss(on: sample)
        #expect(abs(slice.values[0][4] - corner) < 1e-12)
        // The Taylor coefficients are the exact derivatives.
        let g = try model.gradient(on: sample)
        #expect(abs(slice.gradient[0] - Vectors.dot(g, u)) < 1e-10)
        #expect(abs(slice.gradient[1] - Vectors.dot(g, v)) < 1e-10)
        let hv = try model.hessianVectorProduct(on: sample, v)
        #expect(abs(slice.curvature[0][1] - Vectors.dot(u, hv)) < 1e-9 * max(1, abs(slice.curvature[0][1])))
        #expect(abs(slice.curvature[1][1] - Vectors.dot(v, hv)) < 1e-9 * max(1, abs(slice.curvature[1][1])))
        // A smooth loss: the prediction error is third order, so halving the radius divides it by about 8.
        let half = try model.lossSlice(on: data, k: k, along: u, v, radius: 0.25, steps: 5)
        let ratio = slice.largestPredictionError / half.largestPredictionError
        #expect(ratio > 5 && ratio < 12, "error ratio \(ratio)")
    }

    @Test func aDifferenceSliceIsWhatOneMoreObjectChanges() throws {
        let data = try Fixture.data(count: 10)
        let model = try MLP(widths: [5, 4, 3], seed: 3)
        let u = model.filterNormalizedDirection(seed: 5), v = model.filterNormalizedDirection(seed: 6)
        let slice = try model.lossDifferenceSlice(on: data, k: 6, along: u, v, radius: 0.4, steps: 3)
        #expect(slice.quantity == "L₇ − L₆")
        for (j, b) in slice.offsets.enumerated() {
            for (i, a) in slice.offsets.enumerated() {
                let moved = try model.moved(along: u, by: a).moved(along: v, by: b)
                let expected = try moved.loss(on: data.prefix(7)) - moved.loss(on: data.prefix(6))
                #expect(abs(slice.values[j][i] - expected) < 1e-13)
            }
        }
        #expect(abs(slice.secondOrder[1][1] - slice.center) < 1e-15)
    }

    @Test func badSlicesThrow() throws {
        let data = try Fixture.data(count: 5)
        let model = try MLP(widths: [5, 4, 3], seed: 3)
        let u = model.filterNormalizedDirection(seed: 5)
        #expect(throws: ModelError.self) { try model.lossSlice(on: data, k: 2, along: u, [1, 2]) }
        #expect(throws: CurvatureError.self) { try model.lossSlice(on: data, k: 2, along: u, u, steps: 1) }
        #expect(throws: CurvatureError.self) { try model.lossSlice(on: data, k: 2, along: u, u, radius: .nan) }
        #expect(throws: CurvatureError.self) { try model.lossDifferenceSlice(on: data, k: 5, along: u, u) }
        #expect(throws: CurvatureError.self) { try model.lossSlice(on: data, k: 0, along: u, u) }
    }
}

@Suite("Dead units")
struct DeadUnitTests {
    @Test func aLayerOffForEveryObjectKillsTheNetwork() throws {
        let data = try Fixture.data(count: 20)
        var model = try MLP(widths: [5, 4, 3, 3], seed: 1)
        let alive = try model.deadUnits(on: data)
        #expect(alive.widths == [4, 3])
        // Make every pre-activation of hidden layer 2 negative: its weights −|w| on non-negative inputs.
        let layer2 = model.layers[1]
        try model.setLayer(1, weights: layer2.weights.map { -abs($0) - 0.01 })
        let dead = try model.deadUnits(on: data)
        #expect(dead.deadPerLayer[1] == 3)
        #expect(dead.firstDeadLayer == 2)
        #expect(dead.isDead)
        for loss in try model.losses(on: data) { #expect(abs(loss - Foundation.log(3.0)) < 1e-12) }
        #expect(dead.description.contains("hidden layer 2 is off"))
    }
}

@Suite("Cancellation of long library work")
struct CancellationTests {
    @Test func lanczosAndSlicesStopWhenTheCheckSaysSo() throws {
        let data = try Fixture.data(count: 10)
        let model = try MLP(widths: [5, 4, 3], seed: 3)
        let u = model.filterNormalizedDirection(seed: 1)
        #expect(throws: ComputationCancelled.self) {
            try Cancellation.checking({ true }) { try model.topEigenvalues(on: data, count: 1, iterations: 10) }
        }
        #expect(throws: ComputationCancelled.self) {
            try Cancellation.checking({ true }) { try model.lossSlice(on: data, k: 5, along: u, u, steps: 3) }
        }
        // Without a check, or with one that never fires, the same work finishes; the check is removed after.
        let values = try Cancellation.checking({ false }) { try model.topEigenvalues(on: data, count: 1, iterations: 10) }
        #expect(values.count == 1)
        #expect(!Cancellation.isRequested)
        #expect(try model.topEigenvalues(on: data, count: 1, iterations: 10) == values)
    }

    @Test(arguments: [DenseCurvatureMethod.assembled, .columnByColumn])
    func denseHessiansAndExactTracesStop(method: DenseCurvatureMethod) throws {
        let data = try Fixture.data(count: 10)
        let model = try MLP(widths: [5, 4, 3], seed: 3)
        #expect(throws: ComputationCancelled.self) {
            try Cancellation.checking({ true }) {
                try model.denseCurvature(on: data, gaussNewtonOnly: false, kind: "H", method: method)
            }
        }
        #expect(throws: ComputationCancelled.self) {
            try Cancellation.checking({ true }) { try model.hessianTrace(on: data) }
        }
        let full = try Cancellation.checking({ false }) {
            try model.denseCurvature(on: data, gaussNewtonOnly: false, kind: "H", method: method)
        }
        let unchecked = try model.denseCurvature(on: data, gaussNewtonOnly: false, kind: "H", method: method)
        #expect(full.entries == unchecked.entries)
    }

    @Test func anUninterruptibleCallIsAbandonedWhenTheCheckFires() throws {
        let flag = Flag()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.1) { flag.set() }
        // Without cancellation the call would return 42 after two seconds.
        #expect(throws: ComputationCancelled.self) {
            try Cancellation.checking({ flag.isSet }) {
                try Cancellation.abandoningOnCancel { () -> Int in Thread.sleep(forTimeInterval: 2); return 42 }
            }
        }
        #expect(try Cancellation.checking({ false }) { try Cancellation.abandoningOnCancel { 7 } } == 7)
    }
}

private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
