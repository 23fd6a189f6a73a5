import Foundation

/// `Float`: its constants, conversions to and from `Double` and the integers, its members, and
/// `Float` overloads of the math functions (Foundation's own `Float` versions).
enum FloatMembers {
    static func register(in registry: Registry) {
        registry.beginSection("Float",
                              introduction: "A 32-bit floating-point number, computed and printed as Swift's `Float` (`0.1` prints `0.1`, `1.0 / 3.0` prints `0.33333334`). A literal becomes a `Float` where one is expected; a `Double` value needs `Float(x)`, as in Swift.")
        registry.declareType("Float", "struct Float", documentation: "A 32-bit floating-point number.")
        let constants: [(String, String, Float)] = [
            ("pi", "π, rounded to a `Float`.", .pi),
            ("infinity", "Positive infinity.", .infinity),
            ("nan", "A quiet NaN.", .nan),
            ("greatestFiniteMagnitude", "The largest finite `Float`.", .greatestFiniteMagnitude),
            ("leastNormalMagnitude", "The smallest positive normal `Float`.", .leastNormalMagnitude),
            ("ulpOfOne", "The distance from 1.0 to the next larger `Float`.", .ulpOfOne),
        ]
        for (name, documentation, value) in constants {
            registry.add("static var \(name): Float { get }", of: "Float", documentation: documentation) { _, _, _ in .float(value) }
        }
        registry.add("init(_ value: Float)", of: "Float", documentation: "The same number.") { _, arguments, _ in arguments[0] }
        registry.add("init(_ value: Double)", of: "Float", documentation: "The `Double` rounded to the nearest `Float`.") { _, arguments, _ in
            .float(Float(try arguments[0].asDouble()))
        }
        registry.add("init<T: BinaryInteger>(_ value: T)", of: "Float",
                     documentation: "An integer (`Int`, `UInt8` …) rounded to the nearest `Float`.") { _, arguments, _ in
            switch arguments[0] {
            case .int(let value): return .float(Float(value))
            case .integer(let value): return .float(Float(value.doubleValue))
            default: throw LibraryUsageError("expected an integer, got '\(arguments[0].type)'")
            }
        }
        registry.add("init?(_ text: String)", of: "Float", documentation: "The number written in `text`, or nil.") { _, arguments, _ in
            .optional(Float(try arguments[0].asString()).map { .float($0) }, .float)
        }
        registry.add("init(_ value: Float)", of: "Double", documentation: "The `Float` as a `Double` (exactly).") { _, arguments, _ in
            .double(Double(try float(arguments[0])))
        }
        registry.add("init(_ value: Float)", of: "Int",
                     documentation: "The integer part of `value` (rounded towards zero); an error if it is not finite or does not fit.") { _, arguments, _ in
            let value = try float(arguments[0])
            guard value.isFinite else {
                throw CellError(.runtime, "Float value cannot be converted to Int because it is either infinite or NaN", position: nil)
            }
            guard let converted = Int(exactly: value.rounded(.towardZero)) else {
                throw CellError(.runtime, "Float value cannot be converted to Int because the result would be greater than Int.max or less than Int.min",
                                position: nil)
            }
            return .int(converted)
        }
        let properties: [(String, String, @Sendable (Float) -> Value)] = [
            ("isNaN", "True for NaN.", { .bool($0.isNaN) }),
            ("isFinite", "True unless infinite or NaN.", { .bool($0.isFinite) }),
            ("isInfinite", "True for ±infinity.", { .bool($0.isInfinite) }),
            ("magnitude", "The absolute value.", { .float($0.magnitude) }),
        ]
        for (name, documentation, property) in properties {
            let type = name == "magnitude" ? "Float" : "Bool"
            registry.add("var \(name): \(type) { get }", of: "Float", documentation: documentation) { receiver, _, _ in
                property(try float(receiver))
            }
        }
        registry.add("func squareRoot() -> Float", of: "Float", documentation: "The square root.") { receiver, _, _ in
            .float(try float(receiver).squareRoot())
        }
        registry.add("func rounded() -> Float", of: "Float", documentation: "Rounded to the nearest integer value, halfway cases away from zero.") { receiver, _, _ in
            .float(try float(receiver).rounded())
        }
        registry.add("func rounded(_ rule: FloatingPointRoundingRule) -> Float", of: "Float",
                     documentation: "Rounded to an integer value by `rule`.") { receiver, arguments, _ in
            .float(try float(receiver).rounded(try arguments[0].asNative(FloatingPointRoundingRule.self)))
        }
        registry.add("func truncatingRemainder(dividingBy other: Float) -> Float", of: "Float",
                     documentation: "The remainder of dividing by `other`, with the sign of this number.") { receiver, arguments, _ in
            .float(try float(receiver).truncatingRemainder(dividingBy: try float(arguments[0])))
        }
        registry.add("var description: String { get }", of: "Float", documentation: "The shortest text that reads back as the same `Float`.") { receiver, _, _ in
            .string(receiver.description)
        }
        for entry in MathFunctions.unary {
            let function = entry.float
            registry.add("func \(entry.name)(_ x: Float) -> Float", documentation: entry.doc + " (`Float`)") { _, arguments, _ in
                .float(function(try float(arguments[0])))
            }
        }
        registry.add("func pow(_ x: Float, _ y: Float) -> Float", documentation: "`x` raised to the power `y` (`Float`).") { _, arguments, _ in
            .float(Foundation.pow(try float(arguments[0]), try float(arguments[1])))
        }
        registry.add("func abs(_ x: Float) -> Float", documentation: "The magnitude of a `Float`.") { _, arguments, _ in
            .float(Swift.abs(try float(arguments[0])))
        }
    }

    /// The `Float` a value holds (the registry has converted literals already).
    static func float(_ value: Value) throws -> Float {
        if case .float(let number) = value { return number }
        throw LibraryUsageError("expected a value of type 'Float', got '\(value.type)'")
    }
}
