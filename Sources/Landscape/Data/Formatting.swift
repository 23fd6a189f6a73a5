import Foundation

/// A short human-readable rendering of a double: 4 significant digits, scientific when far from 1.
func formatCompact(_ value: Double) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value > 0 ? "inf" : "-inf" }
    if value == 0 { return "0" }
    let magnitude = abs(value)
    if magnitude >= 1e-3 && magnitude < 1e5 { return String(format: "%.4g", value) }
    return String(format: "%.3e", value)
}
