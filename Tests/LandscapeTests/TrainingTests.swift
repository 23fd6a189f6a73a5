import Foundation
import Testing
@testable import Landscape

@Suite("Network construction and training")
struct TrainingTests {
    @Test func referenceArchitectureCountsLayersBothWays() throws {
        let model = try MLP(input: 784, hidden: 16, hiddenLayers: 5, classes: 10)
        #expect(model.linearLayerCount == 7)
        #expect(model.hiddenLayers == 5)
        #expect(model.parameterCount == 784 * 16 + 5 * 16 * 16 + 16 * 10)
        #expect(model.parameterCount == 13_984)
        #expect(model.layers.count == 7)
        #expect(model.layers.allSatisfy { $0.bias == nil })
    }

    @Test func initialisationIsPyTorchUniformAndSeeded() throws {
        let a = try MLP(widths: [100, 20, 10], seed: 7)
        let b = try MLP(widths: [100, 20, 10], seed: 7)
        let c = try MLP(widths: [100, 20, 10], seed: 8)
        #expect(a.parameters == b.parameters)
        #expect(a.parameters != c.parameters)
        #expect(a.layers[0].maxAbsWeight <= 1 / 10.0)
        #expect(a.layers[0].maxAbsWeight > 0.09)
        #expect(a.layers[1].maxAbsWeight <= 1 / 20.0.squareRoot())
    }

    @Test func invalidArchitecturesThrow() {
        #expect(throws: ModelError.self) { try MLP(widths: [3]) }
        #expect(throws: ModelError.self) { try MLP(widths: [3, 0, 2]) }
        #expect(throws: ModelError.self) { try MLP(input: 3, hidden: 4, hiddenLayers: -1, classes: 2) }
    }

    @Test func oneAdamStepMatchesTheHandComputedUpdate() throws {
        let data = try Fixture.data(count: 8)
        var model = try MLP(widths: [5, 3], seed: 1)
        let theta = model.parameters
        let g = try model.gradient(on: data)
        try model.train(on: data, epochs: 1, batchSize: 8, optimizer: .adam(learningRate: 0.01))
        // First step: m = 0.1 g, v = 0.001 g², m̂ = g, v̂ = g², Δ = −lr·g/(|g| + ε).
        for j in 0..<theta.count {
            let m = 0.1 * g[j], v = 0.001 * g[j] * g[j]
            let expected = theta[j] - (0.01 / 0.1) * m / ((v.squareRoot() / (0.001).squareRoot()) + 1e-8)
            #expect(abs(model.parameters[j] - expected) <= 1e-15 * max(1, abs(expected)))
            #expect(abs(model.parameters[j] - (theta[j] - 0.01 * g[j] / (abs(g[j]) + 1e-8))) < 1e-12)
        }
    }

    @Test func sgdWithMomentumFollowsPyTorch() throws {
        let data = try Fixture.data(count: 8)
        var model = try MLP(widths: [5, 3], seed: 1)
        let theta0 = model.parameters
        let g0 = try model.gradient(on: data)
        try model.train(on: data, epochs: 1, batchSize: 8, optimizer: .sgd(learningRate: 0.1, momentum: 0.9))
        let theta1 = model.parameters
        for j in 0..<theta0.count { #expect(abs(theta1[j] - (theta0[j] - 0.1 * g0[j])) < 1e-15) }
        let g1 = try model.gradient(on: data)
        try model.train(on: data, epochs: 1, batchSize: 8, optimizer: .sgd(learningRate: 0.1, momentum: 0.9))
        // A new run starts a new momentum buffer, as a new torch optimizer would.
        for j in 0..<theta0.count { #expect(abs(model.parameters[j] - (theta1[j] - 0.1 * g1[j])) < 1e-15) }
    }

    @Test func trainingLowersTheLossAndIsReproducible() throws {
        let data = try Fixture.data(count: 200, inputSize: 6, classes: 3)
        var a = try MLP(widths: [6, 8, 3], seed: 2)
        var b = a
        let before = try a.loss(on: data)
        let history = try a.train(on: data, epochs: 5, batchSize: 16, optimizer: .adam(learningRate: 0.01))
        try b.train(on: data, epochs: 5, batchSize: 16, optimizer: .adam(learningRate: 0.01))
        #expect(history.completedEpochs == 5)
        #expect(history.steps == 5 * 13)
        #expect(try a.loss(on: data) < before * 0.7)
        #expect(a.parameters == b.parameters)
        #expect(!history.wasStopped)
    }

    @Test func progressIsReportedAndCancellationKeepsTheWeightsReached() throws {
        let data = try Fixture.data(count: 40)
        var model = try MLP(widths: [5, 4, 3], seed: 2)
        let initial = model.parameters
        var reports = [TrainingProgress]()
        var asked = 0
        let history = try model.train(on: data, epochs: 3, batchSize: 10, progress: { reports.append($0) },
                                      shouldStop: { asked += 1; return asked > 6 })
        #expect(history.wasStopped)
        #expect(history.steps == 6)
        #expect(history.completedEpochs == 1)
        #expect(reports.count == 6)
        #expect(reports.last?.epoch == 2)
        #expect(model.parameters != initial)
    }

    @Test func badTrainingArgumentsThrow() throws {
        let data = try Fixture.data()
        var model = try MLP(widths: [5, 3])
        #expect(throws: ModelError.self) { try model.train(on: data, batchSize: 0) }
        #expect(throws: ModelError.self) { try model.train(on: data, optimizer: .adam(learningRate: .nan)) }
        #expect(throws: ModelError.self) { try model.train(on: data.prefix(0)) }
    }

    @Test func byteCodedBatchesTrainToTheSameBits() throws {
        // Features with few distinct values (like 8-bit pixels) are gathered from byte codes.
        var generator = SeededGenerator(seed: 4)
        let rows = (0..<50).map { _ in (0..<6).map { _ in Double(Int(generator.nextUniform(0, 5))) / 7 - 0.25 } }
        let data = try Dataset(features: rows, labels: (0..<50).map { $0 % 3 })
        let coded = try #require(ByteCodedFeatures.make(data.features, width: data.inputSize))
        let gathered = Buffer(count: data.inputSize)
        for row in [0, 17, 49] {
            coded.gather(row: row, into: gathered.pointer)
            #expect(gathered.array == (try data[row]).features)
        }
        var plain = try MLP(widths: [6, 5, 3], seed: 3)
        var fromCodes = plain
        let a = try plain.train(on: data, epochs: 3, batchSize: 8, optimizer: .adam, seed: 1, progress: nil,
                                shouldStop: nil, coded: nil)
        let b = try fromCodes.train(on: data, epochs: 3, batchSize: 8, optimizer: .adam, seed: 1, progress: nil,
                                    shouldStop: nil, coded: coded)
        #expect(fromCodes.parameters == plain.parameters)
        #expect(a.epochLosses == b.epochLosses)
        // More than 256 distinct values: no codes.
        #expect(ByteCodedFeatures.make((0..<300).map(Double.init), width: 3) == nil)
        #expect(throws: ModelError.self) {
            try plain.train(on: data.prefix(10), epochs: 1, batchSize: 8, optimizer: .adam, seed: 1, progress: nil,
                            shouldStop: nil, coded: coded)
        }
    }
}
