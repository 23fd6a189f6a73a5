/// The IDX format of MNIST and Fashion-MNIST (raw or gzip-compressed).
extension Dataset {
    /// Reads images and labels in IDX format; pixels are scaled to [0,1] then normalised to (x − 0.5)/0.5
    /// as the reference code does. `count` keeps the first objects (all when nil).
    public static func idx(images: String, labels: String, count: Int? = nil, classes: Int = 10) throws -> Dataset {
        let imageBytes = try FileBytes.read(images)
        let labelBytes = try FileBytes.read(labels)
        let imageHeader = try header(imageBytes, path: images, magic: 0x0000_0803, dimensions: 3)
        let labelHeader = try header(labelBytes, path: labels, magic: 0x0000_0801, dimensions: 1)
        let available = imageHeader[0]
        guard labelHeader[0] == available else {
            throw DatasetError.countMismatch(imagesPath: images, imageCount: available, labelsPath: labels, labelCount: labelHeader[0])
        }
        let rows = imageHeader[1], columns = imageHeader[2]
        let (pixels, pixelOverflow) = rows.multipliedReportingOverflow(by: columns)
        guard !pixelOverflow, pixels <= 1 << 24 else {
            throw DatasetError.invalidArgument("\(images): images of \(rows)×\(columns) pixels are not supported")
        }
        let imageStart = 16, labelStart = 8
        let (imageBytesNeeded, imageOverflow) = available.multipliedReportingOverflow(by: pixels)
        guard !imageOverflow, pixels > 0, imageBytes.count >= imageStart + imageBytesNeeded else {
            throw DatasetError.truncatedFile(path: images, expectedBytes: imageOverflow ? Int.max : imageStart + imageBytesNeeded, actualBytes: imageBytes.count)
        }
        guard labelBytes.count >= labelStart + available else {
            throw DatasetError.truncatedFile(path: labels, expectedBytes: labelStart + available, actualBytes: labelBytes.count)
        }
        let kept: Int
        if let count {
            guard count >= 0, count <= available else {
                throw DatasetError.invalidArgument("asked for \(count) objects but \(images) holds \(available)")
            }
            kept = count
        } else {
            kept = available
        }
        var labelValues = [Int](repeating: 0, count: kept)
        for i in 0..<kept {
            let label = Int(labelBytes[labelStart + i])
            guard label < classes else { throw DatasetError.labelOutOfRange(path: labels, index: i, label: label, classCount: classes) }
            labelValues[i] = label
        }
        var values = [Double](repeating: 0, count: kept * pixels)
        imageBytes.withUnsafeBufferPointer { source in
            values.withUnsafeMutableBufferPointer { target in
                for j in 0..<(kept * pixels) {
                    target[j] = (Double(source[imageStart + j]) / 255.0 - 0.5) / 0.5
                }
            }
        }
        return Dataset(validatedFeatures: values, labels: labelValues, inputSize: pixels, classCount: classes,
                       imageShape: [rows, columns], source: images)
    }

    /// Fashion-MNIST from Debian's dataset-fashion-mnist package: the first `count` objects of a split.
    public static func fashionMNIST(count: Int = 10_000, split: DatasetSplit = .train,
                                    directory: String = "/usr/share/datasets/fashion-mnist") throws -> Dataset {
        let prefix = split == .train ? "train" : "t10k"
        func file(_ name: String) -> String {
            let plain = "\(directory)/\(prefix)-\(name)-ubyte"
            return FileBytesProbe.exists(plain) ? plain : plain + ".gz"
        }
        return try idx(images: file("images-idx3"), labels: file("labels-idx1"), count: count)
    }

    /// Parses an IDX header: checks the magic number and returns the dimension sizes.
    static func header(_ bytes: [UInt8], path: String, magic: UInt32, dimensions: Int) throws -> [Int] {
        let headerSize = 4 + 4 * dimensions
        guard bytes.count >= 4 else { throw DatasetError.truncatedFile(path: path, expectedBytes: headerSize, actualBytes: bytes.count) }
        let found = bigEndian(bytes, at: 0)
        guard found == magic else { throw DatasetError.wrongMagicNumber(path: path, found: found, expected: magic) }
        guard bytes.count >= headerSize else { throw DatasetError.truncatedFile(path: path, expectedBytes: headerSize, actualBytes: bytes.count) }
        return (0..<dimensions).map { Int(bigEndian(bytes, at: 4 + 4 * $0)) }
    }

    static func bigEndian(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        (UInt32(bytes[offset]) << 24) | (UInt32(bytes[offset + 1]) << 16) | (UInt32(bytes[offset + 2]) << 8) | UInt32(bytes[offset + 3])
    }
}

import Foundation

/// Whether a path exists (a tiny seam so the Fashion-MNIST loader accepts raw or gzip files).
enum FileBytesProbe {
    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }
}
