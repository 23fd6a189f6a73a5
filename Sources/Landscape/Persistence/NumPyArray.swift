import Foundation

/// A NumPy array of doubles as stored in a .npy file (format version 1.0 / 2.0 / 3.0).
struct NumPyArray: Equatable {
    var shape: [Int]
    /// Values in C (row-major) order.
    var values: [Double]

    /// The .npy bytes: version 1.0, little-endian float64, C order, header padded to 64 bytes.
    func encoded() -> [UInt8] {
        let shapeText = shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
        var header = "{'descr': '<f8', 'fortran_order': False, 'shape': \(shapeText), }"
        let unpadded = 10 + header.utf8.count + 1
        header += String(repeating: " ", count: (64 - unpadded % 64) % 64) + "\n"
        var bytes: [UInt8] = [0x93] + Array("NUMPY".utf8) + [1, 0]
        let length = UInt16(header.utf8.count)
        bytes += [UInt8(length & 0xff), UInt8(length >> 8)]
        bytes += Array(header.utf8)
        bytes.reserveCapacity(bytes.count + values.count * 8)
        for value in values {
            let bits = value.bitPattern.littleEndian
            withUnsafeBytes(of: bits) { bytes.append(contentsOf: $0) }
        }
        return bytes
    }

    /// Parses .npy bytes (float64 or float32, little-endian, C or Fortran order).
    static func decode(_ bytes: [UInt8], path: String, name: String) throws -> NumPyArray {
        func fail(_ reason: String) -> WeightFileError { .malformed(path: path, reason: "\(name): \(reason)") }
        guard bytes.count >= 10, bytes[0] == 0x93, Array(bytes[1..<6]) == Array("NUMPY".utf8) else { throw fail("missing the \\x93NUMPY magic string") }
        let major = bytes[6]
        let headerLength: Int, headerStart: Int
        switch major {
        case 1:
            headerLength = Int(bytes[8]) | Int(bytes[9]) << 8
            headerStart = 10
        case 2, 3:
            guard bytes.count >= 12 else { throw fail("truncated header") }
            headerLength = Int(bytes[8]) | Int(bytes[9]) << 8 | Int(bytes[10]) << 16 | Int(bytes[11]) << 24
            headerStart = 12
        default: throw fail("unknown format version \(major)")
        }
        guard bytes.count >= headerStart + headerLength else { throw fail("truncated header") }
        guard let header = String(bytes: bytes[headerStart..<(headerStart + headerLength)], encoding: .utf8) else { throw fail("header is not text") }
        guard let descr = field("descr", in: header) else { throw fail("header has no 'descr'") }
        let descrValue = descr.trimmingCharacters(in: CharacterSet(charactersIn: "'\" "))
        let width: Int
        switch descrValue {
        case "<f8", "f8", "float64": width = 8
        case "<f4", "f4", "float32": width = 4
        default: throw WeightFileError.unsupportedType(path: path, array: name, descr: descrValue)
        }
        guard let fortranText = field("fortran_order", in: header) else { throw fail("header has no 'fortran_order'") }
        let fortran = fortranText.trimmingCharacters(in: .whitespaces) == "True"
        guard let shapeText = field("shape", in: header) else { throw fail("header has no 'shape'") }
        let inner = shapeText.trimmingCharacters(in: CharacterSet(charactersIn: "() "))
        var shape = [Int]()
        for part in inner.split(separator: ",") {
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            guard let dimension = Int(trimmed), dimension >= 0 else { throw fail("bad shape \(shapeText)") }
            shape.append(dimension)
        }
        var count = 1
        for dimension in shape {
            let (product, overflow) = count.multipliedReportingOverflow(by: dimension)
            guard !overflow, product <= 1 << 31 else { throw fail("shape \(shapeText) is too large") }
            count = product
        }
        let dataStart = headerStart + headerLength
        guard bytes.count - dataStart >= count * width else {
            throw fail("data truncated: \(count) values need \(count * width) bytes, \(bytes.count - dataStart) present")
        }
        var values = [Double](repeating: 0, count: count)
        for i in 0..<count {
            let offset = dataStart + i * width
            if width == 8 {
                var bits: UInt64 = 0
                for b in 0..<8 { bits |= UInt64(bytes[offset + b]) << (8 * UInt64(b)) }
                values[i] = Double(bitPattern: bits)
            } else {
                var bits: UInt32 = 0
                for b in 0..<4 { bits |= UInt32(bytes[offset + b]) << (8 * UInt32(b)) }
                values[i] = Double(Float(bitPattern: bits))
            }
        }
        if fortran && shape.count == 2 {
            let rows = shape[0], columns = shape[1]
            var reordered = values
            for r in 0..<rows { for c in 0..<columns { reordered[r * columns + c] = values[c * rows + r] } }
            values = reordered
        } else if fortran && shape.count > 2 {
            throw fail("Fortran-ordered arrays of more than 2 dimensions are not read")
        }
        return NumPyArray(shape: shape, values: values)
    }

    /// The raw text of one key's value in a .npy header dictionary.
    static func field(_ key: String, in header: String) -> String? {
        guard let keyRange = header.range(of: "'\(key)'") ?? header.range(of: "\"\(key)\"") else { return nil }
        let rest = header[keyRange.upperBound...].drop { $0 == " " || $0 == ":" }
        if rest.first == "(" {
            guard let close = rest.firstIndex(of: ")") else { return nil }
            return String(rest[...close])
        }
        let end = rest.firstIndex { $0 == "," || $0 == "}" } ?? rest.endIndex
        return String(rest[..<end])
    }
}
