import Foundation
import Testing
@testable import Landscape

@Suite("Datasets: loading, growing, and refusing bad data")
struct DatasetTests {
    /// An IDX image file: magic 0x803, n, rows, columns, then pixels.
    static func idxImages(count: Int, rows: Int = 2, columns: Int = 2, magic: UInt32 = 0x803, pixels: Int? = nil) -> [UInt8] {
        var bytes = bigEndian(magic) + bigEndian(UInt32(count)) + bigEndian(UInt32(rows)) + bigEndian(UInt32(columns))
        bytes += (0..<(pixels ?? count * rows * columns)).map { UInt8(($0 * 37) % 256) }
        return bytes
    }

    static func idxLabels(_ labels: [UInt8], magic: UInt32 = 0x801) -> [UInt8] {
        bigEndian(magic) + bigEndian(UInt32(labels.count)) + labels
    }

    static func bigEndian(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8((v >> 16) & 255), UInt8((v >> 8) & 255), UInt8(v & 255)] }

    static func write(_ bytes: [UInt8], _ name: String, in directory: String) throws -> String {
        let path = directory + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func readsRawAndGzipIDXWithTheReferenceNormalisation() throws {
        let dir = try Fixture.temporaryDirectory()
        let images = try Self.write(Self.idxImages(count: 3), "images", in: dir)
        let labels = try Self.write(Self.idxLabels([1, 0, 9]), "labels", in: dir)
        let data = try Dataset.idx(images: images, labels: labels)
        #expect(data.count == 3)
        #expect(data.inputSize == 4)
        #expect(data.imageShape == [2, 2])
        #expect(data.labels == [1, 0, 9])
        #expect(try data[0].features[1] == (37.0 / 255 - 0.5) / 0.5)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = ["-k", images]
        try gzip.run()
        gzip.waitUntilExit()
        let zipped = try Dataset.idx(images: images + ".gz", labels: labels, count: 2)
        #expect(zipped.features == data.prefix(2).features)
    }

    @Test func badIDXFilesThrowTheirStatedErrors() throws {
        let dir = try Fixture.temporaryDirectory()
        let images = try Self.write(Self.idxImages(count: 3), "images", in: dir)
        let labels = try Self.write(Self.idxLabels([1, 0, 9]), "labels", in: dir)
        let badMagic = try Self.write(Self.idxImages(count: 3, magic: 0x804), "magic", in: dir)
        #expect(throws: DatasetError.wrongMagicNumber(path: badMagic, found: 0x804, expected: 0x803)) {
            try Dataset.idx(images: badMagic, labels: labels)
        }
        let truncated = try Self.write(Self.idxImages(count: 3, pixels: 10), "truncated", in: dir)
        #expect(throws: DatasetError.truncatedFile(path: truncated, expectedBytes: 16 + 12, actualBytes: 16 + 10)) {
            try Dataset.idx(images: truncated, labels: labels)
        }
        let fewLabels = try Self.write(Self.idxLabels([1, 0]), "few", in: dir)
        #expect(throws: DatasetError.countMismatch(imagesPath: images, imageCount: 3, labelsPath: fewLabels, labelCount: 2)) {
            try Dataset.idx(images: images, labels: fewLabels)
        }
        let outOfRange = try Self.write(Self.idxLabels([1, 12, 0]), "range", in: dir)
        #expect(throws: DatasetError.labelOutOfRange(path: outOfRange, index: 1, label: 12, classCount: 10)) {
            try Dataset.idx(images: images, labels: outOfRange)
        }
        #expect(throws: DatasetError.unreadableFile(path: dir + "/missing", reason: "no such file")) {
            try Dataset.idx(images: dir + "/missing", labels: labels)
        }
        let corrupt = try Self.write([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3], "corrupt.gz", in: dir)
        #expect(throws: DatasetError.self) { try Dataset.idx(images: corrupt, labels: labels) }
        #expect(throws: DatasetError.invalidArgument("asked for 4 objects but \(images) holds 3")) {
            try Dataset.idx(images: images, labels: labels, count: 4)
        }
    }

    @Test func readsCSVAndRefusesBadLines() throws {
        let dir = try Fixture.temporaryDirectory()
        let good = try Self.write(Array("a,b,label\n1.5,2,0\n-1,0.25,2\n".utf8), "good.csv", in: dir)
        let data = try Dataset.csv(path: good)
        #expect(data.count == 2)
        #expect(data.inputSize == 2)
        #expect(data.classCount == 3)
        #expect(data.features == [1.5, 2, -1, 0.25])
        let named = try Dataset.csv(path: good, labelColumn: .named("label"), classes: 5)
        #expect(named.labels == [0, 2])
        #expect(named.classCount == 5)
        #expect(throws: DatasetError.malformedLine(path: good, line: 2, reason: "label \"1.5\" is not a non-negative integer")) {
            try Dataset.csv(path: good, labelColumn: .first)
        }
        let nan = try Self.write(Array("1,nan,0\n2,3,1\n".utf8), "nan.csv", in: dir)
        #expect(throws: DatasetError.nonFiniteFeature(path: nan, row: 0, column: 1)) { try Dataset.csv(path: nan) }
        let inf = try Self.write(Array("1,2,0\n2,inf,1\n".utf8), "inf.csv", in: dir)
        #expect(throws: DatasetError.nonFiniteFeature(path: inf, row: 1, column: 1)) { try Dataset.csv(path: inf) }
        let ragged = try Self.write(Array("1,2,0\n2,1\n".utf8), "ragged.csv", in: dir)
        #expect(throws: DatasetError.malformedLine(path: ragged, line: 2, reason: "2 fields, expected 3")) { try Dataset.csv(path: ragged) }
        let label = try Self.write(Array("1,2,0\n2,1,7\n".utf8), "label.csv", in: dir)
        #expect(throws: DatasetError.labelOutOfRange(path: label, index: 1, label: 7, classCount: 3)) {
            try Dataset.csv(path: label, classes: 3)
        }
    }

    @Test func readsCIFARRecordsAndRefusesTruncatedOnes() throws {
        let dir = try Fixture.temporaryDirectory()
        var record = [UInt8](repeating: 0, count: 3073)
        record[0] = 7
        record[1] = 255
        let file = try Self.write(record + record, "data_batch_1.bin", in: dir)
        let data = try Dataset.cifar(path: dir)
        #expect(data.count == 2)
        #expect(data.labels == [7, 7])
        #expect(data.imageShape == [3, 32, 32])
        #expect(try data[0].features[0] == 1)
        #expect(try data[0].features[1] == -1)
        let truncated = try Self.write(Array(record.prefix(3000)), "short.bin", in: dir)
        #expect(throws: DatasetError.truncatedFile(path: truncated, expectedBytes: 3073, actualBytes: 3000)) {
            try Dataset.cifar(path: truncated)
        }
        var bad = record
        bad[0] = 11
        let badLabel = try Self.write(bad, "bad.bin", in: dir)
        #expect(throws: DatasetError.labelOutOfRange(path: badLabel, index: 0, label: 11, classCount: 10)) {
            try Dataset.cifar(path: badLabel)
        }
        _ = file
    }

    @Test func aSampleGrowsShufflesAndIndexesSafely() throws {
        var data = try Dataset.gaussianMixture(count: 10, inputSize: 3, classes: 2, seed: 5)
        #expect(data == (try Dataset.gaussianMixture(count: 10, inputSize: 3, classes: 2, seed: 5)))
        #expect(throws: DatasetError.indexOutOfRange(index: 10, count: 10)) { try data[10] }
        #expect(throws: DatasetError.indexOutOfRange(index: -1, count: 10)) { try data[-1] }
        try data.add(Example(features: [1, 2, 3], label: 1))
        #expect(data.count == 11)
        #expect(try data[10] == Example(features: [1, 2, 3], label: 1))
        #expect(throws: DatasetError.inputSizeMismatch(expected: 3, found: 2)) { try data.add(Example(features: [1, 2], label: 0)) }
        #expect(throws: DatasetError.self) { try data.add(Example(features: [1, 2, 3], label: 2)) }
        #expect(throws: DatasetError.nonFiniteFeature(path: "added object", row: 11, column: 1)) {
            try data.add(Example(features: [1, .nan, 3], label: 0))
        }
        let copy = data
        try data.add(contentsOf: copy.prefix(4))
        #expect(data.count == 15)
        #expect(data.prefix(3).count == 3)
        #expect(data.prefix(100).count == 15)
        let shuffled = data.shuffled(seed: 3)
        #expect(shuffled.labels.sorted() == data.labels.sorted())
        #expect(shuffled == data.shuffled(seed: 3))
        let subset = try data.randomSubset(count: 5, seed: 1)
        #expect(subset.count == 5)
        #expect(throws: DatasetError.self) { try data.randomSubset(count: 16) }
        #expect(data.classCounts.reduce(0, +) == 15)
    }

    @Test func averagePoolingHalvesEachSide() throws {
        let dir = try Fixture.temporaryDirectory()
        let images = try Self.write(Self.idxImages(count: 2, rows: 4, columns: 2), "images", in: dir)
        let labels = try Self.write(Self.idxLabels([1, 0]), "labels", in: dir)
        let data = try Dataset.idx(images: images, labels: labels)
        let pooled = try data.averagePooled(2)
        #expect(pooled.imageShape == [2, 1])
        #expect(pooled.inputSize == 2)
        let x = data.features
        #expect(abs(pooled.features[0] - (x[0] + x[1] + x[2] + x[3]) / 4) < 1e-15)
        #expect(abs(pooled.features[3] - (x[12] + x[13] + x[14] + x[15]) / 4) < 1e-15)
        #expect(throws: DatasetError.self) { try data.averagePooled(3) }
        #expect(throws: DatasetError.self) { try Fixture.data().averagePooled(2) }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/usr/share/datasets/fashion-mnist/train-labels-idx1-ubyte.gz")))
    func readsFashionMNIST() throws {
        let data = try Dataset.fashionMNIST(count: 100)
        #expect(data.count == 100)
        #expect(data.inputSize == 784)
        #expect(data.classCount == 10)
        #expect(data.features.allSatisfy { $0 >= -1 && $0 <= 1 })
        #expect(data.labels.prefix(5) == [9, 0, 0, 3, 0])
    }
}
