import Testing
@testable import Landscape

/// The dense Hessian and G-term are assembled by GEMMs over objects (BlockHessianAssembler), not by
/// R-operator passes: these tests hold them to the independent R-operator products and to finite
/// differences on every supported variant, including samples split into several object chunks.
@Suite("Dense Hessian assembly against R-operator products and finite differences")
struct DenseHessianAssemblyTests {
    /// Every column of `dense` equals the product with the unit vector, to `tolerance` of the largest entry.
    func expectColumnsMatch(_ dense: Hessian, size p: Int, tolerance: Double, product: ([Double]) throws -> [Double]) throws {
        let scale = dense.entries.reduce(0) { max($0, abs($1)) }
        #expect(scale > 0)
        var worst = 0.0
        for j in 0..<p {
            var e = [Double](repeating: 0, count: p)
            e[j] = 1
            let column = try product(e)
            for i in 0..<p { worst = max(worst, abs(column[i] - dense.entries[i * p + j])) }
        }
        #expect(worst <= tolerance * scale, "largest difference \(worst), scale \(scale)")
        #expect(dense.asymmetry == 0)
    }

    @Test(arguments: [Activation.relu, .tanh, .gelu], [false, true])
    func everyVariantEqualsStackedProducts(activation: Activation, bias: Bool) throws {
        let data = try Fixture.data(count: 9, inputSize: 4, classes: 3, seed: 4)
        let model = try MLP(widths: [4, 5, 3, 6, 3], activation: activation, bias: bias, seed: 11)
        let p = model.parameterCount
        try expectColumnsMatch(try model.hessian(on: data), size: p, tolerance: 1e-12) {
            try model.hessianVectorProduct(on: data, $0)
        }
        try expectColumnsMatch(try model.gaussNewton(on: data), size: p, tolerance: 1e-12) {
            try model.gaussNewtonVectorProduct(on: data, $0)
        }
    }

    @Test func samplesLargerThanOneObjectChunkAddEveryChunk() throws {
        let model = try MLP(widths: [3, 4, 3], activation: .gelu, bias: true, seed: 3)
        let assembler = BlockHessianAssembler(kernel: model.kernel, gaussNewtonOnly: false)
        let count = 2 * assembler.objectsPerChunk(count: 10_000) + 7
        let data = try Fixture.data(count: count, inputSize: 3, classes: 3, seed: 9)
        #expect(assembler.objectsPerChunk(count: count) < count)
        try expectColumnsMatch(try model.hessian(on: data), size: model.parameterCount, tolerance: 1e-12) {
            try model.hessianVectorProduct(on: data, $0)
        }
    }

    @Test func denseColumnsMatchFiniteDifferencesOfTheGradient() throws {
        let data = try Fixture.data(count: 6, inputSize: 4, classes: 3, seed: 2)
        for (activation, bias) in [(Activation.relu, false), (.gelu, true), (.tanh, true)] {
            let model = try MLP(widths: [4, 5, 4, 3], activation: activation, bias: bias, seed: 13)
            let p = model.parameterCount
            let h = try model.hessian(on: data)
            let step = 1e-5
            for j in stride(from: 0, to: p, by: 3) {
                var e = [Double](repeating: 0, count: p)
                e[j] = 1
                let plus = try model.moved(along: e, by: step).gradient(on: data)
                let minus = try model.moved(along: e, by: -step).gradient(on: data)
                let difference = zip(plus, minus).map { ($0 - $1) / (2 * step) }
                let column = (0..<p).map { h.entries[$0 * p + j] }
                #expect(Fixture.relativeError(column, difference) <= 1e-6, "column \(j), \(activation), bias \(bias)")
            }
        }
    }

    @Test func singleObjectHessiansSumToTheSampleHessian() throws {
        let data = try Fixture.data(count: 5, inputSize: 4, classes: 3, seed: 6)
        let model = try MLP(widths: [4, 6, 3], activation: .tanh, bias: true, seed: 1)
        let p = model.parameterCount
        let total = try model.hessian(on: data)
        var sum = [Double](repeating: 0, count: p * p)
        for i in 0..<data.count {
            let single = try model.hessian(of: try data[i])
            for k in 0..<(p * p) { sum[k] += single.entries[k] / Double(data.count) }
        }
        #expect(Fixture.relativeError(total.entries, sum) <= 1e-13)
    }

    @Test func sameInputsGiveTheSameBits() throws {
        let data = try Fixture.data(count: 40, inputSize: 5, classes: 3, seed: 8)
        let model = try MLP(widths: [5, 7, 4, 3], activation: .gelu, bias: true, seed: 4)
        #expect(try model.hessian(on: data).entries == (try model.hessian(on: data)).entries)
    }

    @Test func assembledAndColumnByColumnMethodsAgree() throws {
        let data = try Fixture.data(count: 7, inputSize: 4, classes: 3, seed: 5)
        for (activation, bias) in [(Activation.relu, false), (.gelu, true)] {
            let model = try MLP(widths: [4, 6, 5, 3], activation: activation, bias: bias, seed: 2)
            for gaussNewtonOnly in [false, true] {
                let assembled = try model.denseCurvature(on: data, gaussNewtonOnly: gaussNewtonOnly, kind: "H", method: .assembled)
                let columns = try model.denseCurvature(on: data, gaussNewtonOnly: gaussNewtonOnly, kind: "H",
                                                       method: .columnByColumn)
                #expect(Fixture.relativeError(assembled.entries, columns.entries) <= 1e-13)
                #expect(columns.asymmetry == 0)
            }
        }
        // Thousands wide: too much per-object storage for the assembler, so columns are used.
        let wide = try MLP(widths: [2, 3000, 2], seed: 1)
        #expect(!BlockHessianAssembler(kernel: wide.kernel, gaussNewtonOnly: false).suitsLayout)
        #expect(BlockHessianAssembler(kernel: (try MLP(input: 196, hidden: 16, hiddenLayers: 1, classes: 10)).kernel,
                                      gaussNewtonOnly: false).suitsLayout)
    }
}
