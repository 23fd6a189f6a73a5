import Foundation

/// Feature datasets saved from NumPy: an (n, d) array of features and an (n,) array of integer labels,
/// as the pretrained-feature experiment saves them (e.g. 768 pooled ViT features per image).
extension Dataset {
    /// The array names tried, in order, for the features of an .npz file when none is given.
    public static let npzFeatureNames = ["features", "X", "x", "data", "inputs"]
    /// The array names tried, in order, for the labels of an .npz file when none is given.
    public static let npzLabelNames = ["labels", "y", "Y", "targets", "target"]

    /// Reads features from one .npy file, shape (n, d), and labels from another, shape (n,) (or (n, 1)).
    /// Features may be any float or integer dtype; labels must be integers, or floats holding whole
    /// numbers (as `Dataset.save` writes them). `classes` defaults to the largest label + 1. Every
    /// problem (wrong magic, truncation, dtype, shape, count, a label outside 0..<classes, a NaN or
    /// infinite feature) throws an error naming the file.
    public static func numpy(features featuresPath: String, labels labelsPath: String, classes: Int? = nil) throws -> Dataset {
        let features = try tensor(FileBytes.read(featuresPath), path: featuresPath)
        let labels = try tensor(FileBytes.read(labelsPath), path: labelsPath)
        return try featureDataset(features: features, featuresPath: featuresPath, labels: labels, labelsPath: labelsPath,
                                  classes: classes, source: featuresPath)
    }

    /// Reads features and labels from one .npz archive (stored or deflated, as `np.savez` and
    /// `np.savez_compressed` write them). Without names, the first of `npzFeatureNames` and of
    /// `npzLabelNames` present is used, or, in an archive of exactly two arrays, the 2-D one and the 1-D one.
    public static func npz(path: String, features featuresName: String? = nil, labels labelsName: String? = nil,
                           classes: Int? = nil) throws -> Dataset {
        let bytes = try FileBytes.read(path)
        let entries: [(name: String, bytes: [UInt8])]
        do { entries = try ZipArchive.entries(of: bytes, path: path) } catch let error as WeightFileError {
            if case let .malformed(_, reason) = error { throw DatasetError.malformedFile(path: path, reason: "not a valid .npz archive: \(reason)") }
            throw DatasetError.malformedFile(path: path, reason: error.description)
        }
        var arrays = [(name: String, tensor: NumPyTensor)]()
        for entry in entries {
            let name = entry.name.hasSuffix(".npy") ? String(entry.name.dropLast(4)) : entry.name
            arrays.append((name, try tensor(entry.bytes, path: "\(path) (array \(name))")))
        }
        let names = arrays.map(\.name)
        func pick(_ given: String?, _ candidates: [String], dimensions: Int, role: String) throws -> Int {
            if let given {
                guard let index = names.firstIndex(of: given) else {
                    throw DatasetError.malformedFile(path: path, reason: "no array named '\(given)' (the archive holds \(names.joined(separator: ", ")))")
                }
                return index
            }
            for candidate in candidates { if let index = names.firstIndex(of: candidate) { return index } }
            if arrays.count == 2, let index = arrays.firstIndex(where: { $0.tensor.shape.count == dimensions }),
               arrays.filter({ $0.tensor.shape.count == dimensions }).count == 1 {
                return index
            }
            throw DatasetError.malformedFile(path: path, reason: "cannot tell which array holds the \(role) (the archive holds \(names.isEmpty ? "no arrays" : names.joined(separator: ", ")); name it)")
        }
        let f = try pick(featuresName, npzFeatureNames, dimensions: 2, role: "features")
        let l = try pick(labelsName, npzLabelNames, dimensions: 1, role: "labels")
        guard f != l else { throw DatasetError.malformedFile(path: path, reason: "features and labels cannot be the same array '\(names[f])'") }
        return try featureDataset(features: arrays[f].tensor, featuresPath: "\(path) (array \(names[f]))",
                                  labels: arrays[l].tensor, labelsPath: "\(path) (array \(names[l]))", classes: classes, source: path)
    }

    /// A .npy array from bytes, its problems as errors naming `path`.
    static func tensor(_ bytes: [UInt8], path: String) throws -> NumPyTensor {
        do { return try NumPyTensor.decode(bytes) } catch let problem as NumPyTensor.Problem {
            throw DatasetError.malformedFile(path: path, reason: problem.reason)
        }
    }

    /// Checks a features array and a labels array against each other and builds the sample.
    static func featureDataset(features: NumPyTensor, featuresPath: String, labels: NumPyTensor, labelsPath: String,
                               classes: Int?, source: String) throws -> Dataset {
        guard features.shape.count == 2 else {
            throw DatasetError.malformedFile(path: featuresPath, reason: "features must have shape (n, d), found \(shapeText(features.shape))")
        }
        let rows = features.shape[0], width = features.shape[1]
        guard width >= 1 else { throw DatasetError.malformedFile(path: featuresPath, reason: "features of shape \(shapeText(features.shape)) have no columns") }
        guard rows >= 1 else { throw DatasetError.malformedFile(path: featuresPath, reason: "the features array holds no objects") }
        guard labels.shape.count == 1 || (labels.shape.count == 2 && labels.shape[1] == 1) else {
            throw DatasetError.malformedFile(path: labelsPath, reason: "labels must have shape (n,), found \(shapeText(labels.shape))")
        }
        guard labels.kind != .bool else { throw DatasetError.malformedFile(path: labelsPath, reason: "labels of dtype '\(labels.descr)' are booleans, not class indices") }
        guard labels.shape[0] == rows else {
            throw DatasetError.featureLabelCountMismatch(featuresPath: featuresPath, rows: rows, labelsPath: labelsPath, labels: labels.shape[0])
        }
        if let classes, classes < 1 { throw DatasetError.invalidArgument("classes must be positive, got \(classes)") }
        var labelValues = [Int](repeating: 0, count: rows)
        for (i, value) in labels.values.enumerated() {
            guard value.isFinite, value.rounded() == value, abs(value) < 1e15 else {
                throw DatasetError.malformedFile(path: labelsPath, reason: "label \(value) of object \(i) is not a whole number (dtype '\(labels.descr)')")
            }
            let label = Int(value)
            if let classes, label < 0 || label >= classes {
                throw DatasetError.labelOutOfRange(path: labelsPath, index: i, label: label, classCount: classes)
            }
            guard label >= 0 else {
                throw DatasetError.malformedFile(path: labelsPath, reason: "label \(label) of object \(i) is negative")
            }
            labelValues[i] = label
        }
        if let bad = features.values.firstIndex(where: { !$0.isFinite }) {
            throw DatasetError.nonFiniteFeature(path: featuresPath, row: bad / width, column: bad % width)
        }
        let classCount = classes ?? ((labelValues.max() ?? 0) + 1)
        return Dataset(validatedFeatures: features.values, labels: labelValues, inputSize: width, classCount: classCount,
                       imageShape: nil, source: source)
    }

    static func shapeText(_ shape: [Int]) -> String {
        "(" + shape.map(String.init).joined(separator: ", ") + (shape.count == 1 ? ",)" : ")")
    }
}
