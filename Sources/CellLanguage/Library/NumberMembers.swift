import Foundation

/// `Int`, `Double` and `Bool`: initializers, static constants and members.
enum NumberMembers {
    static func register(in registry: Registry) {
        registry.beginSection("Int")
        registry.declareType("Int", "struct Int", documentation: "A signed 64-bit integer. Arithmetic that overflows is an error, as it traps in Swift.")
        registry.add("static var max: Int { get }", of: "Int", documentation: "The largest `Int`, 9223372036854775807.") { _, _, _ in .int(.max) }
        registry.add("static var min: Int { get }", of: "Int", documentation: "The smallest `Int`, −9223372036854775808.") { _, _, _ in .int(.min) }
        registry.add("init(_ value: Int)", of: "Int", documentation: "The same integer.") { _, arguments, _ in arguments[0] }
        registry.add("init(_ value: Double)", of: "Int",
                     documentation: "The integer part of `value` (rounded towards zero); an error if it is not finite or does not fit.") { _, arguments, _ in
            let value = try arguments[0].asDouble()
            guard value.isFinite else {
                throw CellError(.runtime, "Double value cannot be converted to Int because it is either infinite or NaN", position: nil)
            }
            guard let converted = Int(exactly: value.rounded(.towardZero)) else {
                throw CellError(.runtime, "Double value cannot be converted to Int because the result would be greater than Int.max or less than Int.min",
                                position: nil)
            }
            return .int(converted)
        }
        registry.add("init?(exactly source: Double)", of: "Int",
                     documentation: "The integer `source` is equal to, or nil when it has a fractional part or does not fit.") { _, arguments, _ in
            .optional(Int(exactly: try arguments[0].asDouble()).map { .int($0) }, .int)
        }
        registry.add("init?(_ text: String)", of: "Int", documentation: "The integer written in `text`, or nil.") { _, arguments, _ in
            .optional(Int(try arguments[0].asString()).map { .int($0) }, .int)
        }
        registry.add("init?(_ text: String, radix: Int)", of: "Int",
                     documentation: "The integer written in `text` in base `radix` (2 to 36; `Int(\"ff\", radix: 16)`), or nil.") { _, arguments, _ in
            let radix = try arguments[1].asInt()
            guard (2...36).contains(radix) else { throw CellError(.runtime, "Radix must be between 2 and 36", position: nil) }
            return .optional(Int(try arguments[0].asString(), radix: radix).map { .int($0) }, .int)
        }
        registry.declareType("UInt64", "struct UInt64",
                             documentation: "An unsigned 64-bit integer: the type of seeds. Cells hold seeds as non-negative `Int`s; `UInt64(n)` converts, as exported Swift needs.")
        registry.add("init(_ value: Int)", of: "UInt64",
                     documentation: "The integer as a seed; an error if it is negative (it traps in Swift).") { _, arguments, _ in
            let value = try arguments[0].asInt()
            guard value >= 0 else { throw CellError(.runtime, "Negative value is not representable", position: nil) }
            return .int(value)
        }
        registry.add("func isMultiple(of other: Int) -> Bool", of: "Int", documentation: "True if this integer is a multiple of `other`.") { receiver, arguments, _ in
            .bool(try receiver.asInt().isMultiple(of: try arguments[0].asInt()))
        }
        registry.add("func quotientAndRemainder(dividingBy rhs: Int) -> (quotient: Int, remainder: Int)", of: "Int",
                     documentation: "The quotient and remainder of dividing by `rhs`, as `/` and `%` give them.") { receiver, arguments, _ in
            let value = try receiver.asInt(), divisor = try arguments[0].asInt()
            if divisor == 0 { throw CellError(.runtime, "Division by zero", position: nil) }
            if value == .min && divisor == -1 { throw CellError(.runtime, "arithmetic overflow: Int.min divided by -1", position: nil) }
            let (quotient, remainder) = value.quotientAndRemainder(dividingBy: divisor)
            return .tuple([.int(quotient), .int(remainder)], labels: ["quotient", "remainder"])
        }
        for (name, verb, operation) in [("addingReportingOverflow", "sum", { (a: Int, b: Int) in a.addingReportingOverflow(b) }),
                                        ("subtractingReportingOverflow", "difference", { (a: Int, b: Int) in a.subtractingReportingOverflow(b) }),
                                        ("multipliedReportingOverflow", "product", { (a: Int, b: Int) in a.multipliedReportingOverflow(by: b) })] {
            let label = name == "multipliedReportingOverflow" ? "by other" : "_ other"
            registry.add("func \(name)(\(label): Int) -> (partialValue: Int, overflow: Bool)", of: "Int",
                         documentation: "The \(verb) wrapped to 64 bits, and whether it overflowed (never an error).") { receiver, arguments, _ in
                let (partial, overflow) = operation(try receiver.asInt(), try arguments[0].asInt())
                return .tuple([.int(partial), .bool(overflow)], labels: ["partialValue", "overflow"])
            }
        }
        registry.add("var magnitude: Int { get }", of: "Int", documentation: "The absolute value (an error for `Int.min`).") { receiver, _, _ in
            let value = try receiver.asInt()
            guard value != .min else { throw CellError(.runtime, "arithmetic overflow: |Int.min| is outside the range of Int", position: nil) }
            return .int(Swift.abs(value))
        }
        registry.add("var description: String { get }", of: "Int", documentation: "The decimal text of the integer.") { receiver, _, _ in
            .string(receiver.description)
        }

        registry.beginSection("Double")
        registry.declareType("Double", "struct Double", documentation: "A 64-bit floating-point number.")
        registry.add("static var pi: Double { get }", of: "Double", documentation: "π, 3.141592653589793.") { _, _, _ in .double(.pi) }
        registry.add("static var infinity: Double { get }", of: "Double", documentation: "Positive infinity.") { _, _, _ in .double(.infinity) }
        registry.add("static var nan: Double { get }", of: "Double", documentation: "A quiet NaN.") { _, _, _ in .double(.nan) }
        registry.add("static var greatestFiniteMagnitude: Double { get }", of: "Double", documentation: "The largest finite `Double`.") { _, _, _ in
            .double(.greatestFiniteMagnitude)
        }
        registry.add("static var ulpOfOne: Double { get }", of: "Double", documentation: "The distance from 1.0 to the next larger `Double`.") { _, _, _ in
            .double(.ulpOfOne)
        }
        registry.add("init(_ value: Int)", of: "Double", documentation: "The integer as a `Double` (rounded if it has more than 53 bits).") { _, arguments, _ in
            .double(Double(try arguments[0].asInt()))
        }
        registry.add("init(_ value: Double)", of: "Double", documentation: "The same number.") { _, arguments, _ in arguments[0] }
        registry.add("init?(_ text: String)", of: "Double", documentation: "The number written in `text`, or nil.") { _, arguments, _ in
            .optional(Double(try arguments[0].asString()).map { .double($0) }, .double)
        }
        registry.add("var isNaN: Bool { get }", of: "Double", documentation: "True for NaN.") { receiver, _, _ in .bool(try receiver.asDouble().isNaN) }
        registry.add("var isFinite: Bool { get }", of: "Double", documentation: "True unless infinite or NaN.") { receiver, _, _ in
            .bool(try receiver.asDouble().isFinite)
        }
        registry.add("var isInfinite: Bool { get }", of: "Double", documentation: "True for ±infinity.") { receiver, _, _ in
            .bool(try receiver.asDouble().isInfinite)
        }
        registry.add("var magnitude: Double { get }", of: "Double", documentation: "The absolute value.") { receiver, _, _ in
            .double(try receiver.asDouble().magnitude)
        }
        registry.add("func squareRoot() -> Double", of: "Double", documentation: "The square root.") { receiver, _, _ in
            .double(try receiver.asDouble().squareRoot())
        }
        registry.add("func rounded() -> Double", of: "Double", documentation: "Rounded to the nearest integer value, halfway cases away from zero.") { receiver, _, _ in
            .double(try receiver.asDouble().rounded())
        }
        registry.add("func rounded(_ rule: FloatingPointRoundingRule) -> Double", of: "Double",
                     documentation: "Rounded to an integer value by `rule` (`.down`, `.up`, `.towardZero`, `.awayFromZero`, `.toNearestOrEven`, `.toNearestOrAwayFromZero`).") { receiver, arguments, _ in
            .double(try receiver.asDouble().rounded(try arguments[0].asNative(FloatingPointRoundingRule.self)))
        }
        registry.add("func truncatingRemainder(dividingBy other: Double) -> Double", of: "Double",
                     documentation: "The remainder of dividing by `other`, with the sign of this number (like C's `fmod`).") { receiver, arguments, _ in
            .double(try receiver.asDouble().truncatingRemainder(dividingBy: try arguments[0].asDouble()))
        }
        registry.add("var description: String { get }", of: "Double", documentation: "The shortest text that reads back as the same number.") { receiver, _, _ in
            .string(receiver.description)
        }

        registry.declareType("FloatingPointRoundingRule", "enum FloatingPointRoundingRule",
                             documentation: "How `rounded(_:)` rounds: `.down`, `.up`, `.towardZero`, `.awayFromZero`, `.toNearestOrEven`, `.toNearestOrAwayFromZero`.")
        let rules: [(String, FloatingPointRoundingRule, String)] = [
            ("down", .down, "Towards negative infinity (`floor`)."),
            ("up", .up, "Towards positive infinity (`ceil`)."),
            ("towardZero", .towardZero, "Towards zero (`trunc`)."),
            ("awayFromZero", .awayFromZero, "Away from zero."),
            ("toNearestOrEven", .toNearestOrEven, "To the nearest value, halfway cases to the even one."),
            ("toNearestOrAwayFromZero", .toNearestOrAwayFromZero, "To the nearest value, halfway cases away from zero (`round`)."),
        ]
        for (name, rule, documentation) in rules {
            registry.add("case \(name)", of: "FloatingPointRoundingRule", documentation: documentation) { _, _, _ in
                .native(NativeValue(typeName: "FloatingPointRoundingRule", object: rule))
            }
        }
        registry.beginSection("Bool")
        registry.declareType("Bool", "struct Bool", documentation: "`true` or `false`.")
        registry.add("mutating func toggle()", of: "Bool", documentation: "Flips the value.") { receiver, _, _ in
            receiver = .bool(!(try receiver.asBool()))
            return .void
        }
        registry.add("var description: String { get }", of: "Bool", documentation: "\"true\" or \"false\".") { receiver, _, _ in
            .string(receiver.description)
        }
    }
}
