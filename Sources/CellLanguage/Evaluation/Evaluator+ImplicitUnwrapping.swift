import SwiftSyntax

/// Variables declared with an implicitly unwrapped optional type (`let assumed: String! = "text"`):
/// an optional that is unwrapped, as Swift unwraps it, where it is used as its wrapped type — a value
/// of a non-optional type is expected (`let s: String = assumed`, an argument), a member is used
/// (`assumed.count`), or it is an operand of an operator other than `==`/`!=` (`n + 1`). Elsewhere
/// (`if let`, `assumed != nil`, `print(assumed)`, `let copy = assumed`) it is the optional. A stored
/// property declared `T!` (`var capitalCity: City!`) is read the same way.
extension Evaluator {
    /// The binding's value where it is read; `asReceiver` for a member's base or an operator's operand.
    func readingImplicitlyUnwrapped(_ binding: Scope.Binding, expecting expected: TypeRef?, asReceiver: Bool,
                                    at node: some SyntaxProtocol) throws -> Value {
        try implicitlyUnwrapped(binding.value, expecting: expected, asReceiver: asReceiver, at: node)
    }

    /// The value of a variable or stored property declared `T!` where it is read: unwrapped when used
    /// as its wrapped type.
    func implicitlyUnwrapped(_ value: Value, expecting expected: TypeRef?, asReceiver: Bool,
                             at node: some SyntaxProtocol) throws -> Value {
        guard case .optional(let wrapped, _) = value, asReceiver || Self.expectsWrappedValue(expected) else {
            return value
        }
        guard let wrapped else {
            throw CellError.runtime("Unexpectedly found nil while implicitly unwrapping an Optional value", at: node)
        }
        return wrapped
    }

    /// True when a hint asks for a value that is neither optional nor `Any`.
    static func expectsWrappedValue(_ expected: TypeRef?) -> Bool {
        switch expected {
        case nil, .optional?, .any?: return false
        default: return true
        }
    }

    /// The value of `base` used as a receiver (`base.member`) or an operator's operand: a variable
    /// declared `T!` is unwrapped.
    func evaluateReceiver(_ base: ExprSyntax, in scope: Scope, expecting expected: TypeRef? = nil) throws -> Value {
        if hasImplicitlyUnwrappedVariables, let reference = base.as(DeclReferenceExprSyntax.self) {
            return try lookup(reference, in: scope, expecting: expected, asReceiver: true)
        }
        if hasImplicitlyUnwrappedVariables, let member = base.as(MemberAccessExprSyntax.self), member.base != nil {
            return try evaluateMemberAccess(member, in: scope, expecting: expected, asReceiver: true)
        }
        return try evaluate(base, in: scope, expecting: expected)
    }

    /// True when a declaration's written type is an implicitly unwrapped optional (`Int!`).
    static func isImplicitlyUnwrapped(_ type: TypeSyntax?) -> Bool {
        type?.is(ImplicitlyUnwrappedOptionalTypeSyntax.self) == true
    }
}
