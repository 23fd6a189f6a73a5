@_spi(Compiler) import SwiftParser
import SwiftSyntax

extension Evaluator {
    /// Evaluates an expression. `expected` is the contextual type when there is one: it lets literals
    /// take that type (`let x: Double = 1`), gives empty collections and `nil` a type, and is the base
    /// of implicit member expressions (`.log`).
    func evaluate(_ expression: ExprSyntax, in scope: Scope, expecting expected: TypeRef? = nil) throws -> Value {
        if stackUsed > stackBudget {
            throw CellError(.runtime, callDepth > 0
                                ? "recursion depth limit exceeded: the cell's stack is exhausted after \(callDepth) nested calls"
                                : "expression is too deeply nested to evaluate: the cell's stack is exhausted",
                            at: expression)
        }
        do {
            return try evaluateKind(expression, in: scope, expecting: expected)
        } catch let error as CellError {
            throw error.located(at: expression)
        }
    }

    private func evaluateKind(_ expression: ExprSyntax, in scope: Scope, expecting expected: TypeRef?) throws -> Value {
        switch expression.as(ExprSyntaxEnum.self) {
        case .integerLiteralExpr(let literal):
            return try integerLiteral(literal, expecting: expected)
        case .floatLiteralExpr(let literal):
            guard let value = cache.double(literal), value.isFinite else {
                throw CellError.compile("floating-point literal '\(literal.literal.text)' overflows 'Double'", at: literal)
            }
            if expected == .float || expected?.optionalWrapped == .float { return .float(Float(literal.literal.text.filter { $0 != "_" }) ?? Float(value)) }
            return .double(value)
        case .booleanLiteralExpr(let literal):
            return .bool(literal.literal.tokenKind == .keyword(.true))
        case .stringLiteralExpr(let literal):
            return .string(try stringLiteral(literal, in: scope))
        case .simpleStringLiteralExpr(let literal):
            throw CellError.compile("this string literal form is not available in cells", at: literal)
        case .nilLiteralExpr(let literal):
            if case .optional(let wrapped) = expected { return .optional(nil, wrapped) }
            if expected == nil || expected == .any {
                throw CellError.compile("'nil' requires a contextual type", at: literal)
            }
            throw CellError.compile("'nil' is not compatible with expected type '\(expected!)'", at: literal)
        case .arrayExpr(let array):
            return try arrayLiteral(array, in: scope, expecting: expected)
        case .dictionaryExpr(let dictionary):
            return try dictionaryLiteral(dictionary, in: scope, expecting: expected)
        case .tupleExpr(let tuple):
            if tuple.elements.count == 1, let only = tuple.elements.first, only.label == nil {
                return try evaluate(only.expression, in: scope, expecting: expected)
            }
            var values: [Value] = []
            var expectedElements: [TypeRef]?
            if case .tuple(let types) = expected, types.count == tuple.elements.count { expectedElements = types }
            for (index, element) in tuple.elements.enumerated() {
                values.append(try evaluate(element.expression, in: scope, expecting: expectedElements?[index]))
            }
            if values.isEmpty { return .void }
            return .tuple(values, labels: tuple.elements.map { $0.label?.text })
        case .declReferenceExpr(let reference):
            return try lookup(reference, in: scope, expecting: expected)
        case .infixOperatorExpr(let infix):
            return try evaluateInfix(infix, in: scope, expecting: expected)
        case .prefixOperatorExpr(let prefix):
            return try evaluatePrefix(prefix, in: scope, expecting: expected)
        case .postfixOperatorExpr(let postfix):
            if postfix.operator.text == "..." {
                let lower = try evaluate(postfix.expression, in: scope, expecting: .int)
                if case .int(let bound) = lower { return PartialRanges.value(bound...) }
                if let range = StringIndices.partialFrom(lower) { return range }
                throw CellError.compile("unary operator '...' cannot be applied to an operand of type '\(lower.type)'", at: postfix)
            }
            let operand = try evaluate(postfix.expression, in: scope)
            let op = postfix.operator.text
            if operatorFunctionNames.contains(op), let result = try callOperatorFunction(op, [operand], in: scope, node: postfix) {
                return result
            }
            throw CellError.compile("postfix operator '\(op)' is not available in cells", at: postfix)
        case .ternaryExpr(let ternary):
            let condition = try evaluate(ternary.condition, in: scope, expecting: .bool)
            guard case .bool(let truth) = condition else {
                throw CellError.compile("cannot convert value of type '\(condition.type)' to expected condition type 'Bool'",
                                        at: ternary.condition)
            }
            let first = truth ? ternary.thenExpression : ternary.elseExpression
            let second = truth ? ternary.elseExpression : ternary.thenExpression
            if Self.isNilBranch(of: ternary, expecting: expected) {
                // `c ? String(n) : nil` is an optional either way.
                if first.is(NilLiteralExprSyntax.self) { return .optional(nil, expected ?? .any) }
                return Self.wrappingOptional(try evaluate(first, in: scope, expecting: expected))
            }
            let value = try evaluate(first, in: scope, expecting: expected)
            // Swift types both branches alike: `flag ? 1 : 2.5` is a Double either way.
            if case .int(let integer) = value, cache.isLiteral(first), second.is(FloatLiteralExprSyntax.self) {
                return .double(Double(integer))
            }
            return value
        case .functionCallExpr(let call):
            if cache.isOptionalChainRoot(expression, isOptionalChainRoot) {
                return try evaluateOptionalChain(expression, in: scope, expecting: expected) {
                    try evaluateCall(call, in: scope, expecting: expected)
                }
            }
            return try evaluateCall(call, in: scope, expecting: expected)
        case .memberAccessExpr(let member):
            if cache.isOptionalChainRoot(expression, isOptionalChainRoot) {
                return try evaluateOptionalChain(expression, in: scope, expecting: expected) {
                    try evaluateMemberAccess(member, in: scope, expecting: expected)
                }
            }
            return try evaluateMemberAccess(member, in: scope, expecting: expected)
        case .subscriptCallExpr(let subscriptCall):
            if cache.isOptionalChainRoot(expression, isOptionalChainRoot) {
                return try evaluateOptionalChain(expression, in: scope, expecting: expected) {
                    try evaluateSubscript(subscriptCall, in: scope)
                }
            }
            return try evaluateSubscript(subscriptCall, in: scope)
        case .closureExpr(let closure):
            return try makeClosure(closure, in: scope, expecting: expected)
        case .tryExpr(let tryExpression):
            if tryExpression.questionOrExclamationMark?.tokenKind == .postfixQuestionMark {
                do {
                    let value = try evaluate(tryExpression.expression, in: scope, expecting: expected?.optionalWrapped)
                    if case .optional = value { return value }
                    return .optional(value, value.type)
                } catch let error as CellError where error.isCatchable {
                    return .optional(nil, expected?.optionalWrapped ?? declaredResultType(of: tryExpression.expression, in: scope) ?? .any)
                }
            }
            if tryExpression.questionOrExclamationMark?.tokenKind == .exclamationMark {
                do {
                    return try evaluate(tryExpression.expression, in: scope, expecting: expected)
                } catch let error as CellError where error.isCatchable {
                    throw CellError.runtime("Fatal error: 'try!' expression unexpectedly raised an error: \(errorValue(of: error).debugDescription)",
                                            at: tryExpression)
                }
            }
            return try evaluate(tryExpression.expression, in: scope, expecting: expected)
        case .ifExpr(let ifExpression):
            return try evaluateIfExpression(ifExpression, in: scope, expecting: expected)
        case .forceUnwrapExpr(let unwrap):
            // `super.init(name: "[Untitled]")!`: a failable initializer delegated to, forced to succeed.
            if Self.isInitializerDelegation(unwrap.expression) {
                do {
                    _ = try evaluate(unwrap.expression, in: scope)
                } catch is InitializerFailed {
                    throw CellError.runtime("Unexpectedly found nil while unwrapping an Optional value", at: unwrap)
                }
                return .void
            }
            let value = try evaluate(unwrap.expression, in: scope)
            guard case .optional(let wrapped, _) = value else {
                throw CellError.compile("cannot force unwrap value of non-optional type '\(value.type)'", at: unwrap)
            }
            guard let wrapped else {
                throw CellError.runtime("Unexpectedly found nil while unwrapping an Optional value", at: unwrap)
            }
            return wrapped
        case .asExpr(let asExpression):
            if asExpression.questionOrExclamationMark != nil {
                return try evaluateCast(asExpression, in: scope)
            }
            let type = resolveAliases(TypeResolver.typeRef(asExpression.type))
            try requireKnownType(type, at: asExpression.type)
            let value = try evaluate(asExpression.expression, in: scope, expecting: type)
            guard let converted = conversion(of: value, to: type, literalIfWritten: asExpression.expression) else {
                throw CellError.compile("cannot convert value of type '\(value.type)' to type '\(type)' in coercion",
                                        at: asExpression)
            }
            return converted
        case .isExpr(let node):
            let value = try evaluate(node.expression, in: scope)
            return .bool(try valueIs(value, resolveAliases(TypeResolver.typeRef(node.type)), at: node.type))
        case .inOutExpr(let inOut):
            return try evaluate(inOut.expression, in: scope, expecting: expected)
        case .discardAssignmentExpr(let node):
            throw CellError.compile("'_' can only appear in a pattern or on the left side of an assignment", at: node)
        case .typeExpr(let typeExpression):
            let type = resolveAliases(TypeResolver.typeRef(typeExpression.type))
            try requireKnownType(type, at: typeExpression)
            return .metatype(type)
        case .switchExpr(let node):
            return try evaluateSwitchExpression(node, in: scope, expecting: expected)
        case .awaitExpr(let node):
            throw CellError.compile("'await' is not available in cells", at: node)
        case .keyPathExpr(let node):
            // A key path where a function is expected (`people.map(\.name)`): the closure it stands for.
            guard let closure = cache.keyPathClosure(node) else {
                throw CellError.compile("this key path is not available in cells; use a closure such as { $0.name }", at: node)
            }
            return try evaluate(closure, in: scope, expecting: expected)
        case .regexLiteralExpr(let node):
            throw CellError.compile("regex literals are not available in cells", at: node)
        case .macroExpansionExpr(let node):
            throw CellError.compile("macro expansions (#\(node.macroName.text)) are not available in cells", at: node)
        case .optionalChainingExpr(let node):
            return try evaluateOptionalLink(node, in: scope)
        case .genericSpecializationExpr(let node):
            throw CellError.compile("explicit generic arguments are not available in cells", at: node)
        case .editorPlaceholderExpr(let node):
            throw CellError(.syntax, "editor placeholder in source file", at: node)
        case .missingExpr(let node):
            throw CellError(.syntax, "expected an expression", at: node)
        case .sequenceExpr(let node):
            throw CellError.compile("operators here could not be folded", at: node)
        case .assignmentExpr, .unresolvedAsExpr, .unresolvedIsExpr, .unresolvedTernaryExpr, .arrowExpr, .binaryOperatorExpr:
            throw CellError.compile("'\(expression.trimmedDescription)' is not an expression here", at: expression)
        default:
            throw CellError.compile("'\(expression.trimmedDescription.prefix(40))' is not available in cells",
                                    at: expression)
        }
    }

    // MARK: Literals

    func integerLiteral(_ literal: IntegerLiteralExprSyntax, expecting expected: TypeRef?) throws -> Value {
        guard let value = cache.integer(literal) else {
            throw CellError.compile("integer literal '\(literal.literal.text)' overflows when stored into 'Int'", at: literal)
        }
        if let expected, expected.isFloatingPoint || expected.optionalWrapped?.isFloatingPoint == true {
            return expected == .float || expected.optionalWrapped == .float ? .float(Float(value)) : .double(Double(value))
        }
        if let kind = SizedInteger.Kind.expected(by: expected) {
            guard let sized = SizedInteger.exactly(value, as: kind) else {
                throw CellError.compile("integer literal '\(literal.literal.text)' overflows when stored into '\(kind.rawValue)'", at: literal)
            }
            return .integer(sized)
        }
        return .int(value)
    }

    func stringLiteral(_ literal: StringLiteralExprSyntax, in scope: Scope) throws -> String {
        guard let kind = literal.stringLiteralKind else {
            throw CellError.compile("this string literal form is not available in cells", at: literal)
        }
        var result = ""
        for segment in literal.segments {
            switch segment {
            case .stringSegment(let text):
                text.appendUnescapedLiteralValue(stringLiteralKind: kind, delimiterLength: literal.delimiterLength,
                                                 to: &result)
            case .expressionSegment(let interpolation):
                guard interpolation.expressions.count == 1, let only = interpolation.expressions.first,
                      only.label == nil else {
                    throw CellError.compile("string interpolation in cells takes one unlabeled value, as in \\(x)",
                                            at: interpolation)
                }
                let value = try evaluate(only.expression, in: scope)
                result += value.description
                if result.utf8.count > MemoryGuard.maximumElements {
                    throw CellError.runtime("string would be longer than the notebook's limit of \(MemoryGuard.maximumElements) bytes",
                                            at: interpolation)
                }
            }
        }
        return result
    }

    func arrayLiteral(_ array: ArrayExprSyntax, in scope: Scope, expecting expected: TypeRef?) throws -> Value {
        var expectedElement: TypeRef?
        if case .array(let element) = expected ?? .any { expectedElement = element }
        if case .optional(.array(let element)) = expected ?? .any { expectedElement = element }
        if case .set(let element) = expected?.optionalWrapped ?? expected ?? .any {
            return try setLiteral(array, elementType: element, in: scope)
        }
        var values: [Value] = []
        values.reserveCapacity(array.elements.count)
        for element in array.elements {
            // `[Color.red, .green]`: an implicit member takes the type of the elements before it.
            var hint = expectedElement
            if hint == nil, let previous = values.last, Self.isImplicitMember(element.expression) { hint = previous.type }
            values.append(try evaluate(element.expression, in: scope, expecting: hint))
        }
        if let expectedElement {
            // Each element as the expected type (`1` in an `[Int?]` literal is `Optional(1)`).
            if expectedElement != .any {
                for index in values.indices where values[index].type != expectedElement {
                    if let converted = Conversion.convert(values[index], to: expectedElement, literal: true) { values[index] = converted }
                }
            }
            return .array(ArrayValue(values, elementType: expectedElement))
                .convertedIfPossible(to: .array(expectedElement))
        }
        return .array(try Literals.homogeneousArray(values, expressions: array.elements.map(\.expression), node: array))
    }

    /// `[1, 2, 3]` where a `Set` is expected: repeated elements kept once, as `Set`'s
    /// `init(arrayLiteral:)` does. `elementType` is `Any` for `let s: Set = [...]`.
    func setLiteral(_ array: ArrayExprSyntax, elementType: TypeRef, in scope: Scope) throws -> Value {
        let hint = elementType == .any ? nil : elementType
        var values: [Value] = []
        values.reserveCapacity(array.elements.count)
        for element in array.elements {
            var elementHint = hint
            if elementHint == nil, let previous = values.last, Self.isImplicitMember(element.expression) { elementHint = previous.type }
            values.append(try evaluate(element.expression, in: scope, expecting: elementHint))
        }
        let elements = try Literals.homogeneousArray(values, expressions: array.elements.map(\.expression), node: array)
        var set = SetValue(elementType: hint ?? elements.elementType)
        for value in elements.elements {
            let element = hint.flatMap { Conversion.convert(value, to: $0, literal: true) } ?? value
            guard let key = HashableValue(element) else {
                throw CellError.compile("type '\(element.type)' does not conform to protocol 'Hashable'", at: array)
            }
            set.insert(element, key: key)
        }
        return .set(set)
    }

    func dictionaryLiteral(_ dictionary: DictionaryExprSyntax, in scope: Scope, expecting expected: TypeRef?) throws -> Value {
        var keyType: TypeRef?
        var valueType: TypeRef?
        if case .dictionary(let key, let value) = expected ?? .any {
            keyType = key
            valueType = value
        }
        guard case .elements(let elements) = dictionary.content else {
            return .dictionary(DictionaryValue(keyType: keyType ?? .any, valueType: valueType ?? .any))
        }
        var keys: [Value] = []
        var values: [Value] = []
        for element in elements {
            keys.append(try evaluate(element.key, in: scope, expecting: keyType))
            values.append(try evaluate(element.value, in: scope, expecting: valueType))
        }
        let keyArray = try Literals.homogeneousArray(keys, expressions: elements.map(\.key), node: dictionary)
        let valueArray = try Literals.homogeneousArray(values, expressions: elements.map(\.value), node: dictionary)
        var result = DictionaryValue(keyType: keyType ?? keyArray.elementType, valueType: valueType ?? valueArray.elementType)
        for (key, value) in zip(keyArray.elements, valueArray.elements) {
            guard let hashable = HashableValue(key) else {
                throw CellError.compile("type '\(key.type)' does not conform to protocol 'Hashable'", at: dictionary)
            }
            if result.value(for: hashable) != nil {
                throw CellError.runtime("Fatal error: Dictionary literal contains duplicate keys", at: dictionary)
            }
            result.set(value, for: hashable, keyValue: key)
        }
        return .dictionary(result)
    }

    /// `super.init(...)` or `self.init(...)`.
    static func isInitializerDelegation(_ expression: ExprSyntax) -> Bool {
        guard let call = expression.as(FunctionCallExprSyntax.self), let member = call.calledExpression.as(MemberAccessExprSyntax.self),
              member.declName.baseName.tokenKind == .keyword(.`init`), let base = member.base else { return false }
        return base.is(SuperExprSyntax.self) || base.as(DeclReferenceExprSyntax.self)?.baseName.tokenKind == .keyword(.self)
    }

    // MARK: Names

    /// The value a name stands for; `expected` and `asReceiver` say how it is used, which decides
    /// whether a variable declared `T!` is unwrapped (`readingImplicitlyUnwrapped`).
    func lookup(_ reference: DeclReferenceExprSyntax, in scope: Scope, expecting expected: TypeRef? = nil,
                asReceiver: Bool = false) throws -> Value {
        let name = cache.text(reference.baseName)
        if case .binaryOperator = reference.baseName.tokenKind, Self.operatorFunctions.contains(name) {
            return .function(FunctionValue(.binaryOperator(name)))
        }
        switch resolveName(name, in: scope) {
        case .binding(let owner):
            if let binding = owner.bindings[name] {
                if !binding.isInitialized {
                    throw CellError.compile("\(binding.isMutable ? "variable" : "constant") '\(name)' used before being initialized",
                                            at: reference)
                }
                if binding.implicitlyUnwraps {
                    return try readingImplicitlyUnwrapped(binding, expecting: expected, asReceiver: asReceiver, at: reference)
                }
                return binding.value
            }
        case .selfMember(let selfScope):
            let selfValue = selfScope.bindings["self"]?.value ?? .void
            if let value = try userProperty(name, of: selfValue, node: reference) {
                if hasImplicitlyUnwrappedVariables, definition(of: selfValue)?.implicitlyUnwraps(name) == true {
                    return try implicitlyUnwrapped(value, expecting: expected, asReceiver: asReceiver, at: reference)
                }
                return value
            }
            return try property(name, of: selfValue, node: reference)
        case .none:
            break
        }
        if name == "Self", let type = enclosingSelfType(in: scope) { return .metatype(type) }
        if let type = userTypes[name] { return .metatype(type.type) }
        if let symbols = registry.globals[name], let first = symbols.first {
            if first.kind == .globalVariable {
                var receiver = Value.void
                return try first.implementation(&receiver, [], CallContext(evaluator: self))
            }
            return .function(FunctionValue(.library(name: name, overloads: symbols)))
        }
        if let type = knownType(named: name) { return .metatype(type) }
        if reference.baseName.tokenKind.isDollarIdentifier {
            throw CellError.compile("anonymous closure argument not contained in a closure", at: reference)
        }
        throw undefinedName(name, at: reference, in: scope)
    }

    /// Binary operators that can be passed as functions (`reduce(0, +)`, `sorted(by: >)`).
    static let operatorFunctions: Set<String> = ["+", "-", "*", "/", "%", "<", ">", "<=", ">=", "==", "!=", "&&", "||"]

    /// The type a call evaluates to, as its declaration states it, without running it: a cell
    /// function's declared return type, or the type an initializer call makes (`Kelvin(-1)`). What
    /// `try?` gives its `nil` when the call throws (nil when the call is not of that form).
    func declaredResultType(of expression: ExprSyntax, in scope: Scope) -> TypeRef? {
        guard let call = expression.as(FunctionCallExprSyntax.self),
              let reference = call.calledExpression.as(DeclReferenceExprSyntax.self) else { return nil }
        let name = cache.text(reference.baseName)
        if let binding = scope.lookup(name) {
            guard case .function(let function) = binding.value, case .user(let user) = function.body else { return nil }
            return user.returnType ?? .void
        }
        guard let type = knownType(named: name) else { return nil }
        return type.optionalWrapped ?? type
    }

    /// True when one branch of the ternary is `nil` and no optional type is expected of it: Swift makes
    /// the whole an optional of the other branch's type.
    static func isNilBranch(of ternary: TernaryExprSyntax, expecting expected: TypeRef?) -> Bool {
        guard ternary.thenExpression.is(NilLiteralExprSyntax.self) || ternary.elseExpression.is(NilLiteralExprSyntax.self) else {
            return false
        }
        if case .optional? = expected { return false }
        return true
    }

    /// `value` as an optional (unchanged when it is one).
    static func wrappingOptional(_ value: Value) -> Value {
        if case .optional = value { return value }
        return .optional(value, value.type)
    }

    /// The type a bare name refers to (`Int`, `MLP` ...), if any.
    func knownType(named name: String) -> TypeRef? {
        if ["Int", "Double", "String", "Bool"].contains(name) || registry.types[name] != nil { return .named(name) }
        if let type = userTypes[name] { return type.type }
        if protocols[name] != nil { return .named(name) }
        if let alias = typeAliases[name] { return alias }
        if let bound = activeGenericBindings[name] { return bound }
        return nil
    }

    func undefinedName(_ name: String, at node: some SyntaxProtocol, in scope: Scope) -> CellError {
        let candidates = scope.visibleNames.union(registry.globals.keys).union(registry.types.keys)
        return CellError.compile("cannot find '\(name)' in scope" + Suggestions.didYouMean(name, among: candidates), at: node)
    }

    // MARK: if as an expression

    func evaluateIfExpression(_ node: IfExprSyntax, in scope: Scope, expecting expected: TypeRef?) throws -> Value {
        let branchScope = Scope(parent: scope)
        let block: CodeBlockSyntax
        if try evaluateConditions(node.conditions, in: scope, bindingInto: branchScope) {
            block = node.body
        } else {
            switch node.elseBody {
            case .ifExpr(let elseIf): return try evaluateIfExpression(elseIf, in: scope, expecting: expected)
            case .codeBlock(let elseBlock): block = elseBlock
            case nil:
                throw CellError.compile("'if' must have an unconditional 'else' to be used as expression", at: node)
            }
        }
        guard block.statements.count == 1, let only = block.statements.first, case .expr(let expression) = only.item else {
            throw CellError.compile("each branch of an 'if' expression must be a single expression", at: block)
        }
        return try evaluate(expression, in: branchScope, expecting: expected)
    }
}

extension Evaluator {
    /// `.name` or `.name(...)`: a member of a type the context names.
    static func isImplicitMember(_ expression: ExprSyntax) -> Bool {
        if let member = expression.as(MemberAccessExprSyntax.self) { return member.base == nil }
        if let call = expression.as(FunctionCallExprSyntax.self), let member = call.calledExpression.as(MemberAccessExprSyntax.self) {
            return member.base == nil
        }
        return false
    }
}

extension Value {
    /// The value converted to `type` as a literal, or itself when that is not possible (the caller checks).
    func convertedIfPossible(to type: TypeRef) -> Value {
        Conversion.convert(self, to: type, literal: true) ?? self
    }
}

extension TokenKind {
    var isDollarIdentifier: Bool {
        if case .dollarIdentifier = self { return true }
        return false
    }
}

extension TypeRef {
    var optionalWrapped: TypeRef? {
        if case .optional(let wrapped) = self { return wrapped }
        return nil
    }
}

extension Literals {
    /// The array of a collection literal's elements with one element type, as Swift infers it: integer
    /// literals become `Double` beside a `Double`; mixed types are an error.
    static func homogeneousArray(_ values: [Value], expressions: [ExprSyntax], node: some SyntaxProtocol) throws -> ArrayValue {
        guard let first = values.first else { return ArrayValue([], elementType: .any) }
        var elementType = first.type
        // Instances of classes with a common superclass make an array of that superclass.
        if case .object(let firstObject) = first, values.contains(where: { $0.type != first.type }) {
            var candidate: UserType? = firstObject.definition
            while let each = candidate, !values.allSatisfy({ value in
                if case .object(let object) = value { return object.definition.isSubtype(of: each) }
                return false
            }) { candidate = each.superclass }
            if let common = candidate { return ArrayValue(values, elementType: common.type) }
        }
        let hasDouble = values.contains { $0.type == .double }
        if hasDouble { elementType = .double }
        if values.contains(where: { if case .optional = $0 { return true } else { return false } }) {
            // [1, nil] is [Int?].
            let wrapped = values.compactMap { value -> TypeRef? in
                if case .optional(nil, _) = value { return nil }
                if case .optional(_, let type) = value { return type }
                return value.type
            }.first ?? .any
            elementType = .optional(wrapped)
        }
        var converted: [Value] = []
        converted.reserveCapacity(values.count)
        for (value, expression) in zip(values, expressions) {
            guard let element = Conversion.convert(value, to: elementType, literal: isLiteral(expression)) else {
                throw CellError.compile("heterogeneous collection literal could only be inferred to '[Any]'; add explicit type annotation if this is intentional",
                                        at: expression)
            }
            converted.append(element)
        }
        return ArrayValue(converted, elementType: elementType)
    }
}
