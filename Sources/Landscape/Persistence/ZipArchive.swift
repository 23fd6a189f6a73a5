import CZlib

/// The ZIP container of .npz files: written uncompressed ("stored"), read stored or deflated
/// (inflated by zlib), including NumPy's zip64 size fields.
enum ZipArchive {
    /// A ZIP archive holding `entries` (name, bytes) uncompressed; CRC-32 by zlib.
    static func stored(_ entries: [(name: String, bytes: [UInt8])], path: String) throws -> [UInt8] {
        guard entries.count < Int(UInt16.max) else {
            throw WeightFileError.unwritable(path: path, reason: "more than 65,534 arrays do not fit a ZIP archive")
        }
        var output = [UInt8]()
        var central = [UInt8]()
        for entry in entries {
            guard entry.bytes.count < Int(UInt32.max), output.count < Int(UInt32.max) else {
                throw WeightFileError.unwritable(path: path, reason: "arrays above 4 GiB are not written")
            }
            let name = Array(entry.name.utf8)
            let crc = entry.bytes.withUnsafeBufferPointer { buffer -> UInt32 in
                UInt32(crc32(0, buffer.baseAddress, UInt32(buffer.count)))
            }
            let offset = UInt32(output.count)
            let size = UInt32(entry.bytes.count)
            output += le32(0x0403_4b50) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0x21)
            output += le32(crc) + le32(size) + le32(size) + le16(UInt16(name.count)) + le16(0) + name
            output += entry.bytes
            central += le32(0x0201_4b50) + le16(20) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0x21)
            central += le32(crc) + le32(size) + le32(size) + le16(UInt16(name.count)) + le16(0) + le16(0)
            central += le16(0) + le16(0) + le32(0) + le32(offset) + name
        }
        let centralOffset = UInt32(output.count)
        output += central
        output += le32(0x0605_4b50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
        output += le32(UInt32(central.count)) + le32(centralOffset) + le16(0)
        return output
    }

    /// Every entry of a ZIP archive, by the central directory.
    static func entries(of bytes: [UInt8], path: String) throws -> [(name: String, bytes: [UInt8])] {
        func fail(_ reason: String) -> WeightFileError { .malformed(path: path, reason: reason) }
        guard bytes.count >= 22 else { throw fail("too short for a ZIP archive") }
        var end = -1
        var i = bytes.count - 22
        while i >= max(0, bytes.count - 22 - 65_535) {
            if u32(bytes, i) == 0x0605_4b50 { end = i; break }
            i -= 1
        }
        guard end >= 0 else { throw fail("no ZIP end-of-central-directory record") }
        let count = Int(u16(bytes, end + 10))
        var cursor = Int(u32(bytes, end + 16))
        var result = [(name: String, bytes: [UInt8])]()
        for _ in 0..<count {
            guard cursor + 46 <= bytes.count, u32(bytes, cursor) == 0x0201_4b50 else { throw fail("corrupt central directory") }
            let method = u16(bytes, cursor + 10)
            let expectedCRC = u32(bytes, cursor + 16)
            var compressedSize = UInt64(u32(bytes, cursor + 20))
            var size = UInt64(u32(bytes, cursor + 24))
            let nameLength = Int(u16(bytes, cursor + 28))
            let extraLength = Int(u16(bytes, cursor + 30))
            let commentLength = Int(u16(bytes, cursor + 32))
            var localOffset = UInt64(u32(bytes, cursor + 42))
            guard cursor + 46 + nameLength + extraLength <= bytes.count else { throw fail("corrupt central directory") }
            let name = String(decoding: bytes[(cursor + 46)..<(cursor + 46 + nameLength)], as: UTF8.self)
            // Zip64 extra field: the 64-bit values of whichever fields are 0xFFFFFFFF, in order.
            var extra = cursor + 46 + nameLength
            let extraEnd = extra + extraLength
            while extra + 4 <= extraEnd {
                let id = u16(bytes, extra), length = Int(u16(bytes, extra + 2))
                if id == 0x0001 {
                    var field = extra + 4
                    if size == 0xFFFF_FFFF, field + 8 <= extraEnd { size = u64(bytes, field); field += 8 }
                    if compressedSize == 0xFFFF_FFFF, field + 8 <= extraEnd { compressedSize = u64(bytes, field); field += 8 }
                    if localOffset == 0xFFFF_FFFF, field + 8 <= extraEnd { localOffset = u64(bytes, field) }
                }
                extra += 4 + length
            }
            guard localOffset + 30 <= UInt64(bytes.count), u32(bytes, Int(localOffset)) == 0x0403_4b50 else {
                throw fail("entry \(name): bad local header")
            }
            let local = Int(localOffset)
            let dataStart = local + 30 + Int(u16(bytes, local + 26)) + Int(u16(bytes, local + 28))
            guard compressedSize <= UInt64(bytes.count), dataStart + Int(compressedSize) <= bytes.count else {
                throw fail("entry \(name) is truncated")
            }
            let data = Array(bytes[dataStart..<(dataStart + Int(compressedSize))])
            let content: [UInt8]
            switch method {
            case 0: content = data
            case 8: content = try inflateRaw(data, expectedSize: Int(min(size, 1 << 34)), path: path, name: name)
            default: throw fail("entry \(name) uses compression method \(method); only stored and deflate are read")
            }
            let crc = content.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, UInt32($0.count))) }
            guard crc == expectedCRC else { throw fail("entry \(name) fails its CRC-32 check") }
            result.append((name, content))
            cursor += 46 + nameLength + extraLength + commentLength
        }
        return result
    }

    /// Inflates a raw deflate stream with zlib.
    static func inflateRaw(_ data: [UInt8], expectedSize: Int, path: String, name: String) throws -> [UInt8] {
        guard expectedSize < Int(UInt32.max), data.count < Int(UInt32.max) else {
            throw WeightFileError.malformed(path: path, reason: "entry \(name) is larger than 4 GiB")
        }
        var output = [UInt8](repeating: 0, count: max(expectedSize, 1))
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw WeightFileError.malformed(path: path, reason: "zlib could not start inflating \(name)")
        }
        defer { inflateEnd(&stream) }
        var mutableInput = data
        let status: Int32 = mutableInput.withUnsafeMutableBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                stream.next_in = input.baseAddress
                stream.avail_in = UInt32(input.count)
                stream.next_out = out.baseAddress
                stream.avail_out = UInt32(out.count)
                return inflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END, Int(stream.total_out) == expectedSize else {
            throw WeightFileError.malformed(path: path, reason: "entry \(name): corrupt deflate data (zlib status \(status))")
        }
        return Array(output.prefix(expectedSize))
    }

    private static func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xff), UInt8(v >> 8)] }
    private static func le32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8((v >> (8 * $0)) & 0xff) } }
    private static func u16(_ b: [UInt8], _ i: Int) -> UInt16 { UInt16(b[i]) | UInt16(b[i + 1]) << 8 }
    private static func u32(_ b: [UInt8], _ i: Int) -> UInt32 { (0..<4).reduce(0) { $0 | UInt32(b[i + $1]) << (8 * UInt32($1)) } }
    private static func u64(_ b: [UInt8], _ i: Int) -> UInt64 { (0..<8).reduce(0) { $0 | UInt64(b[i + $1]) << (8 * UInt64($1)) } }
}
