import Foundation

/// A .npy array of any real or integer element type, read for datasets: features (float64, float32,
/// float16, or integers) and labels (integers, or floats holding whole numbers). Values are widened to
/// Double (exactly: every integer a dataset holds is far below 2⁵³). Problems are returned as reasons,
/// which the dataset loaders turn into errors naming the file.
struct NumPyTensor {
    /// The element kind of the stored array.
    enum Kind: Equatable { case float, signed, unsigned, bool }

    /// The array's shape.
    let shape: [Int]
    /// What the elements were in the file.
    let kind: Kind
    /// The dtype string of the header (e.g. "<f8", "|u1").
    let descr: String
    /// The values in C (row-major) order.
    let values: [Double]

    /// Why bytes are not a readable .npy array.
    struct Problem: Error { let reason: String }

    /// Parses a .npy file's bytes.
    static func decode(_ bytes: [UInt8]) throws -> NumPyTensor {
        func fail(_ reason: String) -> Problem { Problem(reason: reason) }
        guard bytes.count >= 10, bytes[0] == 0x93, Array(bytes[1..<6]) == Array("NUMPY".utf8) else {
            throw fail("not a .npy file (no \\x93NUMPY magic string)")
        }
        let headerLength: Int, headerStart: Int
        switch bytes[6] {
        case 1:
            headerLength = Int(bytes[8]) | Int(bytes[9]) << 8
            headerStart = 10
        case 2, 3:
            guard bytes.count >= 12 else { throw fail("truncated .npy header") }
            headerLength = Int(bytes[8]) | Int(bytes[9]) << 8 | Int(bytes[10]) << 16 | Int(bytes[11]) << 24
            headerStart = 12
        default: throw fail("unknown .npy format version \(bytes[6])")
        }
        guard bytes.count >= headerStart + headerLength else { throw fail("truncated .npy header") }
        guard let header = String(bytes: bytes[headerStart..<(headerStart + headerLength)], encoding: .utf8) else {
            throw fail(".npy header is not text")
        }
        guard let descrText = NumPyArray.field("descr", in: header) else { throw fail(".npy header has no 'descr'") }
        let descr = descrText.trimmingCharacters(in: CharacterSet(charactersIn: "'\" "))
        guard descr.count >= 2, let code = descr.dropFirst().first, let width = Int(descr.dropFirst(2)) else {
            throw fail("dtype '\(descr)' is not a plain number type")
        }
        let order = descr.first ?? "?"
        guard order == "<" || order == "|" || order == "=" else {
            throw fail("dtype '\(descr)' is big-endian or has no byte order; only little-endian arrays are read")
        }
        let kind: Kind
        switch (code, width) {
        case ("f", 2), ("f", 4), ("f", 8): kind = .float
        case ("i", 1), ("i", 2), ("i", 4), ("i", 8): kind = .signed
        case ("u", 1), ("u", 2), ("u", 4), ("u", 8): kind = .unsigned
        case ("b", 1): kind = .bool
        default: throw fail("dtype '\(descr)' is not a real or integer type of 1, 2, 4 or 8 bytes")
        }
        guard let fortranText = NumPyArray.field("fortran_order", in: header) else { throw fail(".npy header has no 'fortran_order'") }
        let fortran = fortranText.trimmingCharacters(in: .whitespaces) == "True"
        guard let shapeText = NumPyArray.field("shape", in: header) else { throw fail(".npy header has no 'shape'") }
        var shape = [Int]()
        for part in shapeText.trimmingCharacters(in: CharacterSet(charactersIn: "() ")).split(separator: ",") {
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
            throw fail("truncated: shape \(shapeText) of '\(descr)' needs \(count * width) data bytes, the file has \(bytes.count - dataStart)")
        }
        var values = [Double](repeating: 0, count: count)
        bytes.withUnsafeBytes { raw in
            let base = dataStart
            for i in 0..<count {
                let offset = base + i * width
                switch (kind, width) {
                case (.float, 8): values[i] = Double(bitPattern: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian)
                case (.float, 4): values[i] = Double(Float(bitPattern: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self).littleEndian))
                case (.float, _): values[i] = Double(Float16Bits.decode(raw.loadUnaligned(fromByteOffset: offset, as: UInt16.self).littleEndian))
                case (.signed, 1): values[i] = Double(raw.loadUnaligned(fromByteOffset: offset, as: Int8.self))
                case (.signed, 2): values[i] = Double(Int16(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: Int16.self)))
                case (.signed, 4): values[i] = Double(Int32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: Int32.self)))
                case (.signed, _): values[i] = Double(Int64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: Int64.self)))
                case (.unsigned, 1), (.bool, _): values[i] = Double(raw.loadUnaligned(fromByteOffset: offset, as: UInt8.self))
                case (.unsigned, 2): values[i] = Double(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt16.self)))
                case (.unsigned, 4): values[i] = Double(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
                case (.unsigned, _): values[i] = Double(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
                }
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
        return NumPyTensor(shape: shape, kind: kind, descr: descr, values: values)
    }
}

/// IEEE half precision to single precision (exact), without relying on a platform Float16 type.
enum Float16Bits {
    static func decode(_ bits: UInt16) -> Float {
        let sign: Float = bits & 0x8000 != 0 ? -1 : 1
        let exponent = Int((bits >> 10) & 0x1f)
        let fraction = Float(bits & 0x3ff)
        switch exponent {
        case 0: return sign * fraction * 0x1p-24
        case 31: return fraction == 0 ? sign * .infinity : .nan
        default: return sign * (1 + fraction / 1024) * Float(sign: .plus, exponent: exponent - 15, significand: 1)
        }
    }
}
