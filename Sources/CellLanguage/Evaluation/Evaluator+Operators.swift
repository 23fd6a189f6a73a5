import SwiftSyntax

extension Evaluator {
    func evaluateInfix(_ infix: InfixOperatorExprSyntax, in scope: Scope, expecting expected: TypeRef?) throws -> Value {
        if infix.operator.is(AssignmentExprSyntax.self) {
            let isOptional = Self.assignmentValueIsOptional(infix)
            do {
                try assign(infix.rightOperand, to: infix.leftOperand, in: scope)
            } catch is OptionalChainNil {
                // `a?.b = x` with `a` nil assigns nothing, and its value is `nil`.
                return isOptional ? .optional(nil, .void) : .void
            }
            return isOptional ? .optional(.void, .void) : .void
        }
        guard let binary = infix.operator.as(BinaryOperatorExprSyntax.self) else {
            throw CellError.compile("'\(infix.operator.trimmedDescription)' is not available in cells", at: infix.operator)
        }
        let op = cache.text(binary.operator)
        if let underlying = Operators.compoundAssignments[op] {
            do {
                try compoundAssign(underlying, displayed: op, value: infix.rightOperand, to: infix.leftOperand, in: scope)
            } catch is OptionalChainNil {
            }
            return .void
        }
        do {
            switch op {
            case "&&", "||":
                let left = try evaluate(infix.leftOperand, in: scope, expecting: .bool)
                guard case .bool(let a) = left else { throw Operators.mismatch(op, left, .bool(true)) }
                if op == "&&" && !a { return .bool(false) }
                if op == "||" && a { return .bool(true) }
                let right = try evaluate(infix.rightOperand, in: scope, expecting: .bool)
                guard case .bool(let b) = right else { throw Operators.mismatch(op, left, right) }
                return .bool(b)
            case "??":
                let left = try evaluate(infix.leftOperand, in: scope, expecting: expected.map { .optional($0) })
                guard case .optional(let wrapped, let wrappedType) = left else {
                    // Swift warns and uses the left side.
                    return left
                }
                if let wrapped { return wrapped }
                let right = try evaluate(infix.rightOperand, in: scope, expecting: wrappedType == .any ? expected : wrappedType)
                if wrappedType != .any, !(right.type == wrappedType || right.type == .optional(wrappedType)) {
                    if let converted = conversion(of: right, to: wrappedType, literalIfWritten: infix.rightOperand) {
                        return converted
                    }
                    throw Operators.mismatch(op, left, right)
                }
                return right
            default:
                let (left, right) = try evaluateOperands(infix, in: scope, expecting: expected)
                if operatorFunctionNames.contains(op),
                   let result = try callOperatorFunction(op, [left, right], in: scope, node: infix) {
                    return result
                }
                return try Operators.apply(op, left, right)
            }
        } catch let error as CellError {
            throw error.located(at: binary)
        }
    }

    /// True when an assignment through optional chaining (`a?.b = x`) is used as a value: it is a
    /// `Void?`, nil when the chain ended (`if (a?.b = x) == nil`).
    static func assignmentValueIsOptional(_ infix: InfixOperatorExprSyntax) -> Bool {
        if infix.parent?.is(CodeBlockItemSyntax.self) == true || infix.parent?.is(ExpressionStmtSyntax.self) == true { return false }
        var current: ExprSyntax? = infix.leftOperand
        while let each = current {
            if each.is(OptionalChainingExprSyntax.self) { return true }
            if let member = each.as(MemberAccessExprSyntax.self) {
                current = member.base
            } else if let element = each.as(SubscriptCallExprSyntax.self) {
                current = element.calledExpression
            } else if let unwrap = each.as(ForceUnwrapExprSyntax.self) {
                current = unwrap.expression
            } else {
                return false
            }
        }
        return false
    }

    /// Evaluates both operands with Swift's literal typing: a literal operand takes the other side's
    /// numeric type.
    func evaluateOperands(_ infix: InfixOperatorExprSyntax, in scope: Scope, expecting expected: TypeRef?)
        throws -> (Value, Value) {
        let numericHint = expected.flatMap { $0 == .int || $0 == .double || $0 == .float ? $0 : nil }
        let isEquality = infix.operator.as(BinaryOperatorExprSyntax.self).map { ["==", "!="].contains($0.operator.text) } ?? false
        // `n + 1` with `var n: Int!` adds the wrapped value; `n == nil` compares the optional.
        let unwrapsOperands = hasImplicitlyUnwrappedVariables && !isEquality
            && infix.operator.as(BinaryOperatorExprSyntax.self).map { !["===", "!=="].contains($0.operator.text) } ?? false
        var left = unwrapsOperands ? try evaluateReceiver(infix.leftOperand, in: scope, expecting: numericHint)
                                   : try evaluate(infix.leftOperand, in: scope, expecting: numericHint)
        let rightHint = Self.rightOperandHint(left, numericHint: numericHint, isEquality: isEquality)
        var right = unwrapsOperands ? try evaluateReceiver(infix.rightOperand, in: scope, expecting: rightHint)
                                    : try evaluate(infix.rightOperand, in: scope, expecting: rightHint)
        Operators.typeLiterals(&left, &right, leftIsLiteral: cache.isLiteral(infix.leftOperand),
                               rightIsLiteral: cache.isLiteral(infix.rightOperand))
        return (left, right)
    }

    func evaluatePrefix(_ prefix: PrefixOperatorExprSyntax, in scope: Scope, expecting expected: TypeRef?) throws -> Value {
        let op = cache.text(prefix.operator)
        if op == "-", let literal = prefix.expression.as(IntegerLiteralExprSyntax.self) {
            // `-9223372036854775808` is a valid literal even though its magnitude is not.
            let digits = literal.literal.text.filter { $0 != "_" }
            if literal.radix == .decimal, let value = Int("-" + digits) {
                if expected == .float { return .float(Float(value)) }
                if let expected, expected.isFloatingPoint { return .double(Double(value)) }
                return .int(value)
            }
        }
        let operand = try evaluate(prefix.expression, in: scope, expecting: expected)
        if let result = try applyInoutPrefixOperator(op, operand, prefix, in: scope) { return result }
        if operatorFunctionNames.contains(op), let result = try callOperatorFunction(op, [operand], in: scope, node: prefix) {
            return result
        }
        do {
            return try Operators.prefix(op, operand)
        } catch let error as CellError {
            throw error.located(at: prefix)
        }
    }

    /// `left ** right` (or `√x`) through the operator function a cell declared, when it takes operands
    /// of these types; nil when it does not (the standard operator applies, as Swift picks the
    /// overload that fits).
    func callOperatorFunction(_ op: String, _ operands: [Value], in scope: Scope, node: some SyntaxProtocol) throws -> Value? {
        guard let binding = scope.lookup(op), case .function(let function) = binding.value,
              case .user(let latest) = function.body else { return nil }
        let candidates = ([latest] + latest.overloads).filter {
            $0.parameters.count == operands.count && !$0.parameters.contains(where: \.isInout)
        }
        // The overload whose parameters are the operands' own types, else one they convert to.
        if let exact = candidates.first(where: { zip($0.parameters, operands).allSatisfy { Conversion.isExactly($1, $0.type) } }) {
            return try callUser(exact, arguments: operands, node: node)
        }
        for user in candidates {
            let converted = zip(user.parameters, operands).compactMap { Conversion.convert($1, to: $0.type, literal: false) }
            if converted.count == operands.count { return try callUser(user, arguments: converted, node: node) }
        }
        return nil
    }

    /// `+++vector` through an operator function whose parameter is `inout` (`static prefix func +++
    /// (vector: inout Vector2D)`, or one declared outside a type): the operand is changed in place.
    private func applyInoutPrefixOperator(_ op: String, _ operand: Value, _ prefix: PrefixOperatorExprSyntax,
                                          in scope: Scope) throws -> Value? {
        let takesInout = { (function: UserFunction) in function.parameters.count == 1 && function.parameters[0].isInout }
        var function: UserFunction?
        var context: Scope?
        if let definition = operand.userDefinition,
           let found = (definition.lookupMember({ $0.staticMethods[op] })?.0
                ?? definition.conformances.compactMap { protocols[$0]?.members.staticMethods[op] }.first)?.first(where: takesInout) {
            function = found
            let methodContext = Scope(parent: found.captured)
            methodContext.isMethodContext = true
            methodContext.define("self", .init(value: .metatype(definition.type), isMutable: false, type: definition.type))
            context = methodContext
        } else if operatorFunctionNames.contains(op), let binding = scope.lookup(op), case .function(let value) = binding.value,
                  case .user(let latest) = value.body {
            function = ([latest] + latest.overloads).first { takesInout($0) && Conversion.isExactly(operand, $0.parameters[0].type) }
        }
        guard let function else { return nil }
        let target = try resolveLValue(prefix.expression, in: scope)
        var changed: Value?
        defer { if let changed { _ = try? modify(target) { $0 = changed } } }
        return try callUser(function, arguments: [operand], node: prefix, parent: context) { functionScope in
            changed = functionScope.lookup(function.parameters[0].name)?.value
        }
    }

    // MARK: Assignment

    func assign(_ valueExpression: ExprSyntax, to target: ExprSyntax, in scope: Scope) throws {
        if target.is(DiscardAssignmentExprSyntax.self) {
            _ = try evaluate(valueExpression, in: scope)
            return
        }
        if let tuple = target.as(TupleExprSyntax.self), tuple.elements.count > 1 {
            // `(a, b) = (b, a)`: the right side is evaluated first, then each element assigned.
            let value = try evaluate(valueExpression, in: scope)
            guard case .tuple(let elements, _) = value, elements.count == tuple.elements.count else {
                throw CellError.compile("cannot assign value of type '\(value.type)' to a tuple of \(tuple.elements.count) elements",
                                        at: valueExpression)
            }
            for (element, targetElement) in zip(elements, tuple.elements) {
                if targetElement.expression.is(DiscardAssignmentExprSyntax.self) { continue }
                let lvalue = try resolveLValue(targetElement.expression, in: scope)
                try modify(lvalue) { current in current = element }
            }
            return
        }
        let lvalue = try resolveLValue(target, in: scope)
        let targetType = try lvalueType(lvalue)
        let value = try evaluate(valueExpression, in: scope, expecting: targetType)
        let converted: Value
        if let targetType {
            guard let result = conversion(of: value, to: targetType, literalIfWritten: valueExpression) else {
                throw CellError.compile("cannot assign value of type '\(value.type)' to type '\(targetType)'", at: valueExpression)
            }
            converted = result
        } else {
            converted = value
        }
        try modify(lvalue) { current in current = converted }
    }

    func compoundAssign(_ op: String, displayed: String, value valueExpression: ExprSyntax, to target: ExprSyntax,
                        in scope: Scope) throws {
        let lvalue = try resolveLValue(target, in: scope)
        // Only the current value's type is kept: holding the value itself would make the in-place
        // append below copy the collection.
        let hint = Self.compoundAssignmentHint(try read(lvalue))
        var right = try evaluate(valueExpression, in: scope, expecting: hint)
        if cache.isLiteral(valueExpression), let hint, let literal = Conversion.convert(right, to: hint, literal: true) {
            right = literal
        }
        do {
            try modify(lvalue) { value in try Self.applyCompoundAssignment(op, displayed: displayed, to: &value, right) }
        } catch let error as CellError where !error.hasPosition {
            throw Self.relocatedCompoundError(error, op, displayed: displayed, at: target.parent ?? Syntax(target))
        }
    }
}

extension Evaluator {
    /// The contextual type a compound assignment gives its right side, from the target's current value.
    /// `compoundAssignmentHint(_:)` for a current value of `type` (known from its collection's type).
    static func compoundAssignmentHint(forType type: TypeRef) -> TypeRef? {
        switch type {
        case .array: return type
        case .named(let name):
            if name == "Int" { return nil }
            if name == "Double" || name == "Float" || SizedInteger.Kind(typeName: name) != nil { return type }
            return nil
        default: return nil
        }
    }

    static func compoundAssignmentHint(_ current: Value) -> TypeRef? {
        switch current {
        case .double: return .double
        case .float: return .float
        case .integer(let integer): return integer.kind.type
        case .array(let array): return .array(array.elementType)
        default: return nil
        }
    }

    /// `value op= right` in place. `+=` on a string or an array appends in place, as Swift's does
    /// (amortised O(1)); other operators must keep the target's type.
    static func applyCompoundAssignment(_ op: String, displayed: String, to value: inout Value, _ right: Value) throws {
        if op == "+" {
            // The string or array is moved out of `value` before it is changed, so it is changed in
            // place (a `switch` over `(value, right)` would hold a second reference to it).
            if case .string(let suffix) = right, var text = value.takeString() {
                defer { value = .string(text) }
                try MemoryGuard.check(elements: text.utf8.count + suffix.utf8.count, what: "string concatenation")
                text += suffix
                return
            }
            if case .array(let other) = right, let elementType = value.arrayElementType,
               other.elementType == elementType || other.elementType == .any, var array = value.takeArray() {
                defer { value = .array(array) }
                try MemoryGuard.check(elements: array.count + other.count, what: "array concatenation")
                array.append(contentsOf: other)
                return
            }
        }
        let result = try Operators.apply(op, value, right)
        guard result.type == value.type else { throw Operators.mismatch(displayed, value, right) }
        value = result
    }

    /// A compound assignment's error, placed at the whole assignment and naming the operator as written.
    static func relocatedCompoundError(_ error: CellError, _ op: String, displayed: String, at node: Syntax) -> CellError {
        var located = error
        if error.kind == .compile, error.message.hasPrefix("binary operator '\(op)'") {
            located.message = error.message.replacingOccurrences(of: "'\(op)'", with: "'\(displayed)'")
        }
        return located.located(at: node)
    }

    /// The contextual type of a binary operator's right operand, from the left one's value: a literal
    /// takes the other side's numeric type, and `nil` the optional type it is compared with.
    static func rightOperandHint(_ left: Value, numericHint: TypeRef?, isEquality: Bool) -> TypeRef? {
        switch left {
        case .double: return .double
        case .float: return .float
        case .integer(let integer): return integer.kind.type
        case .optional(_, let wrapped): return .optional(wrapped)
        case .int: if let numericHint { return numericHint }
        case .record, .object, .enumeration:
            // A cell type's own operator (`level < .high`): the other operand is of the same type.
            if !isEquality { return left.type }
        default: break
        }
        return isEquality ? .optional(left.type) : nil
    }
}
