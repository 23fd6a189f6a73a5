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
        switch op {
        case "!=": return negated(try call("==", left, right))
        case ">": return try call("<", right, left)
        case "<=": return negated(try call("<", right, left))
        case ">=": return negated(try call("<", left, right))
        default: return nil
        }
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
