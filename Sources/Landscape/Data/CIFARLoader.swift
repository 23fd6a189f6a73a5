import Foundation

/// The binary CIFAR-10 / CIFAR-100 format.
extension Dataset {
    /// Reads CIFAR binary records from a file, or from every `data_batch_*.bin` (CIFAR-10) or
    /// `train.bin` (CIFAR-100) in a directory. Each record is the label byte(s) then 3×32×32 pixel
    /// bytes; CIFAR-100 records carry a coarse and a fine label, and the fine one is used.
    /// Pixels are scaled to [0,1] then normalised to (x − 0.5)/0.5.
    public static func cifar(path: String, classes: Int = 10, count: Int? = nil) throws -> Dataset {
        guard classes == 10 || classes == 100 else {
            throw DatasetError.invalidArgument("CIFAR has 10 or 100 classes, not \(classes)")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DatasetError.unreadableFile(path: path, reason: "no such file or directory")
        }
        var files = [path]
        if isDirectory.boolValue {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            let wanted = names.filter { classes == 10 ? ($0.hasPrefix("data_batch_") && $0.hasSuffix(".bin")) : $0 == "train.bin" }.sorted()
            guard !wanted.isEmpty else {
                throw DatasetError.unreadableFile(path: path, reason: classes == 10 ? "no data_batch_*.bin files in this directory" : "no train.bin in this directory")
            }
            files = wanted.map { "\(path)/\($0)" }
        }
        let labelBytes = classes == 10 ? 1 : 2
        let pixels = 3 * 32 * 32
        let record = labelBytes + pixels
        var values = [Double]()
        var labels = [Int]()
        outer: for file in files {
            let bytes = try FileBytes.read(file)
            guard !bytes.isEmpty, bytes.count % record == 0 else {
                let expected = (bytes.count / record + 1) * record
                throw DatasetError.truncatedFile(path: file, expectedBytes: expected, actualBytes: bytes.count)
            }
            for r in 0..<(bytes.count / record) {
                if let count, labels.count >= count { break outer }
                let base = r * record
                let label = Int(bytes[base + labelBytes - 1])
                guard label < classes else {
                    throw DatasetError.labelOutOfRange(path: file, index: r, label: label, classCount: classes)
                }
                labels.append(label)
                for j in 0..<pixels { values.append((Double(bytes[base + labelBytes + j]) / 255.0 - 0.5) / 0.5) }
            }
        }
        if let count, labels.count < count {
            throw DatasetError.invalidArgument("asked for \(count) objects but \(path) holds \(labels.count)")
        }
        return Dataset(validatedFeatures: values, labels: labels, inputSize: pixels, classCount: classes,
                       imageShape: [3, 32, 32], source: path)
    }
}
