import SwiftSyntax

/// Operators a cell type declares as static functions (`static func == (lhs:rhs:)`, `static func <`,
/// `static func +`), and the ones Swift derives from them (`!=` from `==`; `>`, `<=`, `>=` from `<`).
enum UserOperators {
    /// The result of `left op right` through a cell type's operator function, or nil when neither
    /// operand's type declares one.
    static func apply(_ op: String, _ left: Value, _ right: Value) throws -> Value? {
        guard left.userDefinition != nil || right.userDefinition != nil,
              let evaluator = UserDescriptions.evaluatorOnThisThread() else { return nil }
        func call(_ name: String, _ a: Value, _ b: Value) throws -> Value? {
            for definition in [a.userDefinition, b.userDefinition].compactMap({ $0 }) {
                let candidates = definition.lookupMember({ $0.staticMethods[name] })?.0
                    ?? definition.conformances.compactMap { evaluator.protocols[$0]?.members.staticMethods[name] }.first
                guard let function = candidates?.first(where: { $0.parameters.count == 2 }) else { continue }
                var receiver = Value.metatype(definition.type)
                return try evaluator.callMethod(function, self: &receiver, arguments: [a, b], node: Optional<Syntax>.none)
            }
            return nil
        }
        func negated(_ value: Value?) -> Value? {
            guard case .bool(let truth)? = value else { return value }
            return .bool(!truth)
        }
        if let direct = try call(op, left, right) { return direct }
        let derived: Value?
        switch op {
        case "!=": derived = negated(try call("==", left, right))
        case ">": derived = try call("<", right, left)
        case "<=": derived = negated(try call("<", right, left))
        case ">=": derived = negated(try call("<", left, right))
        default: derived = nil
        }
        if let derived { return derived }
        guard ["<", ">", "<=", ">="].contains(op), let order = try synthesizedOrder(left, right) else { return nil }
        switch op {
        case "<": return .bool(order < 0)
        case ">": return .bool(order > 0)
        case "<=": return .bool(order <= 0)
        default: return .bool(order >= 0)
        }
    }

    /// The order Swift gives an enumeration declared `Comparable` without a `<` of its own: by the
    /// order of its cases, then by their associated values (-1, 0 or 1); nil for other values.
    private static func synthesizedOrder(_ left: Value, _ right: Value) throws -> Int? {
        guard case .enumeration(let a) = left, case .enumeration(let b) = right, a.definition === b.definition,
              a.definition.conforms(to: "Comparable") else { return nil }
        if a.caseIndex != b.caseIndex { return a.caseIndex < b.caseIndex ? -1 : 1 }
        for (x, y) in zip(a.payload, b.payload) {
            if case .bool(true) = try Operators.apply("<", x, y) { return -1 }
            if case .bool(true) = try Operators.apply("<", y, x) { return 1 }
        }
        return 0
    }

    /// The result of `op operand` through the operand's cell type's one-parameter operator function
    /// (`static prefix func -`), or nil when it declares none.
    static func applyPrefix(_ op: String, _ operand: Value) throws -> Value? {
        guard let definition = operand.userDefinition, let evaluator = UserDescriptions.evaluatorOnThisThread() else { return nil }
        let candidates = definition.lookupMember({ $0.staticMethods[op] })?.0
            ?? definition.conformances.compactMap { evaluator.protocols[$0]?.members.staticMethods[op] }.first
        guard let function = candidates?.first(where: { $0.parameters.count == 1 }) else { return nil }
        var receiver = Value.metatype(definition.type)
        return try evaluator.callMethod(function, self: &receiver, arguments: [operand], node: Optional<Syntax>.none)
    }
}
