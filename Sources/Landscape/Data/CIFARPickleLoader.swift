/// CIFAR's python version (torchvision's `cifar-10-batches-py/`, `cifar-100-python/`), read through
/// `RestrictedPickle`: each file a dict with `data`, a uint8 array of shape (n, 3072), and a list of
/// labels under `labels` (CIFAR-10) or `fine_labels` / `coarse_labels` (CIFAR-100).
extension Dataset {
    /// Reads CIFAR python pickles in order, keeping the first `count` objects (files after them are not
    /// read). Pixels are normalised as the reference code does, (x/255 − 0.5)/0.5, channels first.
    static func cifarPickles(files: [String], labelKey: String, classes: Int, count: Int?, source: String) throws -> Dataset {
        if let count, count < 0 { throw DatasetError.invalidArgument("count must be non-negative, got \(count)") }
        let pixels = 3 * 32 * 32
        var values = [Double]()
        var labels = [Int]()
        for file in files {
            if let count, labels.count >= count { break }
            let reader = RestrictedPickle(bytes: try FileBytes.read(file), path: file)
            guard case let .dict(entries) = try reader.parse() else {
                throw DatasetError.malformedFile(path: file, reason: "the pickle does not hold a dict (CIFAR's batches are dicts)")
            }
            func entry(_ key: String) -> RestrictedPickle.Value? {
                entries.first { reader.string($0.key) == key }?.value
            }
            guard let data = entry("data") else {
                throw DatasetError.malformedFile(path: file, reason: "no 'data' entry (keys: \(entries.compactMap { reader.string($0.key) }.joined(separator: ", ")))")
            }
            guard case let .array(shape, dtype, range) = data else {
                throw DatasetError.malformedFile(path: file, reason: "'data' is not a numpy array")
            }
            guard dtype == "u1" else { throw DatasetError.malformedFile(path: file, reason: "'data' has dtype '\(dtype)'; CIFAR's pixels are uint8 ('u1')") }
            guard shape.count == 2, shape[1] == pixels else {
                throw DatasetError.malformedFile(path: file, reason: "'data' has shape \(shapeText(shape)); CIFAR's is (n, 3072)")
            }
            guard let labelList = entry(labelKey) else {
                throw DatasetError.malformedFile(path: file, reason: "no '\(labelKey)' entry")
            }
            guard case let .list(items) = labelList else { throw DatasetError.malformedFile(path: file, reason: "'\(labelKey)' is not a list") }
            guard items.count == shape[0] else {
                throw DatasetError.featureLabelCountMismatch(featuresPath: file + " ('data')", rows: shape[0], labelsPath: file + " ('\(labelKey)')", labels: items.count)
            }
            let kept = count.map { min(shape[0], $0 - labels.count) } ?? shape[0]
            values.reserveCapacity(values.count + kept * pixels)
            for r in 0..<kept {
                guard case let .int(label) = items[r] else {
                    throw DatasetError.malformedFile(path: file, reason: "label \(r) of '\(labelKey)' is not an integer")
                }
                guard label >= 0, label < classes else {
                    throw DatasetError.labelOutOfRange(path: file, index: r, label: label, classCount: classes)
                }
                labels.append(label)
                let start = range.lowerBound + r * pixels
                appendNormalisedPixels(reader.bytes[start..<(start + pixels)], to: &values)
            }
        }
        if let count, labels.count < count {
            throw DatasetError.invalidArgument("asked for \(count) objects but \(source) holds \(labels.count)")
        }
        return Dataset(validatedFeatures: values, labels: labels, inputSize: pixels, classCount: classes,
                       imageShape: [3, 32, 32], source: source)
    }
}
