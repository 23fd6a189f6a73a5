import Testing
@testable import Landscape

@Suite("Gradients and Hessian-vector products against finite differences")
struct DerivativeTests {
    static let cases: [(Activation, Bool)] = [(.relu, false), (.relu, true), (.tanh, false), (.gelu, true)]

    @Test(arguments: 0..<4)
    func gradientMatchesCentralDifferences(caseIndex: Int) throws {
        let (activation, bias) = Self.cases[caseIndex]
        let data = try Fixture.data()
        let model = try MLP(widths: [5, 6, 4, 3], activation: activation, bias: bias, seed: 3)
        let g = try model.gradient(on: data)
        let h = 1e-5
        var numeric = [Double](repeating: 0, count: model.parameterCount)
        for j in 0..<model.parameterCount {
            var e = [Double](repeating: 0, count: model.parameterCount)
            e[j] = 1
            numeric[j] = (try model.moved(along: e, by: h).loss(on: data) - model.moved(along: e, by: -h).loss(on: data)) / (2 * h)
        }
        #expect(Fixture.relativeError(g, numeric) <= 1e-6)
    }

    @Test(arguments: 0..<4)
    func hessianVectorProductMatchesCentralDifferencesOfTheGradient(caseIndex: Int) throws {
        let (activation, bias) = Self.cases[caseIndex]
        let data = try Fixture.data()
        let model = try MLP(widths: [5, 6, 4, 3], activation: activation, bias: bias, seed: 4)
        let v = Fixture.randomVector(model.parameterCount, seed: 9)
        let hv = try model.hessianVectorProduct(on: data, v)
        let h = 1e-5
        let plus = try model.moved(along: v, by: h).gradient(on: data)
        let minus = try model.moved(along: v, by: -h).gradient(on: data)
        let numeric = zip(plus, minus).map { ($0 - $1) / (2 * h) }
        #expect(Fixture.relativeError(hv, numeric) <= 1e-6)
    }

    @Test func singleObjectProductsEqualOneObjectSamples() throws {
        let data = try Fixture.data()
        let model = try MLP(widths: [5, 4, 3], seed: 2)
        let example = try data[3]
        let v = Fixture.randomVector(model.parameterCount, seed: 1)
        #expect(try model.hessianVectorProduct(of: example, v) == model.hessianVectorProduct(on: data.subset([3]), v))
        #expect(try model.loss(of: example) == model.losses(on: data)[3])
    }

    @Test func lossesAreStableForHugeLogits() throws {
        let data = try Fixture.data()
        let model = try MLP(widths: [5, 4, 3], seed: 2).scaled(by: 200)
        let losses = try model.losses(on: data)
        #expect(losses.allSatisfy { $0.isFinite && $0 >= 0 })
    }

    @Test func mismatchedVectorsAndDataAreRefused() throws {
        let model = try MLP(widths: [5, 4, 3])
        let data = try Fixture.data()
        #expect(throws: ModelError.vectorLengthMismatch(expected: model.parameterCount, found: 2)) {
            try model.hessianVectorProduct(on: data, [1, 2])
        }
        let wide = try Fixture.data(inputSize: 7)
        #expect(throws: ModelError.inputSizeMismatch(network: 5, dataset: 7)) { try model.losses(on: wide) }
        let manyClasses = try Fixture.data(classes: 4)
        #expect(throws: ModelError.classCountMismatch(network: 3, dataset: 4)) { try model.gradient(on: manyClasses) }
    }
}
