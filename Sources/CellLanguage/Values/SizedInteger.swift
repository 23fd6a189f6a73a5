/// A value of one of Swift's fixed-width integer types other than `Int` (`UInt8`, `Int32` …): which
/// type it is and its bits. Arithmetic runs on the Swift type itself (`FixedWidthInteger`), so
/// overflow, wrapping (`&+`), shifts and printing are Swift's own.
public struct SizedInteger: Hashable, Sendable {
    /// The integer types a cell can name besides `Int` (`UInt64` stays the library's seed type).
    public enum Kind: String, CaseIterable, Sendable {
        case int8 = "Int8", int16 = "Int16", int32 = "Int32", int64 = "Int64"
        case uint8 = "UInt8", uint16 = "UInt16", uint32 = "UInt32", uint = "UInt"

        public var type: TypeRef { .named(rawValue) }

        /// The kind named `name`, if it is one.
        public init?(typeName name: String) { self.init(rawValue: name) }

        /// The kind a contextual type asks an integer literal to be (`UInt8` or `UInt8?`), if any.
        @inline(__always)
        static func expected(by type: TypeRef?) -> Kind? {
            guard let type, type != .int, type != .double else { return nil }
            if case .named(let name) = type.optionalWrapped ?? type { return Kind(typeName: name) }
            return nil
        }

        /// Runs `visitor` on the Swift type this kind stands for.
        func accept<Visitor: IntegerTypeVisitor>(_ visitor: Visitor) throws -> Visitor.Result {
            switch self {
            case .int8: return try visitor.visit(Int8.self, kind: self)
            case .int16: return try visitor.visit(Int16.self, kind: self)
            case .int32: return try visitor.visit(Int32.self, kind: self)
            case .int64: return try visitor.visit(Int64.self, kind: self)
            case .uint8: return try visitor.visit(UInt8.self, kind: self)
            case .uint16: return try visitor.visit(UInt16.self, kind: self)
            case .uint32: return try visitor.visit(UInt32.self, kind: self)
            case .uint: return try visitor.visit(UInt.self, kind: self)
            }
        }
    }

    public let kind: Kind
    /// The value's two's-complement bits, sign-extended or zero-extended to 64.
    let bits: UInt64

    init<T: FixedWidthInteger>(_ value: T, kind: Kind) {
        self.kind = kind
        self.bits = UInt64(truncatingIfNeeded: value)
    }

    /// The value as the Swift type `T` (the one `kind` stands for).
    func value<T: FixedWidthInteger>(as type: T.Type) -> T { T(truncatingIfNeeded: bits) }

    /// `kind`'s value of the integer `source`, or nil when it does not fit (Swift's
    /// `init(exactly:)`).
    static func exactly(_ source: Int, as kind: Kind) -> SizedInteger? {
        try? kind.accept(Exact(source: source))
    }

    /// `kind`'s value of `source`'s low bits (Swift's `init(truncatingIfNeeded:)`).
    static func truncating(_ source: Int, as kind: Kind) -> SizedInteger {
        (try? kind.accept(Truncating(source: source))) ?? SizedInteger(UInt64(truncatingIfNeeded: source), kind: kind)
    }

    /// The value as an `Int`, or nil when it does not fit (a `UInt` above `Int.max`).
    var intValue: Int? { try? kind.accept(AsInt(integer: self)) }

    var doubleValue: Double { (try? kind.accept(AsDouble(integer: self))) ?? 0 }

    public var description: String { (try? kind.accept(Describe(integer: self))) ?? "" }

    static func min(_ kind: Kind) -> SizedInteger { (try? kind.accept(Bound(isMax: false))) ?? SizedInteger(0, kind: kind) }
    static func max(_ kind: Kind) -> SizedInteger { (try? kind.accept(Bound(isMax: true))) ?? SizedInteger(0, kind: kind) }

    static func less(_ a: SizedInteger, _ b: SizedInteger) -> Bool {
        (try? a.kind.accept(Compare(a: a, b: b))) ?? false
    }

    /// `a op b` for two values of one kind (shifts also take an `Int` count): Swift's operators,
    /// overflow reported as the error Swift's trap is.
    static func apply(_ op: String, _ a: SizedInteger, _ b: Value) throws -> Value? {
        try a.kind.accept(Binary(op: op, a: a, b: b))
    }

    static func prefix(_ op: String, _ a: SizedInteger) throws -> Value? {
        try a.kind.accept(Prefix(op: op, a: a))
    }

    /// The integer `value` holds (`Int` or a sized integer) as `kind`, trapping as Swift's
    /// `init(_:)` does when it does not fit.
    static func converting(_ value: Value, to kind: Kind) throws -> SizedInteger? {
        let result: SizedInteger?
        switch value {
        case .int(let integer): result = exactly(integer, as: kind)
        case .integer(let integer):
            if integer.kind == kind { return integer }
            result = try kind.accept(ExactFromSized(source: integer))
        case .double(let number):
            guard number.isFinite else {
                throw CellError(.runtime, "Double value cannot be converted to \(kind.rawValue) because it is either infinite or NaN",
                                position: nil)
            }
            result = try kind.accept(FromDouble(source: number))
            if result == nil {
                throw CellError(.runtime, "Double value cannot be converted to \(kind.rawValue) because the result would be greater than \(kind.rawValue).max or less than \(kind.rawValue).min",
                                position: nil)
            }
        default:
            return nil
        }
        guard let result else { throw CellError(.runtime, "Not enough bits to represent the passed value", position: nil) }
        return result
    }
}

/// An operation written once for every fixed-width integer type (`SizedInteger.Kind.accept`).
protocol IntegerTypeVisitor {
    associatedtype Result
    func visit<T: FixedWidthInteger>(_ type: T.Type, kind: SizedInteger.Kind) throws -> Result
}

private struct Exact: IntegerTypeVisitor {
    let source: Int
    func visit<T: FixedWidthInteger>(_ type: T.Type, kind: SizedInteger.Kind) -> SizedInteger? {
        T(exactly: source).map { SizedInteger($0, kind: kind) }
    }
}

private struct ExactFromSized: IntegerTypeVisitor {
    let source: SizedInteger
    func visit<T: FixedWidthInteger>(_ type: T.Type, kind: SizedInteger.Kind) throws -> SizedInteger? {
        try source.kind.accept(FromSource<T>(source: source, kind: kind))
    }

    /// Visited with the source's own type: the source's value read as that type, then converted to `Target`.
    private struct FromSource<Target: FixedWidthInteger>: IntegerTypeVisitor {
        let source: SizedInteger
        let kind: SizedInteger.Kind
        func visit<S: FixedWidthInteger>(_ type: S.Type, kind sourceKind: SizedInteger.Kind) -> SizedInteger? {
            Target(exactly: source.value(as: S.self)).map { SizedInteger($0, kind: kind) }
        }
    }
}

private struct Truncating: IntegerTypeVisitor {
    let source: Int
    func visit<T: FixedWidthInteger>(_ type: T.Type, kind: SizedInteger.Kind) -> SizedInteger {
        SizedInteger(T(truncatingIfNeeded: source), kind: kind)
    }
}

private struct FromDouble: IntegerTypeVisitor {
    let source: Double
    func visit<T: FixedWidthInteger>(_ type: T.Type, kind: SizedInteger.Kind) -> SizedInteger? {
        T(exactly: source.rounded(.towardZero)).map { SizedInteger($0, kind: kind) }
    }
}

private struct AsInt: IntegerTypeVisitor {
    let integer: SizedInteger
    func visit<T: FixedWidthInteger>(_ type: T.Type, kind: SizedInteger.Kind) -> Int? { Int(exactly: integer.value(as: T.self)) }
}

private struct AsDouble: IntegerTypeVisitor {
    let integer: SizedInteger
    func visit<T: FixedWidthInteger>(_ type: T.Type, kind: SizedInteger.Kind) -> Double { Double(integer.value(as: T.self)) }
}

private struct Describe: IntegerTypeVisitor {
    let integer: SizedInteger
    func visit<T: FixedWidthInteger>(_ type: T.Type, kind: SizedInteger.Kind) -> String { String(integer.value(as: T.self)) }
}

private struct Bound: IntegerTypeVisitor {
    let isMax: Bool
    func visit<T: FixedWidthInteger>(_ type: T.Type, kind: SizedInteger.Kind) -> SizedInteger {
        SizedInteger(isMax ? T.max : T.min, kind: kind)
    }
}

private struct Compare: IntegerTypeVisitor {
    let a: SizedInteger, b: SizedInteger
    func visit<T: FixedWidthInteger>(_ type: T.Type, kind: SizedInteger.Kind) -> Bool { a.value(as: T.self) < b.value(as: T.self) }
}

private struct Binary: IntegerTypeVisitor {
    let op: String
    let a: SizedInteger
    let b: Value

    func visit<T: FixedWidthInteger>(_ type: T.Type, kind: SizedInteger.Kind) throws -> Value? {
        let x = a.value(as: T.self)
        if op == "<<" || op == ">>" {
            // Swift's smart shifts: the count may be any integer type; overshifting gives 0 (or -1).
            let count: Int
            switch b {
            case .int(let value): count = value
            case .integer(let value): guard let value = value.intValue else { return nil }; count = value
            default: return nil
            }
            return .integer(SizedInteger(op == "<<" ? x << count : x >> count, kind: kind))
        }
        guard case .integer(let other) = b, other.kind == kind else { return nil }
        let y = other.value(as: T.self)
        func checked(_ result: (partialValue: T, overflow: Bool)) throws -> Value {
            if result.overflow {
                throw CellError(.runtime, "arithmetic overflow: \(x) \(op) \(y) is outside the range of \(kind.rawValue) (Swift traps here)",
                                position: nil)
            }
            return .integer(SizedInteger(result.partialValue, kind: kind))
        }
        switch op {
        case "+": return try checked(x.addingReportingOverflow(y))
        case "-": return try checked(x.subtractingReportingOverflow(y))
        case "*": return try checked(x.multipliedReportingOverflow(by: y))
        case "/":
            if y == 0 { throw CellError(.runtime, "Division by zero", position: nil) }
            return try checked(x.dividedReportingOverflow(by: y))
        case "%":
            if y == 0 { throw CellError(.runtime, "Division by zero in remainder operation", position: nil) }
            return try checked(x.remainderReportingOverflow(dividingBy: y))
        case "&+": return .integer(SizedInteger(x &+ y, kind: kind))
        case "&-": return .integer(SizedInteger(x &- y, kind: kind))
        case "&*": return .integer(SizedInteger(x &* y, kind: kind))
        case "&": return .integer(SizedInteger(x & y, kind: kind))
        case "|": return .integer(SizedInteger(x | y, kind: kind))
        case "^": return .integer(SizedInteger(x ^ y, kind: kind))
        default: return Operators.comparison(op, x, y)
        }
    }
}

private struct Prefix: IntegerTypeVisitor {
    let op: String
    let a: SizedInteger
    func visit<T: FixedWidthInteger>(_ type: T.Type, kind: SizedInteger.Kind) throws -> Value? {
        let x = a.value(as: T.self)
        switch op {
        case "~": return .integer(SizedInteger(~x, kind: kind))
        case "+": return .integer(a)
        case "-":
            guard T.isSigned else { return nil }
            let (result, overflow) = T.zero.subtractingReportingOverflow(x)
            if overflow {
                throw CellError(.runtime, "arithmetic overflow: -(\(x)) is outside the range of \(kind.rawValue) (Swift traps here)",
                                position: nil)
            }
            return .integer(SizedInteger(result, kind: kind))
        default: return nil
        }
    }
}
