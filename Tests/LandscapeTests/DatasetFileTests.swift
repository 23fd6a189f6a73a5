import Foundation
import Testing
@testable import Landscape

@Suite("Datasets from disk: torchvision's layouts, CIFAR binary and pickles, NumPy features")
struct DatasetFileTests {
    static func norm(_ b: UInt8) -> Double { (Double(b) / 255 - 0.5) / 0.5 }

    @Test func mnistIsFoundInTorchvisionsRawFolderAndFlat() throws {
        let root = try Fixture.temporaryDirectory()
        let images = DatasetTests.idxImages(count: 3, rows: 28, columns: 28)
        let labels = DatasetTests.idxLabels([7, 2, 1])
        try DatasetFiles.write(images, to: root + "/MNIST/raw/train-images-idx3-ubyte")
        try DatasetFiles.write(labels, to: root + "/MNIST/raw/train-labels-idx1-ubyte")
        let data = try Dataset.mnist(root: root)
        #expect(data.count == 3 && data.inputSize == 784 && data.labels == [7, 2, 1])
        #expect(data.features[5] == Self.norm(images[16 + 5]))
        #expect(try Dataset.mnist(root: root, count: 2).labels == [7, 2])
        // The test split is not there: the error says where it looked.
        #expect(throws: DatasetError.self) { try Dataset.mnist(root: root, split: .test) }
        // Flat, gzip-compressed (Debian's layout), as Fashion-MNIST.
        let flat = try Fixture.temporaryDirectory()
        try DatasetFiles.write(images, to: flat + "/t10k-images-idx3-ubyte")
        try DatasetFiles.write(labels, to: flat + "/t10k-labels-idx1-ubyte")
        for name in ["t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"] {
            let gzip = Process()
            gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
            gzip.arguments = [flat + "/" + name]
            try gzip.run()
            gzip.waitUntilExit()
        }
        let fashion = try Dataset.fashionMNIST(root: flat, split: .test)
        #expect(fashion.features == data.features && fashion.labels == data.labels)
        do {
            _ = try Dataset.fashionMNIST(root: flat)
            Issue.record("no training files, yet it loaded")
        } catch let DatasetError.datasetNotFound(searched, looked) {
            #expect(searched == flat)
            #expect(looked.contains(flat + "/FashionMNIST/raw/train-images-idx3-ubyte[.gz]"))
        }
    }

    @Test func cifar10BinaryAndPicklesGiveTheSameObjects() throws {
        let root = try Fixture.temporaryDirectory()
        // Two batches of 2 and a test batch of 1, in both versions.
        let batches: [[Int]] = [[3, 9], [0, 5]]
        var offset = 0
        for (b, labels) in batches.enumerated() {
            let binary = labels.enumerated().flatMap { i, label in [UInt8(label)] + DatasetFiles.pixels(offset + i) }
            try DatasetFiles.write(binary, to: root + "/cifar-10-batches-bin/data_batch_\(b + 1).bin")
            let data = (0..<labels.count).flatMap { DatasetFiles.pixels(offset + $0) }
            try DatasetFiles.write(DatasetFiles.cifarPickle(labelKeys: [("labels", labels)], count: labels.count, dataBytes: data),
                                   to: root + "/py/cifar-10-batches-py/data_batch_\(b + 1)")
            offset += labels.count
        }
        let binary = try Dataset.cifar10(root: root)
        let pickled = try Dataset.cifar10(root: root + "/py")
        #expect(binary.count == 4 && binary.inputSize == 3072 && binary.imageShape == [3, 32, 32] && binary.classCount == 10)
        #expect(binary.labels == [3, 9, 0, 5])
        #expect(pickled.labels == binary.labels)
        #expect(pickled.features == binary.features)
        // Channels first: feature 1024 is the first green pixel of object 0.
        #expect(binary.features[1024] == Self.norm(DatasetFiles.pixels(0)[1024]))
        #expect(binary.features[3072 + 7] == Self.norm(DatasetFiles.pixels(1)[7]))
        // count stops early and never reads later batches (a broken third batch is not touched).
        try DatasetFiles.write([1, 2, 3], to: root + "/py/cifar-10-batches-py/data_batch_3")
        #expect(try Dataset.cifar10(root: root + "/py", count: 3).labels == [3, 9, 0])
        #expect(throws: DatasetError.self) { try Dataset.cifar10(root: root + "/py") }
        // The test split, found in the folder itself.
        try DatasetFiles.write(DatasetFiles.cifarBinary(labels: [[4]]), to: root + "/flat/test_batch.bin")
        #expect(try Dataset.cifar10(root: root + "/flat", split: .test).labels == [4])
    }

    @Test func cifar100HasFineLabelsByDefaultAndCoarseOnRequest() throws {
        let root = try Fixture.temporaryDirectory()
        // Coarse byte first, fine byte second.
        try DatasetFiles.write(DatasetFiles.cifarBinary(labels: [[19, 99], [0, 42], [7, 3]]), to: root + "/cifar-100-binary/train.bin")
        let fine = try Dataset.cifar100(root: root)
        #expect(fine.labels == [99, 42, 3] && fine.classCount == 100)
        let coarse = try Dataset.cifar100(root: root, labels: .coarse)
        #expect(coarse.labels == [19, 0, 7] && coarse.classCount == 20)
        let pickle = DatasetFiles.cifarPickle(labelKeys: [("fine_labels", [99, 42, 3]), ("coarse_labels", [19, 0, 7])], count: 3)
        try DatasetFiles.write(pickle, to: root + "/py/cifar-100-python/train")
        let fromPickle = try Dataset.cifar100(root: root + "/py")
        #expect(fromPickle.labels == fine.labels && fromPickle.features == fine.features)
        #expect(try Dataset.cifar100(root: root + "/py", labels: .coarse).labels == coarse.labels)
        // A coarse label of 20 is out of range for 20 classes.
        try DatasetFiles.write(DatasetFiles.cifarBinary(labels: [[20, 1]]), to: root + "/bad/test.bin")
        #expect(throws: DatasetError.labelOutOfRange(path: root + "/bad/test.bin", index: 0, label: 20, classCount: 20)) {
            try Dataset.cifar100(root: root + "/bad", split: .test, labels: .coarse)
        }
    }

    @Test func thePickleReaderRefusesEverythingButCIFARsStructures() throws {
        let dir = try Fixture.temporaryDirectory()
        func refusal(_ bytes: [UInt8], _ name: String) throws -> (offset: Int, reason: String)? {
            let path = dir + "/" + name + "/test_batch"
            try DatasetFiles.write(bytes, to: path)
            do {
                _ = try Dataset.cifar10(root: dir + "/" + name, split: .test)
            } catch let DatasetError.refusedPickle(refusedPath, offset, reason) {
                #expect(refusedPath == path)
                return (offset, reason)
            }
            return nil
        }
        // pickle.dumps of an object whose __reduce__ is (os.system, ('echo hi',)), protocol 2.
        let system: [UInt8] = [0x80, 0x02] + Array("cposix\nsystem\nq\u{0}U\u{7}echo hiq\u{1}\u{85}q\u{2}Rq\u{3}.".utf8)
        let refusedSystem = try refusal(system, "system")
        #expect(refusedSystem?.offset == 2)
        #expect(refusedSystem?.reason.contains("posix.system") == true)
        // builtins.eval by protocol 4's STACK_GLOBAL (with FRAME): refused at the protocol.
        #expect(try refusal([0x80, 0x04, 0x95, 0x10, 0, 0, 0, 0, 0, 0, 0, 0x8c, 0x08] + Array("builtins".utf8) + [0x93, 0x2e], "protocol4") != nil)
        // INST (protocol 0 instantiation) inside a protocol 2 stream.
        let inst = try refusal([0x80, 0x02, 0x28] + Array("ios\nsystem\n".utf8) + [0x2e], "inst")
        #expect(inst?.offset == 3 && inst?.reason.contains("INST") == true)
        // An accepted name in a wrong role: numpy.dtype applied to a list, BUILD on a dict (__setstate__).
        #expect(try refusal([0x80, 0x02] + Array("cnumpy\ndtype\n".utf8) + [0x5d, 0x52, 0x2e], "dtype") != nil)
        #expect(try refusal([0x80, 0x02, 0x7d, 0x7d, 0x62, 0x2e], "build") != nil)
        // A valid pickle but not a CIFAR batch: float pixels, a wrong shape, labels not matching.
        let floats = DatasetFiles.cifarPickle(labelKeys: [("labels", [1])], count: 1, dataBytes: [UInt8](repeating: 0, count: 3072 * 8), dtype: "f8")
        try DatasetFiles.write(floats, to: dir + "/floats/test_batch")
        #expect(throws: DatasetError.malformedFile(path: dir + "/floats/test_batch", reason: "'data' has dtype 'f8'; CIFAR's pixels are uint8 ('u1')")) {
            try Dataset.cifar10(root: dir + "/floats", split: .test)
        }
        let narrow = DatasetFiles.cifarPickle(labelKeys: [("labels", [1])], count: 1, columns: 100)
        try DatasetFiles.write(narrow, to: dir + "/narrow/test_batch")
        #expect(throws: DatasetError.malformedFile(path: dir + "/narrow/test_batch", reason: "'data' has shape (1, 100); CIFAR's is (n, 3072)")) {
            try Dataset.cifar10(root: dir + "/narrow", split: .test)
        }
        let mismatch = DatasetFiles.cifarPickle(labelKeys: [("labels", [1, 2])], count: 1)
        try DatasetFiles.write(mismatch, to: dir + "/mismatch/test_batch")
        #expect(throws: DatasetError.self) { try Dataset.cifar10(root: dir + "/mismatch", split: .test) }
        let outOfRange = DatasetFiles.cifarPickle(labelKeys: [("labels", [10])], count: 1)
        try DatasetFiles.write(outOfRange, to: dir + "/range/test_batch")
        #expect(throws: DatasetError.labelOutOfRange(path: dir + "/range/test_batch", index: 0, label: 10, classCount: 10)) {
            try Dataset.cifar10(root: dir + "/range", split: .test)
        }
        // Truncated anywhere: an error, never a crash.
        let good = DatasetFiles.cifarPickle(labelKeys: [("labels", [1])], count: 1)
        for cut in [1, 3, 40, 120, 3000, good.count - 1] {
            try DatasetFiles.write(Array(good.prefix(cut)), to: dir + "/cut\(cut)/test_batch")
            #expect(throws: DatasetError.self) { try Dataset.cifar10(root: dir + "/cut\(cut)", split: .test) }
        }
    }

    @Test func numpyFeaturesLoadFromNpyPairsAndNpz() throws {
        let dir = try Fixture.temporaryDirectory()
        let values: [Double] = [0.5, -1.25, 3, 1e-3, 7, -8]
        try DatasetFiles.write(DatasetFiles.npy(descr: "<f8", shape: [3, 2], elements: DatasetFiles.float64(values)), to: dir + "/X.npy")
        try DatasetFiles.write(DatasetFiles.npy(descr: "<i8", shape: [3], elements: DatasetFiles.int64([2, 0, 1])), to: dir + "/y.npy")
        let data = try Dataset.numpy(features: dir + "/X.npy", labels: dir + "/y.npy")
        #expect(data.features == values && data.labels == [2, 0, 1] && data.inputSize == 2 && data.classCount == 3)
        #expect(try Dataset.numpy(features: dir + "/X.npy", labels: dir + "/y.npy", classes: 10).classCount == 10)
        // float32 features, uint8 labels, Fortran order.
        let f32 = [Float(1.5), 2, -3, 4, 5, 6].flatMap { v in (0..<4).map { UInt8((v.bitPattern >> (8 * UInt32($0))) & 0xff) } }
        try DatasetFiles.write(DatasetFiles.npy(descr: "<f4", shape: [2, 3], elements: f32, fortran: true), to: dir + "/F.npy")
        try DatasetFiles.write(DatasetFiles.npy(descr: "|u1", shape: [2], elements: [1, 0]), to: dir + "/u.npy")
        let fortran = try Dataset.numpy(features: dir + "/F.npy", labels: dir + "/u.npy")
        #expect(fortran.features == [1.5, -3, 5, 2, 4, 6])
        // What Dataset.save writes (labels as float64) comes back through npz(path:).
        try data.save(to: dir + "/saved.npz")
        let saved = try Dataset.npz(path: dir + "/saved.npz")
        #expect(saved.features == data.features && saved.labels == data.labels)
        // Other names, told or found by shape.
        let entries: [(name: String, bytes: [UInt8])] = [
            ("emb.npy", DatasetFiles.npy(descr: "<f8", shape: [3, 2], elements: DatasetFiles.float64(values))),
            ("cls.npy", DatasetFiles.npy(descr: "<i8", shape: [3], elements: DatasetFiles.int64([2, 0, 1]))),
        ]
        try DatasetFiles.write(ZipArchive.stored(entries, path: "x"), to: dir + "/named.npz")
        #expect(try Dataset.npz(path: dir + "/named.npz").labels == [2, 0, 1])
        #expect(try Dataset.npz(path: dir + "/named.npz", features: "emb", labels: "cls").features == values)
        #expect(throws: DatasetError.malformedFile(path: dir + "/named.npz", reason: "no array named 'feats' (the archive holds emb, cls)")) {
            try Dataset.npz(path: dir + "/named.npz", features: "feats")
        }
    }

    @Test func badFeatureFilesNameTheFileAndTheProblem() throws {
        let dir = try Fixture.temporaryDirectory()
        let x = DatasetFiles.npy(descr: "<f8", shape: [2, 2], elements: DatasetFiles.float64([1, 2, 3, 4]))
        try DatasetFiles.write(x, to: dir + "/X.npy")
        let y = DatasetFiles.npy(descr: "<i8", shape: [2], elements: DatasetFiles.int64([0, 1]))
        try DatasetFiles.write(y, to: dir + "/y.npy")
        func expectProblem(_ bytes: [UInt8], _ name: String, features: Bool, _ expected: (String) -> DatasetError) throws {
            let path = dir + "/" + name
            try DatasetFiles.write(bytes, to: path)
            #expect(throws: expected(path)) {
                try Dataset.numpy(features: features ? path : dir + "/X.npy", labels: features ? dir + "/y.npy" : path, classes: 2)
            }
        }
        try expectProblem(Array("PK not numpy".utf8), "magic.npy", features: true) {
            .malformedFile(path: $0, reason: "not a .npy file (no \\x93NUMPY magic string)")
        }
        try expectProblem(Array(x.dropLast(3)), "short.npy", features: true) {
            .malformedFile(path: $0, reason: "truncated: shape (2, 2) of '<f8' needs 32 data bytes, the file has 29")
        }
        try expectProblem(DatasetFiles.npy(descr: "<c16", shape: [2, 2], elements: []), "complex.npy", features: true) {
            .malformedFile(path: $0, reason: "dtype '<c16' is not a real or integer type of 1, 2, 4 or 8 bytes")
        }
        try expectProblem(DatasetFiles.npy(descr: ">f8", shape: [2, 2], elements: DatasetFiles.float64([1, 2, 3, 4])), "big.npy", features: true) {
            .malformedFile(path: $0, reason: "dtype '>f8' is big-endian or has no byte order; only little-endian arrays are read")
        }
        try expectProblem(DatasetFiles.npy(descr: "<f8", shape: [4], elements: DatasetFiles.float64([1, 2, 3, 4])), "flat.npy", features: true) {
            .malformedFile(path: $0, reason: "features must have shape (n, d), found (4,)")
        }
        try expectProblem(DatasetFiles.npy(descr: "<f8", shape: [2, 2], elements: DatasetFiles.float64([1, .nan, 3, 4])), "nan.npy", features: true) {
            .nonFiniteFeature(path: $0, row: 0, column: 1)
        }
        try expectProblem(DatasetFiles.npy(descr: "<i8", shape: [2], elements: DatasetFiles.int64([0, 2])), "range.npy", features: false) {
            .labelOutOfRange(path: $0, index: 1, label: 2, classCount: 2)
        }
        try expectProblem(DatasetFiles.npy(descr: "<i8", shape: [2], elements: DatasetFiles.int64([0, -1])), "negative.npy", features: false) {
            .labelOutOfRange(path: $0, index: 1, label: -1, classCount: 2)
        }
        try expectProblem(DatasetFiles.npy(descr: "<f8", shape: [2], elements: DatasetFiles.float64([0, 0.5])), "half.npy", features: false) {
            .malformedFile(path: $0, reason: "label 0.5 of object 1 is not a whole number (dtype '<f8')")
        }
        try expectProblem(DatasetFiles.npy(descr: "<i8", shape: [3], elements: DatasetFiles.int64([0, 1, 1])), "three.npy", features: false) {
            .featureLabelCountMismatch(featuresPath: dir + "/X.npy", rows: 2, labelsPath: $0, labels: 3)
        }
        try expectProblem(DatasetFiles.npy(descr: "<i8", shape: [2, 2], elements: DatasetFiles.int64([0, 1, 1, 0])), "square.npy", features: false) {
            .malformedFile(path: $0, reason: "labels must have shape (n,), found (2, 2)")
        }
        // Without a class count, a negative label is still refused.
        try DatasetFiles.write(DatasetFiles.npy(descr: "<i8", shape: [2], elements: DatasetFiles.int64([0, -3])), to: dir + "/minus.npy")
        #expect(throws: DatasetError.malformedFile(path: dir + "/minus.npy", reason: "label -3 of object 1 is negative")) {
            try Dataset.numpy(features: dir + "/X.npy", labels: dir + "/minus.npy")
        }
        // A broken archive.
        try DatasetFiles.write(Array("PK\u{3}\u{4} broken".utf8), to: dir + "/broken.npz")
        do {
            _ = try Dataset.npz(path: dir + "/broken.npz")
            Issue.record("a broken archive loaded")
        } catch let error as DatasetError {
            guard case let .malformedFile(path, reason) = error else { Issue.record("\(error)"); return }
            #expect(path == dir + "/broken.npz" && reason.hasPrefix("not a valid .npz archive"))
        }
    }
}
