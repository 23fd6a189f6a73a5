import LandscapeNotebook

/// The datasets of the paper's reference code from disk, as torchvision and the datasets' home pages
/// leave them (MNIST, Fashion-MNIST, CIFAR-10, CIFAR-100), feature files from NumPy and CSV, and the
/// writers that put a sample in MNIST's or CIFAR-10's own format.
enum DatasetFileBindings {
    static func native<T>(_ object: T, _ typeName: String) -> Value {
        .native(NativeValue(typeName: typeName, object: object))
    }

    static func dataset(_ data: Dataset) -> Value { native(data, "Dataset") }

    static func optionalInt(_ value: Value) throws -> Int? { try value.unwrapped.map { try $0.asInt() } }

    static func optionalString(_ value: Value) throws -> String? { try value.unwrapped.map { try $0.asString() } }

    static func register(in registry: Registry) {
        registry.beginSection("Dataset files", introduction: "MNIST, Fashion-MNIST, CIFAR-10 and CIFAR-100 from a folder as torchvision or the datasets' home pages leave them; features from NumPy (.npy, .npz) or CSV. Every bad file is an error naming the file and the problem.")
        registry.add("static func mnist(root: String, split: DatasetSplit = .train, count: Int? = nil) throws -> Dataset", of: "Dataset",
                     documentation: "MNIST's IDX files (raw or .gz) under `root/MNIST/raw/` (torchvision's download folder), `root/MNIST/`, `root/raw/` or `root`: the first `count` objects (all when nil), normalised (x/255 − 0.5)/0.5.") { _, a, _ in
            dataset(try Dataset.mnist(root: try a[0].asString(), split: try a[1].asNative(DatasetSplit.self), count: try optionalInt(a[2])))
        }
        registry.add("static func fashionMNIST(root: String, split: DatasetSplit = .train, count: Int? = nil) throws -> Dataset", of: "Dataset",
                     documentation: "Fashion-MNIST's IDX files laid out as for `mnist(root:)`, under `FashionMNIST/` (torchvision) or flat.") { _, a, _ in
            dataset(try Dataset.fashionMNIST(root: try a[0].asString(), split: try a[1].asNative(DatasetSplit.self), count: try optionalInt(a[2])))
        }
        registry.add("static func cifar10(root: String, split: DatasetSplit = .train, count: Int? = nil) throws -> Dataset", of: "Dataset",
                     documentation: "CIFAR-10, binary (`cifar-10-batches-bin/`) or torchvision's pickles (`cifar-10-batches-py/`, read without running anything), under `root` or in it: 3,072 inputs channels first, normalised (x/255 − 0.5)/0.5.") { _, a, _ in
            dataset(try Dataset.cifar10(root: try a[0].asString(), split: try a[1].asNative(DatasetSplit.self), count: try optionalInt(a[2])))
        }
        registry.declareType("CIFAR100Labels", "enum CIFAR100Labels", documentation: "Which of CIFAR-100's labels: `.fine` (100 classes) or `.coarse` (20 superclasses).")
        registry.add("case fine", of: "CIFAR100Labels", documentation: "The 100 fine classes (torchvision's default).") { _, _, _ in
            native(CIFAR100Labels.fine, "CIFAR100Labels")
        }
        registry.add("case coarse", of: "CIFAR100Labels", documentation: "The 20 superclasses.") { _, _, _ in
            native(CIFAR100Labels.coarse, "CIFAR100Labels")
        }
        registry.add("static func cifar100(root: String, split: DatasetSplit = .train, labels: CIFAR100Labels = .fine, count: Int? = nil) throws -> Dataset", of: "Dataset",
                     documentation: "CIFAR-100, binary (`cifar-100-binary/train.bin`, `test.bin`) or torchvision's pickles (`cifar-100-python/`), under `root` or in it; fine labels by default.") { _, a, _ in
            dataset(try Dataset.cifar100(root: try a[0].asString(), split: try a[1].asNative(DatasetSplit.self),
                                         labels: try a[2].asNative(CIFAR100Labels.self), count: try optionalInt(a[3])))
        }
        registry.add("static func idx(images: String, labels: String, count: Int? = nil, classes: Int = 10) throws -> Dataset", of: "Dataset",
                     documentation: "A pair of IDX files (raw or .gz) given by path.") { _, a, _ in
            dataset(try Dataset.idx(images: try a[0].asString(), labels: try a[1].asString(), count: try optionalInt(a[2]), classes: try a[3].asInt()))
        }
        registry.add("static func numpy(features: String, labels: String, classes: Int? = nil) throws -> Dataset", of: "Dataset",
                     documentation: "Features from an .npy file of shape (n, d) and labels from one of shape (n,), e.g. pretrained image features (scripts/extract_features.py); `classes` defaults to the largest label + 1.") { _, a, _ in
            dataset(try Dataset.numpy(features: try a[0].asString(), labels: try a[1].asString(), classes: try optionalInt(a[2])))
        }
        registry.add("static func npz(path: String, features: String? = nil, labels: String? = nil, classes: Int? = nil) throws -> Dataset", of: "Dataset",
                     documentation: "Features and labels from one .npz archive (np.savez or np.savez_compressed); without names, `features`/`X`/… and `labels`/`y`/… are looked for.") { _, a, _ in
            dataset(try Dataset.npz(path: try a[0].asString(), features: try optionalString(a[1]), labels: try optionalString(a[2]),
                                    classes: try optionalInt(a[3])))
        }
        registry.declareType("CSVLabelColumn", "enum CSVLabelColumn", documentation: "Which column of a CSV file holds the labels.")
        registry.add("case first", of: "CSVLabelColumn", documentation: "The first column.") { _, _, _ in native(CSVLabelColumn.first, "CSVLabelColumn") }
        registry.add("case last", of: "CSVLabelColumn", documentation: "The last column.") { _, _, _ in native(CSVLabelColumn.last, "CSVLabelColumn") }
        registry.add("static func csv(path: String, labelColumn: CSVLabelColumn = .last, classes: Int? = nil) throws -> Dataset", of: "Dataset",
                     documentation: "Comma-separated features with an integer label per line (a non-numeric first line is a header).") { _, a, _ in
            dataset(try Dataset.csv(path: try a[0].asString(), labelColumn: try a[1].asNative(CSVLabelColumn.self), classes: try optionalInt(a[2])))
        }
        registry.add("var source: String { get }", of: "Dataset", documentation: "Where the objects came from (a file or folder, a generator).") { receiver, _, _ in
            .string(try receiver.asNative(Dataset.self).source)
        }
        registry.add("@discardableResult func writeMNIST(root: String, split: DatasetSplit = .train, name: String = \"MNIST\") throws -> String", of: "Dataset",
                     documentation: "Writes the sample (784 features) as IDX files in torchvision's layout, `root/<name>/raw/train-images-idx3-ubyte` …, pixels round((x·0.5 + 0.5)·255) clamped to 0…255; `mnist(root:)` reads them back. Returns the images path.") { receiver, a, _ in
            .string(try receiver.asNative(Dataset.self).writeMNIST(root: try a[0].asString(), split: try a[1].asNative(DatasetSplit.self), name: try a[2].asString()))
        }
        registry.add("@discardableResult func writeCIFAR10(root: String, split: DatasetSplit = .train) throws -> String", of: "Dataset",
                     documentation: "Writes the sample (3,072 features, ≤ 10 classes) as CIFAR-10's binary version, `root/cifar-10-batches-bin/data_batch_1.bin` … `data_batch_5.bin` or `test_batch.bin`; `cifar10(root:)` reads it back. Returns the folder.") { receiver, a, _ in
            .string(try receiver.asNative(Dataset.self).writeCIFAR10(root: try a[0].asString(), split: try a[1].asNative(DatasetSplit.self)))
        }
    }
}
