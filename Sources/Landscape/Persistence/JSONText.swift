import Foundation

/// A parsed JSON value (with Python's NaN, Infinity and -Infinity, which its json module writes).
indirect enum JSONValue: Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.number(x), .number(y)): return x == y || (x.isNaN && y.isNaN)
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)): return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    /// The value under `key` of an object.
    subscript(key: String) -> JSONValue? {
        if case let .object(items) = self { return items.first { $0.key == key }?.value }
        return nil
    }
}

/// A strict JSON parser over bytes: every problem is a reason with the byte offset, never a crash.
struct JSONParser {
    struct Problem: Error { let reason: String }

    private let bytes: [UInt8]
    private var position = 0
    private var depth = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The one value the text holds.
    static func parse(_ bytes: [UInt8]) throws -> JSONValue {
        var parser = JSONParser(bytes)
        let value = try parser.value()
        parser.skipSpace()
        guard parser.position == bytes.count else { throw parser.problem("text after the JSON value") }
        return value
    }

    private func problem(_ reason: String) -> Problem { Problem(reason: "\(reason) at byte \(position)") }

    private mutating func skipSpace() {
        while position < bytes.count, [0x20, 0x0a, 0x0d, 0x09].contains(bytes[position]) { position += 1 }
    }

    private mutating func literal(_ text: String) -> Bool {
        let expected = Array(text.utf8)
        guard position + expected.count <= bytes.count, Array(bytes[position..<(position + expected.count)]) == expected else { return false }
        position += expected.count
        return true
    }

    private mutating func value() throws -> JSONValue {
        skipSpace()
        guard position < bytes.count else { throw problem("the text ends where a value was expected") }
        switch bytes[position] {
        case UInt8(ascii: "{"):
            depth += 1
            defer { depth -= 1 }
            guard depth <= 64 else { throw problem("nesting deeper than 64") }
            position += 1
            var items = [(key: String, value: JSONValue)]()
            skipSpace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "}") { position += 1; return .object(items) }
            while true {
                skipSpace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw problem("an object key that is not a string") }
                let key = try string()
                skipSpace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw problem("a missing ':'") }
                position += 1
                items.append((key, try value()))
                skipSpace()
                guard position < bytes.count else { throw problem("an unterminated object") }
                if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
                if bytes[position] == UInt8(ascii: "}") { position += 1; return .object(items) }
                throw problem("a missing ',' or '}'")
            }
        case UInt8(ascii: "["):
            depth += 1
            defer { depth -= 1 }
            guard depth <= 64 else { throw problem("nesting deeper than 64") }
            position += 1
            var items = [JSONValue]()
            skipSpace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "]") { position += 1; return .array(items) }
            while true {
                items.append(try value())
                skipSpace()
                guard position < bytes.count else { throw problem("an unterminated array") }
                if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
                if bytes[position] == UInt8(ascii: "]") { position += 1; return .array(items) }
                throw problem("a missing ',' or ']'")
            }
        case UInt8(ascii: "\""):
            return .string(try string())
        default:
            if literal("true") { return .bool(true) }
            if literal("false") { return .bool(false) }
            if literal("null") { return .null }
            if literal("NaN") { return .number(.nan) }
            if literal("Infinity") { return .number(.infinity) }
            if literal("-Infinity") { return .number(-.infinity) }
            return .number(try number())
        }
    }

    private mutating func number() throws -> Double {
        let start = position
        while position < bytes.count, let c = Optional(bytes[position]),
              (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == UInt8(ascii: "-") || c == UInt8(ascii: "+")
                || c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
            position += 1
        }
        guard position > start, position - start <= 64,
              let value = Double(String(decoding: bytes[start..<position], as: UTF8.self)) else {
            position = start
            throw problem("not a JSON value")
        }
        return value
    }

    private mutating func string() throws -> String {
        position += 1
        var scalars = [UInt8]()
        while position < bytes.count {
            let c = bytes[position]
            position += 1
            if c == UInt8(ascii: "\"") { return String(decoding: scalars, as: UTF8.self) }
            if c == UInt8(ascii: "\\") {
                guard position < bytes.count else { break }
                let e = bytes[position]
                position += 1
                switch e {
                case UInt8(ascii: "n"): scalars.append(0x0a)
                case UInt8(ascii: "t"): scalars.append(0x09)
                case UInt8(ascii: "r"): scalars.append(0x0d)
                case UInt8(ascii: "b"): scalars.append(0x08)
                case UInt8(ascii: "f"): scalars.append(0x0c)
                case UInt8(ascii: "u"):
                    guard position + 4 <= bytes.count, let code = UInt32(String(decoding: bytes[position..<(position + 4)], as: UTF8.self), radix: 16) else {
                        throw problem("a bad \\u escape")
                    }
                    position += 4
                    scalars.append(contentsOf: Array(String(Unicode.Scalar(code).map(Character.init) ?? "\u{FFFD}").utf8))
                default: scalars.append(e)
                }
            } else {
                scalars.append(c)
            }
        }
        throw problem("an unterminated string")
    }
}

/// JSON text as Python's `json.dump(…, indent=4)` writes it, floats in Python's repr (shortest digits
/// that read back to the same double, always with a '.' or an exponent; NaN and Infinity as Python).
enum PythonJSON {
    /// Python's repr of a float.
    static func float(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "Infinity" : "-Infinity" }
        var text = "\(value)"
        if let e = text.firstIndex(of: "e") {
            // Swift writes 1e-05 and 1e+16 as Python does; only its switch to exponents differs near 2⁵³.
            let mantissa = text[..<e], exponent = Int(text[text.index(after: e)...]) ?? 0
            if exponent >= 0 && exponent < 16 {
                text = Decimal(string: text).map { "\($0)" + ".0" } ?? text
            } else {
                text = String(mantissa) + "e" + (exponent < 0 ? "-" : "+") + (abs(exponent) < 10 ? "0" : "") + String(abs(exponent))
            }
        }
        return text
    }
}
