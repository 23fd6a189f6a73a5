/// Swift's operators on cell values. Integer arithmetic is checked: where Swift traps, cells get an
/// error with Swift's trap message instead of a crash.
enum Operators {
    /// Compound assignment operators and the binary operator each applies.
    static let compoundAssignments: [String: String] = [
        "+=": "+", "-=": "-", "*=": "*", "/=": "/", "%=": "%",
        "&=": "&", "|=": "|", "^=": "^", "<<=": "<<", ">>=": ">>",
        "&+=": "&+", "&-=": "&-", "&*=": "&*",
    ]

    static func mismatch(_ operatorText: String, _ left: Value, _ right: Value) -> CellError {
        CellError(.compile,
                  "binary operator '\(operatorText)' cannot be applied to operands of type '\(left.type)' and '\(right.type)'",
                  position: nil)
    }

    static func overflow(_ left: Int, _ operatorText: String, _ right: Int) -> CellError {
        CellError(.runtime, "arithmetic overflow: \(left) \(operatorText) \(right) is outside the range of Int (Swift traps here)",
                  position: nil)
    }

    /// Applies a binary operator to two evaluated operands.
    static func apply(_ operatorText: String, _ left: Value, _ right: Value) throws -> Value {
        if let result = try UserOperators.apply(operatorText, left, right) { return result }
        if operatorText == "===" || operatorText == "!==" {
            guard case .object(let a) = left, case .object(let b) = right else {
                throw CellError(.compile, "argument type '\(left.type)' expected to be an instance of a class", position: nil)
            }
            return .bool((a === b) == (operatorText == "==="))
        }
        switch (left, right) {
        case (.int(let a), .int(let b)):
            return try integer(operatorText, a, b)
        case (.double(let a), .double(let b)):
            return try floating(operatorText, a, b)
        case (.float(let a), .float(let b)):
            return try float(operatorText, a, b)
        case (.integer(let a), _):
            if let result = try SizedInteger.apply(operatorText, a, right) { return result }
            throw mismatch(operatorText, left, right)
        case (.string(let a), .string(let b)):
            switch operatorText {
            case "+":
                let total = a.utf8.count + b.utf8.count
                try MemoryGuard.check(elements: total, what: "string concatenation")
                return .string(a + b)
            default:
                if let compared = comparison(operatorText, a, b) { return compared }
                throw mismatch(operatorText, left, right)
            }
        case (.bool(let a), .bool(let b)):
            switch operatorText {
            case "==": return .bool(a == b)
            case "!=": return .bool(a != b)
            default: throw mismatch(operatorText, left, right)
            }
        case (.tuple, .tuple) where ["<", ">", "<=", ">="].contains(operatorText):
            switch operatorText {
            case "<": return .bool(try Ordering.less(left, right))
            case ">": return .bool(try Ordering.less(right, left))
            case "<=": return .bool(try !Ordering.less(right, left))
            default: return .bool(try !Ordering.less(left, right))
            }
        case (.array(let a), .array(let b)):
            switch operatorText {
            case "+":
                guard a.elementType == b.elementType || a.elementType == .any || b.elementType == .any else {
                    throw mismatch(operatorText, left, right)
                }
                let (total, overflow) = a.count.addingReportingOverflow(b.count)
                if overflow { throw mismatch(operatorText, left, right) }
                try MemoryGuard.check(elements: total, what: "array concatenation")
                let elementType = a.elementType == .any ? b.elementType : a.elementType
                return .array(ArrayValue(a.elements + b.elements, elementType: elementType))
            case "==", "!=":
                let equal = try Equality.equal(left, right)
                return .bool(operatorText == "==" ? equal : !equal)
            default: throw mismatch(operatorText, left, right)
            }
        case (.metatype(let a), .metatype(let b)) where operatorText == "==" || operatorText == "!=":
            // `type(of: x) == Int.self`
            return .bool((a == b) == (operatorText == "=="))
        default:
            if let result = try StringIndices.apply(operatorText, left, right) { return result }
            if operatorText == "~=" {
                // Pattern matching, as a `switch` case does it: a range contains, other patterns equal.
                if case .int(let element) = right {
                    if case .range(let range) = left {
                        return .bool(element >= range.lower && (range.isClosed ? element <= range.upper : element < range.upper))
                    }
                    if let inside = PartialRanges.contains(left, element) { return .bool(inside) }
                }
                return .bool(try Equality.equal(left, right))
            }
            if operatorText == "==" || operatorText == "!=" {
                if case .optional = left, case .optional = right {
                    let equal = try Equality.equal(left, right)
                    return .bool(operatorText == "==" ? equal : !equal)
                }
                // Swift promotes a non-optional operand to compare it with an optional (`holds == true`).
                if left.type == right.type || promotes(left, to: right) || promotes(right, to: left) {
                    let equal = try Equality.equal(left, right)
                    return .bool(operatorText == "==" ? equal : !equal)
                }
            }
            throw mismatch(operatorText, left, right)
        }
    }

    /// Swift's literal typing for a binary operator: an integer literal on one side takes the other
    /// side's numeric type (`2 * x` with `x: Double`, `pink & 0xFF0000` with `pink: UInt32`).
    @inline(__always)
    static func typeLiterals(_ left: inout Value, _ right: inout Value, leftIsLiteral: Bool, rightIsLiteral: Bool) {
        switch (left, right) {
        case (.int(let a), .double) where leftIsLiteral:
            left = .double(Double(a))
        case (.double, .int(let b)) where rightIsLiteral:
            right = .double(Double(b))
        case (.int(let a), .integer(let b)) where leftIsLiteral:
            if let converted = SizedInteger.exactly(a, as: b.kind) { left = .integer(converted) }
        case (.integer(let a), .int(let b)) where rightIsLiteral:
            if let converted = SizedInteger.exactly(b, as: a.kind) { right = .integer(converted) }
        case (.int(let a), .float) where leftIsLiteral:
            left = .float(Float(a))
        case (.double(let a), .float) where leftIsLiteral:
            left = .float(Float(a))
        case (.float, .int(let b)) where rightIsLiteral:
            right = .float(Float(b))
        case (.float, .double(let b)) where rightIsLiteral:
            right = .float(Float(b))
        default:
            break
        }
    }

    /// True when `value` is the wrapped type of the optional `optional` (`Bool` against `Bool?`).
    static func promotes(_ value: Value, to optional: Value) -> Bool {
        guard case .optional(let content, let wrapped) = optional else { return false }
        // `Element?` in a generic type holds values of the type its parameter stands for.
        if wrapped == .any { return content.map { $0.type == value.type } ?? true }
        // `stack.popLast() == "("` with `stack: [Character]`: a one-character string is a `Character`.
        if wrapped == .character, case .string(let text) = value { return text.count == 1 }
        return wrapped == value.type
    }

    static func integer(_ op: String, _ a: Int, _ b: Int) throws -> Value {
        guard let operation = integerOperation(op) else { throw mismatch(op, .int(a), .int(b)) }
        return try operation(a, b)
    }

    /// The function `op` applies to two `Int`s, or nil when `Int` has no such operator. Compiled code
    /// looks it up once per operator; `integer(_:_:_:)` per use.
    static func integerOperation(_ op: String) -> ((Int, Int) throws -> Value)? {
        switch op {
        case "+":
            return { a, b in
                let (result, overflow) = a.addingReportingOverflow(b)
                if overflow { throw Operators.overflow(a, op, b) }
                return .int(result)
            }
        case "-":
            return { a, b in
                let (result, overflow) = a.subtractingReportingOverflow(b)
                if overflow { throw Operators.overflow(a, op, b) }
                return .int(result)
            }
        case "*":
            return { a, b in
                let (result, overflow) = a.multipliedReportingOverflow(by: b)
                if overflow { throw Operators.overflow(a, op, b) }
                return .int(result)
            }
        case "/":
            return { a, b in
                if b == 0 { throw CellError(.runtime, "Division by zero", position: nil) }
                let (result, overflow) = a.dividedReportingOverflow(by: b)
                if overflow { throw CellError(.runtime, "Division results in an overflow: \(a) / \(b)", position: nil) }
                return .int(result)
            }
        case "%":
            return { a, b in
                if b == 0 { throw CellError(.runtime, "Division by zero in remainder operation", position: nil) }
                let (result, overflow) = a.remainderReportingOverflow(dividingBy: b)
                if overflow {
                    throw CellError(.runtime, "Division results in an overflow in remainder operation: \(a) % \(b)", position: nil)
                }
                return .int(result)
            }
        case "&+": return { a, b in .int(a &+ b) }
        case "&-": return { a, b in .int(a &- b) }
        case "&*": return { a, b in .int(a &* b) }
        case "&": return { a, b in .int(a & b) }
        case "|": return { a, b in .int(a | b) }
        case "^": return { a, b in .int(a ^ b) }
        case "<<": return { a, b in .int(a << b) }
        case ">>": return { a, b in .int(a >> b) }
        case "==": return { a, b in .bool(a == b) }
        case "!=": return { a, b in .bool(a != b) }
        case "<": return { a, b in .bool(a < b) }
        case "<=": return { a, b in .bool(a <= b) }
        case ">": return { a, b in .bool(a > b) }
        case ">=": return { a, b in .bool(a >= b) }
        case "..<":
            return { a, b in
                guard a <= b else { throw CellError(.runtime, "Range requires lowerBound <= upperBound (\(a)..<\(b))", position: nil) }
                return .range(RangeValue(lower: a, upper: b, isClosed: false))
            }
        case "...":
            return { a, b in
                guard a <= b else { throw CellError(.runtime, "Range requires lowerBound <= upperBound (\(a)...\(b))", position: nil) }
                return .range(RangeValue(lower: a, upper: b, isClosed: true))
            }
        default:
            return nil
        }
    }

    /// `a op b` for one of the six comparison operators, nil for any other operator.
    static func comparison<T: Comparable>(_ op: String, _ a: T, _ b: T) -> Value? {
        switch op {
        case "==": return .bool(a == b)
        case "!=": return .bool(a != b)
        case "<": return .bool(a < b)
        case "<=": return .bool(a <= b)
        case ">": return .bool(a > b)
        case ">=": return .bool(a >= b)
        default: return nil
        }
    }

    /// `a op b` on two `Float`s: Swift's `Float` arithmetic (the same operators as `Double`'s).
    static func float(_ op: String, _ a: Float, _ b: Float) throws -> Value {
        switch op {
        case "+": return .float(a + b)
        case "-": return .float(a - b)
        case "*": return .float(a * b)
        case "/": return .float(a / b)
        default:
            if let compared = comparison(op, a, b) { return compared }
            // The errors `Double` gives (`%`, ranges) are `Float`'s too.
            guard let operation = floatingOperation(op) else { throw mismatch(op, .float(a), .float(b)) }
            _ = try operation(Double(a), Double(b))
            throw mismatch(op, .float(a), .float(b))
        }
    }

    static func floating(_ op: String, _ a: Double, _ b: Double) throws -> Value {
        guard let operation = floatingOperation(op) else { throw mismatch(op, .double(a), .double(b)) }
        return try operation(a, b)
    }

    /// The function `op` applies to two `Double`s, or nil when `Double` has no such operator.
    static func floatingOperation(_ op: String) -> ((Double, Double) throws -> Value)? {
        switch op {
        case "+": return { a, b in .double(a + b) }
        case "-": return { a, b in .double(a - b) }
        case "*": return { a, b in .double(a * b) }
        case "/": return { a, b in .double(a / b) }
        case "%":
            return { _, _ in
                throw CellError(.compile, "'%' is unavailable: For floating point numbers use truncatingRemainder instead",
                                position: nil)
            }
        case "==": return { a, b in .bool(a == b) }
        case "!=": return { a, b in .bool(a != b) }
        case "<": return { a, b in .bool(a < b) }
        case "<=": return { a, b in .bool(a <= b) }
        case ">": return { a, b in .bool(a > b) }
        case ">=": return { a, b in .bool(a >= b) }
        case "..<", "...":
            return { _, _ in
                throw CellError(.compile, "ranges of 'Double' are not available in cells; use stride(from:to:by:)", position: nil)
            }
        default:
            return nil
        }
    }

    /// Applies a prefix operator.
    static func prefix(_ op: String, _ operand: Value) throws -> Value {
        // `-v` with `static prefix func - (v: Vector2) -> Vector2` declared by the value's cell type.
        if operand.userDefinition != nil, let result = try UserOperators.applyPrefix(op, operand) { return result }
        switch (op, operand) {
        case ("-", .int(let a)):
            let (result, overflow) = Int(0).subtractingReportingOverflow(a)
            if overflow { throw CellError(.runtime, "arithmetic overflow: -(\(a)) is outside the range of Int (Swift traps here)", position: nil) }
            return .int(result)
        case ("-", .double(let a)): return .double(-a)
        case ("-", .float(let a)): return .float(-a)
        case ("+", .float): return operand
        case ("+", .int), ("+", .double): return operand
        case ("!", .bool(let a)): return .bool(!a)
        case ("~", .int(let a)): return .int(~a)
        case (_, .integer(let a)):
            if let result = try SizedInteger.prefix(op, a) { return result }
            throw CellError(.compile, "unary operator '\(op)' cannot be applied to an operand of type '\(operand.type)'",
                            position: nil)
        case ("...", .int(let a)): return PartialRanges.value(...a)
        case ("..<", .int(let a)): return PartialRanges.value(..<a)
        case ("...", .native), ("..<", .native):
            if let range = StringIndices.prefix(op, operand) { return range }
            throw CellError(.compile, "unary operator '\(op)' cannot be applied to an operand of type '\(operand.type)'",
                            position: nil)
        default:
            throw CellError(.compile, "unary operator '\(op)' cannot be applied to an operand of type '\(operand.type)'",
                            position: nil)
        }
    }
}

/// `==` on cell values, as Swift's `Equatable` conformances define it.
enum Equality {
    static func equal(_ left: Value, _ right: Value) throws -> Bool {
        switch (left, right) {
        case (.int(let a), .int(let b)): return a == b
        case (.integer(let a), .integer(let b)): return a == b
        case (.double(let a), .double(let b)): return a == b
        case (.float(let a), .float(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.bool(let a), .bool(let b)): return a == b
        case (.void, .void): return true
        case (.metatype(let a), .metatype(let b)): return a == b
        case (.range(let a), .range(let b)): return a == b
        case (.array(let a), .array(let b)):
            guard a.count == b.count else { return false }
            for (x, y) in zip(a, b) where try !equal(x, y) { return false }
            return true
        case (.dictionary(let a), .dictionary(let b)):
            guard a.count == b.count else { return false }
            for entry in a.entries {
                guard let key = HashableValue(entry.key), let other = b.value(for: key) else { return false }
                if try !equal(entry.value, other) { return false }
            }
            return true
        case (.set(let a), .set(let b)):
            guard a.count == b.count else { return false }
            for element in a.elements {
                guard let key = HashableValue(element), b.contains(key) else { return false }
            }
            return true
        case (.optional(let a, _), .optional(let b, _)):
            switch (a, b) {
            case (nil, nil): return true
            case (let x?, let y?): return try equal(x, y)
            default: return false
            }
        case (.optional(let a, _), _):
            guard let a else { return false }
            return try equal(a, right)
        case (_, .optional(let b, _)):
            guard let b else { return false }
            return try equal(left, b)
        case (.tuple(let a, _), .tuple(let b, _)):
            guard a.count == b.count else { return false }
            for (x, y) in zip(a, b) where try !equal(x, y) { return false }
            return true
        case (.enumeration(let a), .enumeration(let b)):
            guard a.definition === b.definition else { return false }
            if a.definition.cases.contains(where: \.hasPayload), !a.definition.conforms(to: "Equatable"),
               !a.definition.conforms(to: "Hashable"), !a.definition.conforms(to: "Comparable") {
                throw CellError(.compile, "binary operator '==' cannot be applied to two '\(a.definition.name)' operands", position: nil)
            }
            guard a.caseIndex == b.caseIndex else { return false }
            for (x, y) in zip(a.payload, b.payload) where try !equal(x, y) { return false }
            return true
        case (.record(let a), .record(let b)):
            guard a.definition.conforms(to: "Equatable") || a.definition.conforms(to: "Hashable")
                    || a.definition.conforms(to: "Comparable") else {
                throw CellError(.compile, "binary operator '==' cannot be applied to two '\(a.definition.name)' operands", position: nil)
            }
            guard a.definition === b.definition else { return false }
            for (x, y) in zip(a.fields, b.fields) where try !equal(x, y) { return false }
            return true
        case (.object(let a), .object(let b)):
            guard a.definition.conforms(to: "Equatable") else {
                throw CellError(.compile, "binary operator '==' cannot be applied to two '\(a.definition.name)' operands", position: nil)
            }
            return a === b
        case (.native(let a), .native(let b)):
            if let equatableA = a.object as? any Equatable {
                return equatableA.isEqual(to: b.object)
            }
            throw CellError(.compile, "binary operator '==' cannot be applied to two '\(a.typeName)' operands", position: nil)
        default:
            throw CellError(.compile,
                            "binary operator '==' cannot be applied to operands of type '\(left.type)' and '\(right.type)'",
                            position: nil)
        }
    }
}

extension Equatable {
    func isEqual(to other: Any) -> Bool {
        guard let other = other as? Self else { return false }
        return self == other
    }
}
