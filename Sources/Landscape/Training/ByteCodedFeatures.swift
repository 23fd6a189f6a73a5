/// A sample's features as one byte per feature plus a table of at most 256 distinct values, when the
/// features take no more values than that (images of 8-bit pixels: Fashion-MNIST, MNIST, CIFAR).
///
/// Training gathers a mini-batch from random rows every step; from the 8-byte features of a large
/// sample that is a stream of cache misses, from the byte codes (an eighth of the size, which stays in
/// the last-level cache) it is a table lookup. Every gathered value has exactly the bits of the feature
/// it codes, so training is unchanged bit for bit. Immutable after creation, so it may be shared
/// between threads (a sweep codes its sample once for all configurations).
final class ByteCodedFeatures: @unchecked Sendable {
    /// The number of features coded.
    let count: Int
    /// Features per row.
    let width: Int
    /// One code per feature, row-major like `Dataset.features`.
    private let codes: UnsafeMutablePointer<UInt8>
    /// The distinct feature values (by bit pattern), in order of first appearance.
    private let table: UnsafeMutablePointer<Double>

    private init(codes: [UInt8], table: [Double], width: Int) {
        count = codes.count
        self.width = width
        self.codes = UnsafeMutablePointer<UInt8>.allocate(capacity: max(codes.count, 1))
        self.codes.initialize(repeating: 0, count: max(codes.count, 1))
        for (j, code) in codes.enumerated() { self.codes[j] = code }
        self.table = UnsafeMutablePointer<Double>.allocate(capacity: 256)
        self.table.initialize(repeating: 0, count: 256)
        for (j, value) in table.enumerated() { self.table[j] = value }
    }

    deinit {
        codes.deallocate()
        table.deallocate()
    }

    /// The coded form of `features` (rows of `width`), or nil when they take more than 256 distinct bit
    /// patterns (the scan stops at the 257th, so data with many distinct values costs only a short look).
    static func make(_ features: [Double], width: Int) -> ByteCodedFeatures? {
        guard width > 0, features.count % width == 0 else { return nil }
        let slotCount = 1024
        var keys = [UInt64](repeating: 0, count: slotCount)
        var slots = [Int16](repeating: -1, count: slotCount)
        var table = [Double]()
        var codes = [UInt8](repeating: 0, count: features.count)
        var lastBits: UInt64? = nil
        var lastCode: UInt8 = 0
        for j in 0..<features.count {
            let value = features[j]
            let bits = value.bitPattern
            if bits == lastBits {
                codes[j] = lastCode
                continue
            }
            var slot = Int(truncatingIfNeeded: (bits &* 0x9E37_79B9_7F4A_7C15) >> 54) & (slotCount - 1)
            while true {
                if slots[slot] < 0 {
                    guard table.count < 256 else { return nil }
                    slots[slot] = Int16(table.count)
                    keys[slot] = bits
                    table.append(value)
                    break
                }
                if keys[slot] == bits { break }
                slot = (slot + 1) & (slotCount - 1)
            }
            lastBits = bits
            lastCode = UInt8(truncatingIfNeeded: slots[slot])
            codes[j] = lastCode
        }
        return ByteCodedFeatures(codes: codes, table: table, width: width)
    }

    /// Whether coding pays for a training run: a sample too large for the caches, visited more than once.
    static func worthCoding(featureCount: Int, epochs: Int) -> Bool {
        epochs >= 2 && featureCount >= 1 << 20
    }

    /// Writes the features of row `row` (0 ≤ row < count / width) to `target`.
    @inline(__always)
    func gather(row: Int, into target: UnsafeMutablePointer<Double>) {
        let source = codes + row * width
        for c in 0..<width { target[c] = table[Int(source[c])] }
    }
}
