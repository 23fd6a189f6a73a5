import SwiftSyntax

/// Swift's patterns, as `switch` cases, `if case`, `for case` and `catch` clauses use them: names
/// bound by `let`/`var`, `_`, tuples, enumeration cases with their associated values, `is` and `as`
/// type patterns, ranges and any other value matched with `~=` (equality).
extension Evaluator {
    /// What a successful match binds.
    struct PatternBindings {
        var names: [(name: String, value: Value, isMutable: Bool)] = []
    }

    /// Matches `value` against `pattern`; `binding` is the `let`/`var` the pattern is under, if any.
    func match(_ pattern: PatternSyntax, _ value: Value, binding: Keyword?, into bindings: inout PatternBindings,
               in scope: Scope) throws -> Bool {
        switch pattern.as(PatternSyntaxEnum.self) {
        case .identifierPattern(let identifier):
            bindings.names.append((identifier.identifier.text, value, binding == .var))
            return true
        case .wildcardPattern:
            return true
        case .valueBindingPattern(let valueBinding):
            let keyword: Keyword = valueBinding.bindingSpecifier.tokenKind == .keyword(.var) ? .var : .let
            return try match(valueBinding.pattern, value, binding: keyword, into: &bindings, in: scope)
        case .tuplePattern(let tuple):
            guard case .tuple(let elements, _) = value, elements.count == tuple.elements.count else {
                throw CellError.compile("tuple pattern cannot match values of the non-tuple type '\(value.type)'", at: pattern)
            }
            for (element, patternElement) in zip(elements, tuple.elements) {
                if try !match(patternElement.pattern, element, binding: binding, into: &bindings, in: scope) { return false }
            }
            return true
        case .isTypePattern(let isType):
            return try valueIs(value, resolveAliases(TypeResolver.typeRef(isType.type)), at: isType.type)
        case .expressionPattern(let expressionPattern):
            return try match(expression: expressionPattern.expression, value, binding: binding, into: &bindings, in: scope)
        case .missingPattern:
            throw CellError(.syntax, "expected a pattern", at: pattern)
        }
    }

    /// An expression used as a pattern.
    func match(expression: ExprSyntax, _ value: Value, binding: Keyword?, into bindings: inout PatternBindings,
               in scope: Scope) throws -> Bool {
        switch expression.as(ExprSyntaxEnum.self) {
        case .patternExpr(let patternExpression):
            return try match(patternExpression.pattern, value, binding: binding, into: &bindings, in: scope)
        case .discardAssignmentExpr:
            return true
        case .declReferenceExpr(let reference) where binding != nil:
            bindings.names.append((cache.text(reference.baseName), value, binding == .var))
            return true
        case .tupleExpr(let tuple) where tuple.elements.count != 1:
            guard case .tuple(let elements, _) = value, elements.count == tuple.elements.count else {
                throw CellError.compile("tuple pattern cannot match values of the non-tuple type '\(value.type)'", at: expression)
            }
            for (element, patternElement) in zip(elements, tuple.elements) {
                if try !match(expression: patternElement.expression, element, binding: binding, into: &bindings, in: scope) {
                    return false
                }
            }
            return true
        case .tupleExpr(let tuple):
            return try match(expression: tuple.elements.first!.expression, value, binding: binding, into: &bindings, in: scope)
        case .memberAccessExpr(let member):
            if let matched = try matchCase(member, arguments: nil, value, binding: binding, into: &bindings, in: scope) {
                return matched
            }
        case .functionCallExpr(let call):
            if let member = call.calledExpression.as(MemberAccessExprSyntax.self),
               let matched = try matchCase(member, arguments: call.arguments, value, binding: binding, into: &bindings, in: scope) {
                return matched
            }
        case .optionalChainingExpr(let optional):
            // `case let x?` matches a non-nil optional.
            guard case .optional(let wrapped, _) = value else {
                throw CellError.compile("'?' pattern cannot match values of type '\(value.type)'", at: expression)
            }
            guard let wrapped else { return false }
            return try match(expression: optional.expression, wrapped, binding: binding, into: &bindings, in: scope)
        case .asExpr(let asExpression):
            // `let error as MyError`, `let n as Int`.
            let type = resolveAliases(TypeResolver.typeRef(asExpression.type))
            guard try valueIs(value, type, at: asExpression.type) else { return false }
            let cast = try castValue(value, to: type) ?? value
            return try match(expression: asExpression.expression, cast, binding: binding, into: &bindings, in: scope)
        case .isExpr(let isExpression):
            return try valueIs(value, resolveAliases(TypeResolver.typeRef(isExpression.type)), at: isExpression.type)
        case .nilLiteralExpr:
            if case .optional(nil, _) = value { return true }
            return false
        default:
            break
        }
        if let matched = try matchInterval(expression, value, in: scope) { return matched }
        // Any other expression: Swift's `~=`, a range's `contains` or equality.
        var hint: TypeRef? = value.type
        if case .optional(_, let wrapped) = value { hint = .optional(wrapped) }
        let candidate = try evaluate(expression, in: scope, expecting: hint)
        switch (candidate, value) {
        case (.range(let range), .int(let integer)):
            return integer >= range.lower && (range.isClosed ? integer <= range.upper : integer < range.upper)
        default:
            break
        }
        let converted = conversion(of: candidate, to: value.type, literalIfWritten: expression) ?? candidate
        do {
            return try Equality.equal(converted, value)
        } catch let error as CellError {
            throw error.located(at: expression)
        }
    }

    /// An interval pattern (`0..<10`, `1...5`, `3...`, `...0`, `"a"..."m"`) over any comparable
    /// value, or nil when the expression is not one.
    private func matchInterval(_ expression: ExprSyntax, _ value: Value, in scope: Scope) throws -> Bool? {
        var lower: ExprSyntax?
        var upper: ExprSyntax?
        var closed = true
        if let infix = expression.as(InfixOperatorExprSyntax.self),
           let op = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.text, op == "..<" || op == "..." {
            lower = infix.leftOperand
            upper = infix.rightOperand
            closed = op == "..."
        } else if let postfix = expression.as(PostfixOperatorExprSyntax.self), postfix.operator.text == "..." {
            lower = postfix.expression
        } else if let prefix = expression.as(PrefixOperatorExprSyntax.self), prefix.operator.text == "..." || prefix.operator.text == "..<" {
            upper = prefix.expression
            closed = prefix.operator.text == "..."
        } else {
            return nil
        }
        let hint = value.type
        if let lower {
            let bound = try evaluate(lower, in: scope, expecting: hint)
            guard case .bool(true) = try Operators.apply("<=", bound, value) else { return false }
        }
        if let upper {
            let bound = try evaluate(upper, in: scope, expecting: hint)
            guard case .bool(true) = try Operators.apply(closed ? "<=" : "<", value, bound) else { return false }
        }
        return true
    }

    /// `.red`, `Color.red`, `.success(let n)`: nil when the member is not a case of the value's enumeration.
    private func matchCase(_ member: MemberAccessExprSyntax, arguments: LabeledExprListSyntax?, _ value: Value,
                           binding: Keyword?, into bindings: inout PatternBindings, in scope: Scope) throws -> Bool? {
        var subject = value
        // `case .some(let x)` and `case .none` on optionals.
        let name = cache.text(member.declName.baseName)
        if case .optional(let wrapped, _) = value {
            if name == "none", arguments == nil { return wrapped == nil }
            if name == "some", let arguments, arguments.count == 1 {
                guard let wrapped else { return false }
                return try match(expression: arguments.first!.expression, wrapped, binding: binding, into: &bindings, in: scope)
            }
            guard let wrapped else { return false }
            subject = wrapped
        }
        guard case .enumeration(let enumValue) = subject else { return nil }
        let definition = enumValue.definition
        if let base = member.base {
            let baseName = base.trimmedDescription
            guard baseName == definition.name || typeAliases[baseName] == definition.type else { return nil }
        }
        guard let index = definition.caseIndex(of: name) else {
            throw CellError.compile("type '\(definition.name)' has no member '\(name)'"
                                        + Suggestions.didYouMean(name, among: definition.cases.map(\.name)), at: member)
        }
        guard index == enumValue.caseIndex else { return false }
        guard let arguments else { return true }
        let payload = enumValue.payload
        if arguments.count == 1, payload.count > 1 {
            // `case .point(let p)` binds the whole payload as a tuple.
            let tuple = Value.tuple(payload, labels: definition.cases[index].labels)
            return try match(expression: arguments.first!.expression, tuple, binding: binding, into: &bindings, in: scope)
        }
        guard arguments.count == payload.count else {
            throw CellError.compile("tuple pattern has the wrong length for tuple type '(\(definition.cases[index].types.map(\.description).joined(separator: ", ")))'",
                                    at: member)
        }
        for (argument, element) in zip(arguments, payload) {
            if try !match(expression: argument.expression, element, binding: binding, into: &bindings, in: scope) { return false }
        }
        return true
    }

    // MARK: Type checks and casts

    /// `value is type`.
    func valueIs(_ value: Value, _ type: TypeRef, at node: some SyntaxProtocol) throws -> Bool {
        let resolved = resolveAliases(type)
        try requireKnownType(resolved, at: node)
        if resolved == .any { return true }
        if case .optional(let wrapped, _) = value {
            guard let wrapped else { return false }
            return try valueIs(wrapped, resolved, at: node)
        }
        if value.type == resolved { return true }
        if let definition = value.userDefinition, case .named(let name) = resolved {
            if name == "Error" { return definition.conforms(to: "Error") }
            return Conversion.convert(value, to: resolved, literal: false) != nil
        }
        if case .native(let native) = value, native.typeName == "Error", resolved == .named("Error") { return true }
        if case .named(let name) = resolved, libraryValue(value, conformsTo: name) { return true }
        return false
    }

    /// `value as? type`: the value seen as `type`, or nil.
    func castValue(_ value: Value, to type: TypeRef) throws -> Value? {
        if case .optional(let wrapped, _) = value {
            guard let wrapped else { return nil }
            return try castValue(wrapped, to: type)
        }
        let resolved = resolveAliases(type)
        if resolved == .any || value.type == resolved { return value }
        if value.userDefinition != nil { return Conversion.convert(value, to: resolved, literal: false) }
        if case .native(let native) = value, native.typeName == "Error", resolved == .named("Error") { return value }
        if case .named(let name) = resolved, libraryValue(value, conformsTo: name) { return value }
        if case .array(let array) = value, case .array(let element) = resolved {
            var converted: [Value] = []
            for item in array.elements {
                guard let cast = try castValue(item, to: element) else { return nil }
                converted.append(cast)
            }
            return .array(ArrayValue(converted, elementType: element))
        }
        return nil
    }

    /// Defines what a match bound in `scope`.
    func define(_ bindings: PatternBindings, in scope: Scope) {
        for entry in bindings.names {
            scope.define(entry.name, .init(value: entry.value, isMutable: entry.isMutable, type: entry.value.type))
        }
    }
}
