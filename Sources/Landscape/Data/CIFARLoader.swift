import Foundation

/// Which of CIFAR-100's two labels to use.
public enum CIFAR100Labels: String, Sendable, CaseIterable {
    /// The 100 fine classes (the default, as torchvision's CIFAR100).
    case fine
    /// The 20 coarse superclasses.
    case coarse

    /// The number of classes.
    public var classCount: Int { self == .fine ? 100 : 20 }
}

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
        return try cifarBinary(files: files, labelBytes: classes == 10 ? 1 : 2, labelByte: classes == 10 ? 0 : 1,
                               classes: classes, count: count, source: path)
    }

    /// CIFAR binary records from `files`, in order: `labelBytes` label bytes (the label at `labelByte`),
    /// then 3,072 pixel bytes, channels first. Files after the first `count` objects are not read.
    static func cifarBinary(files: [String], labelBytes: Int, labelByte: Int, classes: Int, count: Int?,
                            source: String) throws -> Dataset {
        if let count, count < 0 { throw DatasetError.invalidArgument("count must be non-negative, got \(count)") }
        let pixels = 3 * 32 * 32
        let record = labelBytes + pixels
        var values = [Double]()
        var labels = [Int]()
        outer: for file in files {
            if let count, labels.count >= count { break }
            let bytes = try FileBytes.read(file)
            guard !bytes.isEmpty, bytes.count % record == 0 else {
                let expected = (bytes.count / record + 1) * record
                throw DatasetError.truncatedFile(path: file, expectedBytes: expected, actualBytes: bytes.count)
            }
            let records = bytes.count / record
            let kept = count.map { min(records, $0 - labels.count) } ?? records
            values.reserveCapacity(values.count + kept * pixels)
            for r in 0..<kept {
                let base = r * record
                let label = Int(bytes[base + labelByte])
                guard label < classes else {
                    throw DatasetError.labelOutOfRange(path: file, index: r, label: label, classCount: classes)
                }
                labels.append(label)
                appendNormalisedPixels(bytes[(base + labelBytes)..<(base + record)], to: &values)
            }
            if let count, labels.count >= count { break outer }
        }
        if let count, labels.count < count {
            throw DatasetError.invalidArgument("asked for \(count) objects but \(source) holds \(labels.count)")
        }
        return Dataset(validatedFeatures: values, labels: labels, inputSize: pixels, classCount: classes,
                       imageShape: [3, 32, 32], source: source)
    }

    /// The reference normalisation (x/255 − 0.5)/0.5 of every byte, one table lookup each.
    static func appendNormalisedPixels(_ bytes: ArraySlice<UInt8>, to values: inout [Double]) {
        for byte in bytes { values.append(normalisedPixel[Int(byte)]) }
    }

    /// (b/255 − 0.5)/0.5 for every byte value b, with the bits of that expression.
    static let normalisedPixel: [Double] = (0..<256).map { (Double($0) / 255.0 - 0.5) / 0.5 }
}
