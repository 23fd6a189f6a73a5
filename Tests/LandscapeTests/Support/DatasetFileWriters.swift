import Foundation
@testable import Landscape

/// Writers of small dataset files in the real formats, for the loaders' tests.
enum DatasetFiles {
    static func write(_ bytes: [UInt8], to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    static func le32(_ v: Int) -> [UInt8] { (0..<4).map { UInt8((v >> (8 * $0)) & 0xff) } }

    /// Deterministic pixel bytes of object `i`.
    static func pixels(_ i: Int, count: Int = 3072) -> [UInt8] { (0..<count).map { UInt8((i * 31 + $0 * 7) % 256) } }

    /// CIFAR binary records: label byte(s) then 3,072 pixels each.
    static func cifarBinary(labels: [[UInt8]]) -> [UInt8] {
        labels.enumerated().flatMap { i, label in label + pixels(i) }
    }

    /// A pickle as Python 2's cPickle (protocol 2) writes CIFAR's batches: a dict with `data` (a uint8
    /// numpy array of shape (n, 3072) through numpy.core.multiarray._reconstruct), the label lists under
    /// `labelKeys`, `batch_label` and `filenames`; the opcodes and their order as in cifar-10-batches-py.
    static func cifarPickle(labelKeys: [(String, [Int])], count: Int, dataBytes: [UInt8]? = nil, dtype: String = "u1",
                            columns: Int = 3072) -> [UInt8] {
        var out: [UInt8] = [0x80, 0x02, 0x7d, 0x71, 0x01, 0x28]
        var memo: UInt8 = 2
        func put() { out += [0x71, memo]; memo &+= 1 }
        func short(_ s: String) { let b = Array(s.utf8); out += [0x55, UInt8(b.count)] + b; put() }
        func int(_ v: Int) {
            if v < 256 { out += [0x4b, UInt8(v)] } else if v < 65536 { out += [0x4d, UInt8(v & 255), UInt8(v >> 8)] } else { out += [0x4a] + le32(v) }
        }
        short("data")
        out += Array("cnumpy.core.multiarray\n_reconstruct\n".utf8); put()
        out += Array("cnumpy\nndarray\n".utf8); put()
        out += [0x4b, 0x00, 0x85, 0x55, 0x01, 0x62, 0x87, 0x52]; put()
        out += [0x28, 0x4b, 0x01]
        int(count); int(columns); out += [0x86]
        out += Array("cnumpy\ndtype\n".utf8); put()
        out += [0x55, UInt8(dtype.utf8.count)] + Array(dtype.utf8) + [0x4b, 0x00, 0x4b, 0x01, 0x87, 0x52]; put()
        out += [0x28, 0x4b, 0x03, 0x55, 0x01, 0x7c, 0x4e, 0x4e, 0x4e, 0x4a, 0xff, 0xff, 0xff, 0xff, 0x4a, 0xff, 0xff, 0xff, 0xff, 0x4b, 0x00, 0x74, 0x62]
        let data = dataBytes ?? (0..<count).flatMap { pixels($0, count: columns) }
        out += [0x89, 0x54] + le32(data.count) + data
        out += [0x74, 0x62]; put()
        for (key, labels) in labelKeys {
            short(key)
            out += [0x5d]; put()
            out += [0x28]
            for label in labels { int(label) }
            out += [0x65]
        }
        short("batch_label"); short("training batch 1 of 5")
        short("filenames"); out += [0x5d]; put(); out += [0x28]
        for i in 0..<count { short("image_\(i).png") }
        out += [0x65, 0x75, 0x2e]
        return out
    }

    /// A .npy file of any dtype from its raw element bytes.
    static func npy(descr: String, shape: [Int], elements: [UInt8], fortran: Bool = false) -> [UInt8] {
        let shapeText = shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
        var header = "{'descr': '\(descr)', 'fortran_order': \(fortran ? "True" : "False"), 'shape': \(shapeText), }"
        header += String(repeating: " ", count: (64 - (10 + header.utf8.count + 1) % 64) % 64) + "\n"
        let length = header.utf8.count
        return [0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(length & 0xff), UInt8(length >> 8)] + Array(header.utf8) + elements
    }

    static func float64(_ values: [Double]) -> [UInt8] {
        values.flatMap { v in (0..<8).map { UInt8((v.bitPattern >> (8 * UInt64($0))) & 0xff) } }
    }

    static func int64(_ values: [Int]) -> [UInt8] {
        values.flatMap { v in (0..<8).map { UInt8((UInt64(bitPattern: Int64(v)) >> (8 * UInt64($0))) & 0xff) } }
    }
}
