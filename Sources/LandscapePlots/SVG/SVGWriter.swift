/// Accumulates SVG bytes, with escaping, compact numbers and figure-unique ids.
///
/// Ids are written as local names (`c0`, `g1`); `finish()` prefixes every one of them with a prefix
/// derived from an FNV-1a hash of the whole document, so the same figure always gives the same bytes
/// while two different figures on one page never share an id.
struct SVGWriter {
    private(set) var bytes: [UInt8] = []
    /// Byte offsets at which the id prefix is inserted.
    private var idMarks: [Int] = []

    init() { bytes.reserveCapacity(1 << 16) }

    /// Appends markup verbatim (never user text).
    mutating func raw(_ markup: String) { bytes.append(contentsOf: markup.utf8) }

    /// Appends a single ASCII byte.
    mutating func byte(_ value: UInt8) { bytes.append(value) }

    /// Appends a reference to the figure-unique id with the given local name.
    mutating func id(_ local: String) {
        idMarks.append(bytes.count)
        raw(local)
    }

    /// Appends user text escaped for XML character data and attribute values.
    /// Characters XML 1.0 forbids (C0 controls other than tab, newline, return) are dropped.
    mutating func escaped(_ text: String) {
        for unit in text.utf8 {
            switch unit {
            case UInt8(ascii: "&"): raw("&amp;")
            case UInt8(ascii: "<"): raw("&lt;")
            case UInt8(ascii: ">"): raw("&gt;")
            case UInt8(ascii: "\""): raw("&quot;")
            case UInt8(ascii: "'"): raw("&#39;")
            case 0x09, 0x0A, 0x0D: bytes.append(unit)
            case 0x00..<0x20: continue
            default: bytes.append(unit)
            }
        }
    }

    /// Appends a decimal number with at most `decimals` fraction digits (trailing zeros dropped).
    /// Non-finite values are written as 0 and magnitudes are clamped to 10⁷, so output is always valid.
    mutating func number(_ value: Double, decimals: Int = 2) {
        let places = min(max(decimals, 0), 4)
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let clamped = value.isFinite ? min(max(value, -1e7), 1e7) : 0
        let scaled = Int((clamped * Double(scale)).rounded())
        fixed(scaled, scale: scale, places: places, compact: false)
    }

    /// Appends an integer count of tenths (`-34` → `-3.4`); `compact` drops a leading zero (`.5`).
    mutating func tenths(_ value: Int, compact: Bool) {
        fixed(value, scale: 10, places: 1, compact: compact)
    }

    private mutating func fixed(_ scaled: Int, scale: Int, places: Int, compact: Bool) {
        var magnitude = scaled.magnitude
        if scaled < 0 { bytes.append(UInt8(ascii: "-")) }
        let whole = magnitude / UInt(scale)
        magnitude -= whole * UInt(scale)
        if whole != 0 || !compact || magnitude == 0 { unsigned(whole) }
        guard magnitude != 0 else { return }
        bytes.append(UInt8(ascii: "."))
        var divisor = UInt(scale) / 10
        var rest = magnitude
        while rest != 0 && divisor != 0 {
            let digit = rest / divisor
            bytes.append(UInt8(ascii: "0") + UInt8(digit))
            rest -= digit * divisor
            divisor /= 10
        }
    }

    /// Appends a non-negative integer.
    mutating func unsigned(_ value: UInt) {
        if value < 10 { bytes.append(UInt8(ascii: "0") + UInt8(value)); return }
        var digits: [UInt8] = []
        var rest = value
        while rest > 0 { digits.append(UInt8(ascii: "0") + UInt8(rest % 10)); rest /= 10 }
        bytes.append(contentsOf: digits.reversed())
    }

    /// Appends a signed integer.
    mutating func integer(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        unsigned(value.magnitude)
    }

    /// The finished document with every id prefixed by the content-derived figure prefix.
    func finish() -> String {
        let prefix = Array(("lp" + Self.hex(Self.fnv1a(bytes))).utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + idMarks.count * prefix.count)
        var start = 0
        for mark in idMarks {
            output.append(contentsOf: bytes[start..<mark])
            output.append(contentsOf: prefix)
            start = mark
        }
        output.append(contentsOf: bytes[start...])
        return String(decoding: output, as: UTF8.self)
    }

    /// 64-bit FNV-1a over the bytes.
    static func fnv1a(_ data: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The low 48 bits as 12 lowercase hex digits.
    static func hex(_ value: UInt64) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for shift in stride(from: 44, through: 0, by: -4) {
            out.append(digits[Int((value >> UInt64(shift)) & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
