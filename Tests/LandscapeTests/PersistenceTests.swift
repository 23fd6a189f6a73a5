import Foundation
import Testing
@testable import Landscape

@Suite("Saving and loading weights as NumPy files")
struct PersistenceTests {
    /// np.savez_compressed(layers.0.weight = arange(6).reshape(2,3)/10 − 0.2, layers.1.weight = [[1.5,−2],[0.25,4]]), numpy 2.4.
    static let numpyCompressed = "UEsDBC0AAAAIAAAAIQC8HX/l//////////8TABQAbGF5ZXJzLjAud2VpZ2h0Lm5weQEAEACwAAAAAAAAAF4AAAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgbpNmoa6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkaRjoKxpo6CrUKZAOuWTNB4OR+CL1zPwMUzIDw7aHy9sZgcNkeAFBLAwQtAAAACAAAACEAzBDy5f//////////EwAUAGxheWVycy4xLndlaWdodC5ucHkBABAAoAAAAAAAAABVAAAAAAAAAJvsF+obEMnIUMZQrZ6SWpxcpG6loG6TZqGuo6Cell9UUpSYF59flJIKEndLzClOBYoXZyQWpAL5GkY6CkaaOgq1CmQDLgYw+GEPoRkOQKgLUL6AAwBQSwECLQMtAAAACAAAACEAvB1/5V4AAACwAAAAEwAAAAAAAAAAAAAAgAEAAAAAbGF5ZXJzLjAud2VpZ2h0Lm5weVBLAQItAy0AAAAIAAAAIQDMEPLlVQAAAKAAAAATAAAAAAAAAAAAAACAAaMAAABsYXllcnMuMS53ZWlnaHQubnB5UEsFBgAAAAACAAIAggAAAD0BAAAAAA=="
    /// np.savez of the same, the second array as float32.
    static let numpyStoredFloat32 = "UEsDBC0AAAAAAAAAIQC8HX/l//////////8TABQAbGF5ZXJzLjAud2VpZ2h0Lm5weQEAEACwAAAAAAAAALAAAAAAAAAAk05VTVBZAQB2AHsnZGVzY3InOiAnPGY4JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDIsIDMpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAqamZmZmZnJv5qZmZmZmbm/AAAAAAAAAACYmZmZmZm5P5qZmZmZmck/MzMzMzMz0z9QSwMELQAAAAAAAAAhAOpMxgX//////////xMAFABsYXllcnMuMS53ZWlnaHQubnB5AQAQAJAAAAAAAAAAkAAAAAAAAACTTlVNUFkBAHYAeydkZXNjcic6ICc8ZjQnLCAnZm9ydHJhbl9vcmRlcic6IEZhbHNlLCAnc2hhcGUnOiAoMiwgMiksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgCgAAwD8AAADAAACAPgAAgEBQSwECLQMtAAAAAAAAACEAvB1/5bAAAACwAAAAEwAAAAAAAAAAAAAAgAEAAAAAbGF5ZXJzLjAud2VpZ2h0Lm5weVBLAQItAy0AAAAAAAAAIQDqTMYFkAAAAJAAAAATAAAAAAAAAAAAAACAAfUAAABsYXllcnMuMS53ZWlnaHQubnB5UEsFBgAAAAACAAIAggAAAMoBAAAAAA=="

    static func write(_ base64: String, _ name: String) throws -> String {
        let path = try Fixture.temporaryDirectory() + "/" + name
        guard let data = Data(base64Encoded: base64) else { throw WeightFileError.malformed(path: name, reason: "fixture") }
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func npzAndNpyRoundTripBitForBit() throws {
        let dir = try Fixture.temporaryDirectory()
        for bias in [false, true] {
            let model = try MLP(widths: [7, 5, 3], bias: bias, seed: 9)
            try model.save(to: dir + "/w\(bias).npz")
            var other = try MLP(widths: [7, 5, 3], bias: bias, seed: 1)
            try other.loadWeights(from: dir + "/w\(bias).npz")
            #expect(other.parameters == model.parameters)
            let inferred = try MLP(contentsOf: dir + "/w\(bias).npz")
            #expect(inferred.widths == [7, 5, 3])
            #expect(inferred.hasBias == bias)
            #expect(inferred.parameters == model.parameters)
            try model.save(to: dir + "/theta\(bias).npy")
            var flat = try MLP(widths: [7, 5, 3], bias: bias, seed: 2)
            try flat.loadWeights(from: dir + "/theta\(bias).npy")
            #expect(flat.parameters == model.parameters)
        }
    }

    @Test func readsNumPysOwnCompressedAndFloat32Files() throws {
        let expected0 = (0..<6).map { Double($0) / 10 - 0.2 }
        let compressed = try MLP(contentsOf: Self.write(Self.numpyCompressed, "c.npz"))
        #expect(compressed.widths == [3, 2, 2])
        #expect(compressed.layers[0].weights == expected0)
        #expect(compressed.layers[1].weights == [1.5, -2, 0.25, 4])
        let stored = try MLP(contentsOf: Self.write(Self.numpyStoredFloat32, "s.npz"))
        #expect(stored.layers[1].weights == [1.5, -2, 0.25, 4])
        #expect(stored.layers[0].weights == expected0)
    }

    @Test func wrongShapesAndTypesAreRefusedWithTheReason() throws {
        let dir = try Fixture.temporaryDirectory()
        try MLP(widths: [7, 5, 3]).save(to: dir + "/small.npz")
        var model = try MLP(widths: [7, 6, 3])
        let before = model.parameters
        #expect(throws: WeightFileError.shapeMismatch(path: dir + "/small.npz", array: "layers.0.weight", expected: [6, 7], found: [5, 7])) {
            try model.loadWeights(from: dir + "/small.npz")
        }
        #expect(model.parameters == before)
        var biased = try MLP(widths: [7, 5, 3], bias: true)
        #expect(throws: WeightFileError.missingArray(path: dir + "/small.npz", array: "layers.0.bias")) {
            try biased.loadWeights(from: dir + "/small.npz")
        }
        try MLP(widths: [7, 5, 3]).save(to: dir + "/theta.npy")
        #expect(throws: WeightFileError.shapeMismatch(path: dir + "/theta.npy", array: "θ", expected: [model.parameterCount], found: [50])) {
            try model.loadWeights(from: dir + "/theta.npy")
        }
        // An int64 array.
        var header = "{'descr': '<i8', 'fortran_order': False, 'shape': (2,), }"
        header += String(repeating: " ", count: 128 - 10 - header.count - 1) + "\n"
        let npy: [UInt8] = [0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(header.utf8.count), 0] + Array(header.utf8) + [UInt8](repeating: 0, count: 16)
        try Data(npy).write(to: URL(fileURLWithPath: dir + "/ints.npy"))
        #expect(throws: WeightFileError.unsupportedType(path: dir + "/ints.npy", array: "θ", descr: "<i8")) {
            try model.loadWeights(from: dir + "/ints.npy")
        }
        try Data([1, 2, 3]).write(to: URL(fileURLWithPath: dir + "/junk.npz"))
        #expect(throws: WeightFileError.self) { try model.loadWeights(from: dir + "/junk.npz") }
        var corrupt = [UInt8](try Data(contentsOf: URL(fileURLWithPath: dir + "/small.npz")))
        corrupt[200] ^= 0xff
        try Data(corrupt).write(to: URL(fileURLWithPath: dir + "/corrupt.npz"))
        var same = try MLP(widths: [7, 5, 3])
        let error = #expect(throws: WeightFileError.self) { try same.loadWeights(from: dir + "/corrupt.npz") }
        #expect(error?.description.contains("CRC") == true)
    }

    @Test func hessianAndSampleExportReadBackBitForBit() throws {
        let dir = try Fixture.temporaryDirectory()
        let data = try Fixture.data(count: 6, inputSize: 4, classes: 3)
        let model = try MLP(widths: [4, 3, 3], seed: 2)
        let hessian = try model.hessian(on: data)
        try hessian.save(to: dir + "/h.npy")
        let matrix = try NumPyArray.decode(FileBytes.read(dir + "/h.npy"), path: "h.npy", name: "H")
        #expect(matrix.shape == [model.parameterCount, model.parameterCount])
        #expect(matrix.values == hessian.entries)
        try data.save(to: dir + "/data.npz")
        let arrays = try MLP.arrays(in: FileBytes.read(dir + "/data.npz"), path: "data.npz")
        #expect(arrays["features"]?.shape == [6, 4])
        #expect(arrays["features"]?.values == data.features)
        #expect(arrays["labels"]?.values == data.labels.map(Double.init))
        #expect(throws: WeightFileError.self) { try hessian.save(to: dir + "/missing/h.npy") }
    }
}
