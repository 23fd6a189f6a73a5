import CZlib
import Foundation

/// Reads whole files, inflating gzip through zlib when the file starts with gzip's magic bytes.
enum FileBytes {
    /// The file's bytes, inflated if it is gzip-compressed.
    static func read(_ path: String) throws -> [UInt8] {
        guard FileManager.default.fileExists(atPath: path) else {
            throw DatasetError.unreadableFile(path: path, reason: "no such file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DatasetError.unreadableFile(path: path, reason: "the file cannot be opened for reading")
        }
        let bytes = [UInt8](data)
        if bytes.count >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b {
            return try inflateGzip(bytes, path: path)
        }
        return bytes
    }

    /// Inflates a gzip stream (possibly several members) with zlib.
    static func inflateGzip(_ compressed: [UInt8], path: String) throws -> [UInt8] {
        var output = [UInt8]()
        output.reserveCapacity(compressed.count * 4)
        var stream = z_stream()
        // 15 window bits + 16: expect a gzip header.
        guard inflateInit2_(&stream, 15 + 16, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw DatasetError.unreadableFile(path: path, reason: "zlib could not start inflating")
        }
        defer { inflateEnd(&stream) }
        guard compressed.count < Int(UInt32.max) else {
            throw DatasetError.unreadableFile(path: path, reason: "gzip files above 4 GiB are not read")
        }
        let chunkSize = 1 << 20
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        var status: Int32 = Z_OK
        try compressed.withUnsafeBufferPointer { input in
            guard let base = input.baseAddress else { return }
            stream.next_in = UnsafeMutablePointer(mutating: base)
            stream.avail_in = UInt32(input.count)
            while true {
                let produced: Int = chunk.withUnsafeMutableBufferPointer { buffer -> Int in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = UInt32(chunkSize)
                    status = inflate(&stream, Z_NO_FLUSH)
                    return chunkSize - Int(stream.avail_out)
                }
                output.append(contentsOf: chunk[0..<produced])
                if status == Z_STREAM_END {
                    if stream.avail_in == 0 { break }
                    // Another gzip member follows.
                    guard inflateReset(&stream) == Z_OK else { break }
                    continue
                }
                if status != Z_OK {
                    throw DatasetError.unreadableFile(path: path, reason: "corrupt gzip data (zlib status \(status))")
                }
                if stream.avail_in == 0 && produced == 0 {
                    throw DatasetError.unreadableFile(path: path, reason: "the gzip stream ends early (truncated file)")
                }
            }
        }
        return output
    }
}
