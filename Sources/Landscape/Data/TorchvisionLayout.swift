import Foundation

/// The folders torchvision leaves its downloads in, so that `root:` pointing at the directory a user of
/// the reference code already has (its `./data`) just works, and the datasets' home-page archives
/// unpacked anywhere work too.
extension Dataset {
    /// MNIST from IDX files (raw or gzip): `root/MNIST/raw/` as torchvision keeps them, or `root/MNIST/`,
    /// `root/raw/`, or `root` itself holding `train-images-idx3-ubyte[.gz]` and the rest. The first `count`
    /// objects (all when nil), normalised as the reference code does.
    public static func mnist(root: String, split: DatasetSplit = .train, count: Int? = nil) throws -> Dataset {
        try idxFolder(root: root, name: "MNIST", split: split, count: count)
    }

    /// Fashion-MNIST from IDX files laid out as for `mnist(root:)`, under `FashionMNIST/` (torchvision)
    /// or flat (Debian's /usr/share/datasets/fashion-mnist).
    public static func fashionMNIST(root: String, split: DatasetSplit = .train, count: Int? = nil) throws -> Dataset {
        try idxFolder(root: root, name: "FashionMNIST", split: split, count: count)
    }

    /// CIFAR-10: the binary version (`cifar-10-batches-bin/data_batch_1.bin`…`data_batch_5.bin`,
    /// `test_batch.bin`) or torchvision's python version (`cifar-10-batches-py/data_batch_1`…, `test_batch`),
    /// under `root` or in `root` itself. 3,072 inputs channels first, normalised (x/255 − 0.5)/0.5.
    public static func cifar10(root: String, split: DatasetSplit = .train, count: Int? = nil) throws -> Dataset {
        let names = split == .train ? (1...5).map { "data_batch_\($0)" } : ["test_batch"]
        var looked = [String]()
        for folder in [root + "/cifar-10-batches-bin", root + "/cifar-10-batches-py", root] {
            let binary = names.map { "\(folder)/\($0).bin" }.filter(FileBytesProbe.exists)
            if binary.first == "\(folder)/\(names[0]).bin" {
                return try cifarBinary(files: binary, labelBytes: 1, labelByte: 0, classes: 10, count: count, source: folder)
            }
            let pickles = names.map { "\(folder)/\($0)" }.filter(FileBytesProbe.exists)
            if pickles.first == "\(folder)/\(names[0])" {
                return try cifarPickles(files: pickles, labelKey: "labels", classes: 10, count: count, source: folder)
            }
            looked += ["\(folder)/\(names[0]).bin", "\(folder)/\(names[0])"]
        }
        throw DatasetError.datasetNotFound(root: root, looked: looked)
    }

    /// CIFAR-100: the binary version (`cifar-100-binary/train.bin`, `test.bin`, a coarse and a fine label
    /// byte per record) or torchvision's python version (`cifar-100-python/train`, `test`), under `root` or
    /// in `root` itself; fine labels (100 classes) by default, as torchvision.
    public static func cifar100(root: String, split: DatasetSplit = .train, labels: CIFAR100Labels = .fine,
                                count: Int? = nil) throws -> Dataset {
        let name = split == .train ? "train" : "test"
        var looked = [String]()
        for folder in [root + "/cifar-100-binary", root + "/cifar-100-python", root] {
            if FileBytesProbe.exists("\(folder)/\(name).bin") {
                return try cifarBinary(files: ["\(folder)/\(name).bin"], labelBytes: 2, labelByte: labels == .fine ? 1 : 0,
                                       classes: labels.classCount, count: count, source: folder)
            }
            if FileBytesProbe.exists("\(folder)/\(name)") {
                return try cifarPickles(files: ["\(folder)/\(name)"], labelKey: labels == .fine ? "fine_labels" : "coarse_labels",
                                        classes: labels.classCount, count: count, source: folder)
            }
            looked += ["\(folder)/\(name).bin", "\(folder)/\(name)"]
        }
        throw DatasetError.datasetNotFound(root: root, looked: looked)
    }

    /// IDX images and labels of one split, found in torchvision's layout or flat.
    static func idxFolder(root: String, name: String, split: DatasetSplit, count: Int?) throws -> Dataset {
        let prefix = split == .train ? "train" : "t10k"
        var looked = [String]()
        for folder in ["\(root)/\(name)/raw", "\(root)/\(name)", "\(root)/raw", root] {
            for separator in ["-", "."] {
                let images = "\(folder)/\(prefix)-images\(separator)idx3-ubyte"
                let labels = "\(folder)/\(prefix)-labels\(separator)idx1-ubyte"
                if let images = [images, images + ".gz"].first(where: FileBytesProbe.exists),
                   let labels = [labels, labels + ".gz"].first(where: FileBytesProbe.exists) {
                    return try idx(images: images, labels: labels, count: count)
                }
            }
            looked.append("\(folder)/\(prefix)-images-idx3-ubyte[.gz]")
        }
        throw DatasetError.datasetNotFound(root: root, looked: looked)
    }
}
