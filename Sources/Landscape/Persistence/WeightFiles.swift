import Foundation

/// Saving and loading weights as NumPy files, to move networks to and from PyTorch or JAX.
///
/// An .npz holds one array per layer, named like a PyTorch state_dict: `layers.{p}.weight` with shape
/// (out, in) and, with biases, `layers.{p}.bias` with shape (out,), p = 0…L−1. An .npy holds the flat
/// parameter vector θ, shape (P,).
extension MLP {
    /// The array names of layer p in an .npz.
    static func arrayNames(layer p: Int) -> (weight: String, bias: String) { ("layers.\(p).weight", "layers.\(p).bias") }

    /// Writes the weights to `path`: an uncompressed .npz of per-layer arrays, or, for a path ending in
    /// .npy, the flat θ.
    public func save(to path: String) throws {
        let bytes: [UInt8]
        if path.hasSuffix(".npy") {
            bytes = NumPyArray(shape: [parameterCount], values: parameters).encoded()
        } else {
            var entries = [(name: String, bytes: [UInt8])]()
            for (p, layer) in layers.enumerated() {
                let names = Self.arrayNames(layer: p)
                entries.append((names.weight + ".npy", NumPyArray(shape: [layer.outputSize, layer.inputSize], values: layer.weights).encoded()))
                if let bias = layer.bias { entries.append((names.bias + ".npy", NumPyArray(shape: [layer.outputSize], values: bias).encoded())) }
            }
            bytes = try ZipArchive.stored(entries, path: path)
        }
        do { try Data(bytes).write(to: URL(fileURLWithPath: path)) } catch {
            throw WeightFileError.unwritable(path: path, reason: error.localizedDescription)
        }
    }

    /// Replaces this network's weights by those in `path` (.npz of per-layer arrays, or .npy of θ);
    /// every array's shape and type must fit, else nothing changes and the error says what is wrong.
    public mutating func loadWeights(from path: String) throws {
        let bytes = try FileBytes.read(path)
        if path.hasSuffix(".npy") {
            let array = try NumPyArray.decode(bytes, path: path, name: "θ")
            guard array.shape == [parameterCount] else {
                throw WeightFileError.shapeMismatch(path: path, array: "θ", expected: [parameterCount], found: array.shape)
            }
            try setParameters(array.values)
            return
        }
        let arrays = try Self.arrays(in: bytes, path: path)
        var theta = parameters
        for p in 0..<linearLayerCount {
            let names = Self.arrayNames(layer: p)
            guard let weight = arrays[names.weight] else { throw WeightFileError.missingArray(path: path, array: names.weight) }
            let expected = [widths[p + 1], widths[p]]
            guard weight.shape == expected else {
                throw WeightFileError.shapeMismatch(path: path, array: names.weight, expected: expected, found: weight.shape)
            }
            theta.replaceSubrange(layout.weightOffsets[p]..<(layout.weightOffsets[p] + weight.values.count), with: weight.values)
            if hasBias {
                guard let bias = arrays[names.bias] else { throw WeightFileError.missingArray(path: path, array: names.bias) }
                guard bias.shape == [widths[p + 1]] else {
                    throw WeightFileError.shapeMismatch(path: path, array: names.bias, expected: [widths[p + 1]], found: bias.shape)
                }
                theta.replaceSubrange(layout.biasOffsets[p]..<(layout.biasOffsets[p] + bias.values.count), with: bias.values)
            } else if arrays[names.bias] != nil {
                throw WeightFileError.malformed(path: path, reason: "the file has \(names.bias) but this network has no biases")
            }
        }
        guard arrays.count == linearLayerCount * (hasBias ? 2 : 1) else {
            let known = Set((0..<linearLayerCount).flatMap { [Self.arrayNames(layer: $0).weight, Self.arrayNames(layer: $0).bias] })
            let extra = arrays.keys.filter { !known.contains($0) }.sorted()
            throw WeightFileError.malformed(path: path, reason: "arrays \(extra) do not belong to a network of widths \(widths)")
        }
        try setParameters(theta)
    }

    /// A network read from an .npz of per-layer arrays, its widths and biases taken from the shapes.
    public init(contentsOf path: String, activation: Activation = .relu) throws {
        let arrays = try Self.arrays(in: FileBytes.read(path), path: path)
        var widths = [Int]()
        var p = 0
        while let weight = arrays[Self.arrayNames(layer: p).weight] {
            guard weight.shape.count == 2 else {
                throw WeightFileError.malformed(path: path, reason: "\(Self.arrayNames(layer: p).weight) has shape \(weight.shape), not (out, in)")
            }
            if widths.isEmpty { widths.append(weight.shape[1]) }
            guard weight.shape[1] == widths[widths.count - 1] else {
                throw WeightFileError.shapeMismatch(path: path, array: Self.arrayNames(layer: p).weight,
                                                    expected: [weight.shape[0], widths[widths.count - 1]], found: weight.shape)
            }
            widths.append(weight.shape[0])
            p += 1
        }
        guard p > 0 else { throw WeightFileError.missingArray(path: path, array: Self.arrayNames(layer: 0).weight) }
        try self.init(widths: widths, activation: activation, bias: arrays[Self.arrayNames(layer: 0).bias] != nil)
        try loadWeights(from: path)
    }

    /// The arrays of an .npz, by name without the .npy suffix.
    static func arrays(in bytes: [UInt8], path: String) throws -> [String: NumPyArray] {
        var arrays = [String: NumPyArray]()
        for entry in try ZipArchive.entries(of: bytes, path: path) {
            let name = entry.name.hasSuffix(".npy") ? String(entry.name.dropLast(4)) : entry.name
            arrays[name] = try NumPyArray.decode(entry.bytes, path: path, name: name)
        }
        return arrays
    }
}
