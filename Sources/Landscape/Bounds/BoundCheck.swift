/// One named input of a bound (L, h, M_x, M_W, M, R, M_ℓ, …).
public struct BoundInput: Sendable, Equatable, CustomStringConvertible {
    /// The symbol, as the paper writes it.
    public let name: String
    /// Its value.
    public let value: Double
    public var description: String { "\(name) = \(formatCompact(value))" }
}

/// One bound evaluated on a network: its inputs, its value, the measured quantity it bounds, and
/// whether it holds there.
public struct BoundCheck: Sendable, CustomStringConvertible {
    /// Short name, e.g. "Theorem 1 (as printed)".
    public let name: String
    /// The formula.
    public let statement: String
    /// The inputs the value was computed from.
    public let inputs: [BoundInput]
    /// The bound's value.
    public let value: Double
    /// The measured quantity the bound claims to bound (nil when not measured).
    public let measured: Double?
    /// What `measured` is.
    public let measuredQuantity: String

    /// Whether measured ≤ value (with a 1e-12 relative allowance for rounding); nil when not measured.
    public var holds: Bool? {
        guard let measured else { return nil }
        return measured <= value * (1 + 1e-12) + 1e-300
    }

    /// The input with this name.
    public func input(_ name: String) -> Double? { inputs.first { $0.name == name }?.value }

    public var description: String {
        let verdict: String
        switch holds {
        case .some(true): verdict = "holds"
        case .some(false): verdict = "FAILS"
        case .none: verdict = "not measured"
        }
        let measuredText = measured.map { "\(measuredQuantity) = \(formatCompact($0))" } ?? measuredQuantity
        return "\(name): \(statement) = \(formatCompact(value)) vs \(measuredText) → \(verdict)  [\(inputs.map(\.description).joined(separator: ", "))]"
    }
}
