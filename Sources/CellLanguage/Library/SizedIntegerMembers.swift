/// `Int8` … `UInt32`, `Int64` and `UInt`: their bounds, initializers and conversions to and from
/// `Int` and `Double`, for every kind from one description (`SizedInteger.Kind`).
enum SizedIntegerMembers {
    static func register(in registry: Registry) {
        registry.beginSection("Fixed-width integers",
                              introduction: "`Int8`, `Int16`, `Int32`, `Int64`, `UInt8`, `UInt16`, `UInt32` and `UInt`, with Swift's arithmetic: overflow is an error (Swift traps), `&+ &- &*` wrap, and an integer literal takes the type of the other operand or of the annotation. Values of different integer types do not mix without a conversion, as in Swift.")
        for kind in SizedInteger.Kind.allCases {
            let name = kind.rawValue
            let signedness = name.hasPrefix("U") ? "An unsigned" : "A signed"
            let width = name == "UInt" ? "64" : String(name.drop { !$0.isNumber })
            registry.declareType(name, "struct \(name)", documentation: "\(signedness) \(width)-bit integer.")
            registry.add("static var max: \(name) { get }", of: name, documentation: "The largest `\(name)`, \(SizedInteger.max(kind).description).") { _, _, _ in
                .integer(SizedInteger.max(kind))
            }
            registry.add("static var min: \(name) { get }", of: name, documentation: "The smallest `\(name)`, \(SizedInteger.min(kind).description).") { _, _, _ in
                .integer(SizedInteger.min(kind))
            }
            registry.add("static var bitWidth: Int { get }", of: name, documentation: "The number of bits, \(width).") { _, _, _ in
                .int(Int(width) ?? 64)
            }
            registry.add("init<T: BinaryInteger>(_ source: T)", of: name,
                         documentation: "The same integer as a `\(name)`; an error if it does not fit (Swift traps).") { _, arguments, _ in
                try integer(arguments[0], as: kind)
            }
            registry.add("init(_ source: Double)", of: name,
                         documentation: "The integer part of `source` (rounded towards zero); an error if it is not finite or does not fit.") { _, arguments, _ in
                try integer(arguments[0], as: kind)
            }
            registry.add("init<T: BinaryInteger>(truncatingIfNeeded source: T)", of: name,
                         documentation: "The low \(width) bits of `source`, as Swift's two's-complement conversion keeps them.") { _, arguments, _ in
                switch arguments[0] {
                case .int(let value): return .integer(.truncating(value, as: kind))
                case .integer(let value): return .integer(.truncating(Int(truncatingIfNeeded: value.bits), as: kind))
                default: throw LibraryUsageError("expected an integer, got '\(arguments[0].type)'")
                }
            }
            registry.add("init?<T: BinaryInteger>(exactly source: T)", of: name,
                         documentation: "The same integer as a `\(name)`, or nil if it does not fit.") { _, arguments, _ in
                .optional((try? integer(arguments[0], as: kind)), kind.type)
            }
            registry.add("init?(_ text: String)", of: name, documentation: "The integer written in `text`, or nil (also when it does not fit).") { _, arguments, _ in
                let text = try arguments[0].asString()
                let parsed = Int(text).flatMap { SizedInteger.exactly($0, as: kind) }
                    ?? (kind == .uint ? UInt(text).map { SizedInteger($0, kind: kind) } : nil)
                return .optional(parsed.map { .integer($0) }, kind.type)
            }
            registry.add("var description: String { get }", of: name, documentation: "The decimal text of the integer.") { receiver, _, _ in
                .string(receiver.description)
            }
        }
        registry.add("init<T: BinaryInteger>(_ source: T)", of: "Int",
                     documentation: "A fixed-width integer (`UInt8`, `Int32` …) as an `Int`; an error if it does not fit (Swift traps).") { _, arguments, _ in
            switch arguments[0] {
            case .int: return arguments[0]
            case .integer(let value):
                guard let converted = value.intValue else { throw CellError(.runtime, "Not enough bits to represent the passed value", position: nil) }
                return .int(converted)
            default: throw LibraryUsageError("expected an integer, got '\(arguments[0].type)'")
            }
        }
        registry.add("init<T: BinaryInteger>(truncatingIfNeeded source: T)", of: "Int",
                     documentation: "A fixed-width integer's bits, sign- or zero-extended to an `Int`.") { _, arguments, _ in
            switch arguments[0] {
            case .int: return arguments[0]
            case .integer(let value): return .int(Int(truncatingIfNeeded: value.bits))
            default: throw LibraryUsageError("expected an integer, got '\(arguments[0].type)'")
            }
        }
        registry.add("init<T: BinaryInteger>(_ source: T)", of: "Double",
                     documentation: "A fixed-width integer (`UInt8`, `Int32` …) as a `Double`.") { _, arguments, _ in
            switch arguments[0] {
            case .int(let value): return .double(Double(value))
            case .integer(let value): return .double(value.doubleValue)
            default: throw LibraryUsageError("expected an integer, got '\(arguments[0].type)'")
            }
        }
        registry.add("init<T: BinaryInteger>(_ value: T, radix: Int, uppercase: Bool = false)", of: "String",
                     documentation: "The integer's digits in base `radix` (2 to 36), letters lowercase unless `uppercase`.") { _, arguments, _ in
            let radix = try arguments[1].asInt()
            guard (2...36).contains(radix) else { throw CellError(.runtime, "Radix must be between 2 and 36", position: nil) }
            let uppercase = try arguments[2].asBool()
            switch arguments[0] {
            case .int(let value): return .string(String(value, radix: radix, uppercase: uppercase))
            case .integer(let value):
                if let small = value.intValue { return .string(String(small, radix: radix, uppercase: uppercase)) }
                return .string(String(UInt(truncatingIfNeeded: value.bits), radix: radix, uppercase: uppercase))
            default: throw LibraryUsageError("expected an integer, got '\(arguments[0].type)'")
            }
        }
    }

    /// An integer, or a `Double`'s integer part, as `kind` (an error when it does not fit).
    private static func integer(_ source: Value, as kind: SizedInteger.Kind) throws -> Value {
        guard let converted = try SizedInteger.converting(source, to: kind) else {
            throw LibraryUsageError("expected an integer, got '\(source.type)'")
        }
        return .integer(converted)
    }
}
