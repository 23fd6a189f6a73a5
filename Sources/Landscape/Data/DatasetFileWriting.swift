import Foundation

/// Writing a sample in the image datasets' own file formats, where their loaders (and torchvision)
/// look for them: so a notebook can stand synthetic data in for MNIST or CIFAR-10 when the real files
/// are absent, and read it back through exactly the code path the real files take.
///
/// Pixels are the bytes the loaders' normalisation came from: round((x·0.5 + 0.5)·255), clamped to
/// 0…255 (features outside [−1, 1] saturate, as a photograph's would).
extension Dataset {
    /// Writes the sample as IDX files (uncompressed) in torchvision's layout:
    /// `root/<name>/raw/train-images-idx3-ubyte` and `train-labels-idx1-ubyte` (`t10k-` for `.test`),
    /// which `Dataset.mnist(root:)` (name "MNIST") and `fashionMNIST(root:)` (name "FashionMNIST") read.
    /// The objects must have 784 features (28×28, one channel) and labels below 256. Returns the images path.
    @discardableResult
    public func writeMNIST(root: String, split: DatasetSplit = .train, name: String = "MNIST") throws -> String {
        guard inputSize == 784 else {
            throw DatasetError.invalidArgument("MNIST's images are 28×28 = 784 pixels; this sample has \(inputSize) features")
        }
        guard classCount <= 256 else { throw DatasetError.invalidArgument("IDX labels are bytes; this sample has \(classCount) classes") }
        let folder = "\(root)/\(name)/raw"
        let prefix = split == .train ? "train" : "t10k"
        func be32(_ v: Int) -> [UInt8] { (0..<4).reversed().map { UInt8((v >> (8 * $0)) & 0xff) } }
        let images = "\(folder)/\(prefix)-images-idx3-ubyte", labelsPath = "\(folder)/\(prefix)-labels-idx1-ubyte"
        try Self.writeBytes(be32(0x0803) + be32(count) + be32(28) + be32(28) + pixelBytes(), to: images)
        try Self.writeBytes(be32(0x0801) + be32(count) + labels.map { UInt8($0) }, to: labelsPath)
        return images
    }

    /// Writes the sample as CIFAR-10's binary version: `root/cifar-10-batches-bin/data_batch_1.bin` …
    /// `data_batch_5.bin` (the objects split into five consecutive batches) for `.train`, `test_batch.bin`
    /// for `.test`; each record a label byte then 3,072 pixel bytes, channels first, as
    /// `Dataset.cifar10(root:)` reads them. Needs 3,072 features and at most 10 classes. Returns the folder.
    @discardableResult
    public func writeCIFAR10(root: String, split: DatasetSplit = .train) throws -> String {
        guard inputSize == 3072 else {
            throw DatasetError.invalidArgument("CIFAR-10's images are 3×32×32 = 3,072 values; this sample has \(inputSize) features")
        }
        guard classCount <= 10 else { throw DatasetError.invalidArgument("CIFAR-10 has 10 classes; this sample has \(classCount)") }
        let folder = "\(root)/cifar-10-batches-bin"
        let pixels = pixelBytes()
        func records(_ range: Range<Int>) -> [UInt8] {
            var out = [UInt8]()
            out.reserveCapacity(range.count * 3073)
            for i in range {
                out.append(UInt8(labels[i]))
                out += pixels[(i * 3072)..<((i + 1) * 3072)]
            }
            return out
        }
        if split == .test {
            try Self.writeBytes(records(0..<count), to: "\(folder)/test_batch.bin")
        } else {
            for batch in 0..<5 {
                try Self.writeBytes(records((count * batch / 5)..<(count * (batch + 1) / 5)), to: "\(folder)/data_batch_\(batch + 1).bin")
            }
        }
        return folder
    }

    /// The features as the pixel bytes the normalisation (x/255 − 0.5)/0.5 came from.
    func pixelBytes() -> [UInt8] {
        features.map { x in
            let byte = ((x * 0.5 + 0.5) * 255).rounded()
            return byte.isFinite ? UInt8(min(max(byte, 0), 255)) : 0
        }
    }

    static func writeBytes(_ bytes: [UInt8], to path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        } catch {
            throw DatasetError.invalidArgument("cannot write \(path): \(error.localizedDescription)")
        }
    }
}
