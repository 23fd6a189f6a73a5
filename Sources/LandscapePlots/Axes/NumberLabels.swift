import Foundation

/// Formats tick values: fixed decimals, `10ⁿ` powers and `m×10ⁿ` for very large or small values,
/// with a true minus sign.
enum NumberLabels {
    /// `value` with exactly `decimals` fraction digits (0 for none); `-0` is written `0`.
    static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "−∞") }
        let places = min(max(decimals, 0), 12)
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e15 else { return scientific(value, significant: 3) }
        let integer = UInt64(scaled)
        var digits = String(integer)
        if places > 0 {
            if digits.count <= places { digits = String(repeating: "0", count: places - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -places))
        }
        return (value < 0 && integer != 0 ? "−" : "") + digits
    }

    /// `10ⁿ` for an integer exponent.
    static func power(_ exponent: Int) -> String {
        "10" + (UnicodeScripts.superscript(String(exponent)) ?? String(exponent))
    }

    /// `m×10ⁿ` with up to `significant` digits in the mantissa (trailing zeros dropped).
    static func scientific(_ value: Double, significant: Int) -> String {
        guard value.isFinite else { return fixed(value, decimals: 0) }
        if value == 0 { return "0" }
        var exponent = Int(Foundation.floor(Foundation.log10(abs(value))))
        var mantissa = value / Foundation.pow(10, Double(exponent))
        let digits = max(significant - 1, 0)
        var text = trimmed(fixed(mantissa, decimals: digits))
        if text == "10" || text == "−10" { exponent += 1; mantissa /= 10; text = trimmed(fixed(mantissa, decimals: digits)) }
        if text == "1" { return power(exponent) }
        if text == "−1" { return "−" + power(exponent) }
        return text + "×" + power(exponent)
    }

    /// Drops trailing fraction zeros and a dangling point.
    static func trimmed(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var out = text
        while out.hasSuffix("0") { out.removeLast() }
        if out.hasSuffix(".") { out.removeLast() }
        return out
    }

    /// A short general-purpose label (for colour bars and symlog ticks).
    static func general(_ value: Double) -> String {
        guard value.isFinite else { return fixed(value, decimals: 0) }
        let magnitude = abs(value)
        if magnitude == 0 { return "0" }
        if magnitude >= 1e5 || magnitude < 1e-3 { return scientific(value, significant: 3) }
        let decimals = max(0, 3 - Int(Foundation.floor(Foundation.log10(magnitude))) - 1)
        return trimmed(fixed(value, decimals: min(decimals, 6)))
    }
}
