import SwiftSyntax

/// `switch`, `do`/`catch`, `throw`, `defer`, `if case`/`guard case`, optional chaining and type
/// casts: the control flow of Swift that goes beyond `if` and loops.
extension Evaluator {
    // MARK: switch

    /// Runs a `switch` statement. An unlabeled `break` inside ends the switch; `fallthrough` runs the
    /// next case's body without matching it.
    func executeSwitch(_ node: SwitchExprSyntax, in scope: Scope, label: String?) throws -> Flow {
        let subject = try evaluate(node.subject, in: scope)
        let cases = try switchCases(node)
        try checkExhaustive(node, cases: cases, subject: subject)
        guard var index = try firstMatchingCase(cases, subject: subject, in: scope) else { return .normal }
        var caseScope = index.scope
        while true {
            let flow = try execute(cases[index.position].statements, in: caseScope)
            switch flow {
            case .fallthroughCase:
                let next = index.position + 1
                guard next < cases.count else { return .normal }
                index = (next, Scope(parent: scope))
                caseScope = index.scope
                continue
            case .breakLoop(let target) where target == nil || target == label:
                return .normal
            default:
                return flow
            }
        }
    }

    /// A `switch` used as a value: each case is one expression.
    func evaluateSwitchExpression(_ node: SwitchExprSyntax, in scope: Scope, expecting expected: TypeRef?) throws -> Value {
        let subject = try evaluate(node.subject, in: scope)
        let cases = try switchCases(node)
        try checkExhaustive(node, cases: cases, subject: subject)
        guard let index = try firstMatchingCase(cases, subject: subject, in: scope) else {
            throw CellError.runtime("Fatal error: no case of the switch matched", at: node)
        }
        let statements = cases[index.position].statements
        if statements.count == 1, let only = statements.first, case .expr(let expression) = only.item {
            return try evaluate(expression, in: index.scope, expecting: expected)
        }
        if statements.count == 1, let only = statements.first, case .stmt(let statement) = only.item,
           let throwStatement = statement.as(ThrowStmtSyntax.self) {
            _ = try execute(StmtSyntax(throwStatement), in: index.scope, label: nil)
        }
        throw CellError.compile("each case of a 'switch' expression must be a single expression", at: cases[index.position].node)
    }

    struct SwitchCase {
        var items: [(pattern: PatternSyntax, guardExpression: ExprSyntax?)]
        var isDefault: Bool
        var statements: CodeBlockItemListSyntax
        var node: Syntax
    }

    private func switchCases(_ node: SwitchExprSyntax) throws -> [SwitchCase] {
        var cases: [SwitchCase] = []
        for element in node.cases {
            guard case .switchCase(let switchCase) = element else {
                throw CellError.compile("#if inside a switch is not available in cells", at: element)
            }
            if switchCase.statements.isEmpty {
                throw CellError.compile("'\(switchCase.label.trimmedDescription)' label in a 'switch' must have at least one executable statement",
                                        at: switchCase.label)
            }
            switch switchCase.label {
            case .default:
                cases.append(SwitchCase(items: [], isDefault: true, statements: switchCase.statements, node: Syntax(switchCase)))
            case .case(let label):
                let items = label.caseItems.map { ($0.pattern, $0.whereClause?.condition) }
                cases.append(SwitchCase(items: items, isDefault: false, statements: switchCase.statements, node: Syntax(switchCase)))
            }
        }
        return cases
    }

    private func firstMatchingCase(_ cases: [SwitchCase], subject: Value, in scope: Scope) throws
        -> (position: Int, scope: Scope)? {
        for (position, switchCase) in cases.enumerated() {
            if switchCase.isDefault { return (position, Scope(parent: scope)) }
            for item in switchCase.items {
                var bindings = PatternBindings()
                guard try match(item.pattern, subject, binding: nil, into: &bindings, in: scope) else { continue }
                let caseScope = Scope(parent: scope)
                define(bindings, in: caseScope)
                if let condition = item.guardExpression {
                    let truth = try evaluate(condition, in: caseScope, expecting: .bool)
                    guard case .bool(true) = truth else {
                        if case .bool = truth { continue }
                        throw CellError.compile("cannot convert value of type '\(truth.type)' to expected condition type 'Bool'",
                                                at: condition)
                    }
                }
                return (position, caseScope)
            }
        }
        return nil
    }

    /// swiftc's check that a switch covers every value: a `default`, a catch-all pattern, every case
    /// of an enumeration, or both Booleans.
    private func checkExhaustive(_ node: SwitchExprSyntax, cases: [SwitchCase], subject: Value) throws {
        if cases.contains(where: \.isDefault) { return }
        let unguarded = cases.flatMap(\.items).filter { $0.guardExpression == nil }.map(\.pattern)
        if unguarded.contains(where: isCatchAll) { return }
        var missing: [String] = []
        var subjectValue = subject
        var optionalNone = false
        if case .optional(let wrapped, _) = subject {
            optionalNone = !unguarded.contains { $0.trimmedDescription == ".none" || $0.trimmedDescription == "nil" }
            if let wrapped { subjectValue = wrapped }
            if unguarded.contains(where: { ["let x?", ".some"].contains($0.trimmedDescription) }) { return }
        }
        switch subjectValue {
        case .enumeration(let enumValue):
            let definition = enumValue.definition
            let covered = Set(unguarded.compactMap { coveredCase($0, of: definition) })
            missing = definition.cases.map(\.name).filter { !covered.contains($0) }.map { "." + $0 }
        case .bool:
            let texts = Set(unguarded.map(\.trimmedDescription))
            missing = ["true", "false"].filter { !texts.contains($0) }
        case .tuple, .int, .double, .string, .array, .record, .object:
            missing = ["_"]
        default:
            missing = ["_"]
        }
        if optionalNone, case .optional = subject { missing.append(".none") }
        guard !missing.isEmpty else { return }
        let notes = missing.map { $0 == "_" ? "add a default clause" : "add missing case: '\($0)'" }
        throw CellError.compile("switch must be exhaustive" + "; " + notes.joined(separator: "; "), at: node.switchKeyword)
    }

    private func isCatchAll(_ pattern: PatternSyntax) -> Bool {
        if pattern.is(WildcardPatternSyntax.self) || pattern.is(IdentifierPatternSyntax.self) { return true }
        if let valueBinding = pattern.as(ValueBindingPatternSyntax.self) { return isCatchAll(valueBinding.pattern) }
        if let expression = pattern.as(ExpressionPatternSyntax.self) {
            if expression.expression.is(DiscardAssignmentExprSyntax.self) { return true }
            if let patternExpression = expression.expression.as(PatternExprSyntax.self) { return isCatchAll(patternExpression.pattern) }
            if let tuple = expression.expression.as(TupleExprSyntax.self), tuple.elements.count > 1 {
                return tuple.elements.allSatisfy { element in
                    if element.expression.is(DiscardAssignmentExprSyntax.self) { return true }
                    if let inner = element.expression.as(PatternExprSyntax.self) { return isCatchAll(inner.pattern) }
                    return false
                }
            }
        }
        if let tuple = pattern.as(TuplePatternSyntax.self) { return tuple.elements.allSatisfy { isCatchAll($0.pattern) } }
        return false
    }

    /// The enumeration case a pattern matches whatever its associated values, if it matches one that way.
    private func coveredCase(_ pattern: PatternSyntax, of definition: UserType) -> String? {
        var expression: ExprSyntax?
        if let valueBinding = pattern.as(ValueBindingPatternSyntax.self) {
            return coveredCase(valueBinding.pattern, of: definition)
        }
        if let expressionPattern = pattern.as(ExpressionPatternSyntax.self) { expression = expressionPattern.expression }
        guard let expression else { return nil }
        if let member = expression.as(MemberAccessExprSyntax.self) { return member.declName.baseName.text }
        if let call = expression.as(FunctionCallExprSyntax.self), let member = call.calledExpression.as(MemberAccessExprSyntax.self) {
            let allBind = call.arguments.allSatisfy { argument in
                var inner = argument.expression
                if let patternExpression = inner.as(PatternExprSyntax.self) {
                    return isCatchAll(patternExpression.pattern)
                }
                if inner.is(DiscardAssignmentExprSyntax.self) { return true }
                if let tuple = inner.as(TupleExprSyntax.self), tuple.elements.count == 1 { inner = tuple.elements.first!.expression }
                return false
            }
            return allBind ? member.declName.baseName.text : nil
        }
        return nil
    }

    // MARK: do, catch, throw, defer

    func executeDo(_ node: DoStmtSyntax, in scope: Scope) throws -> Flow {
        if node.catchClauses.isEmpty {
            return try execute(node.body.statements, in: Scope(parent: scope))
        }
        do {
            return try execute(node.body.statements, in: Scope(parent: scope))
        } catch let error as CellError where error.isCatchable {
            let value = errorValue(of: error)
            for clause in node.catchClauses {
                let clauseScope = Scope(parent: scope)
                if clause.catchItems.isEmpty {
                    clauseScope.define("error", .init(value: value, isMutable: false, type: .named("Error")))
                    return try execute(clause.body.statements, in: clauseScope)
                }
                for item in clause.catchItems {
                    var bindings = PatternBindings()
                    if let pattern = item.pattern {
                        guard try match(pattern, value, binding: nil, into: &bindings, in: scope) else { continue }
                    } else {
                        bindings.names.append(("error", value, false))
                    }
                    define(bindings, in: clauseScope)
                    if let condition = item.whereClause?.condition {
                        guard case .bool(true) = try evaluate(condition, in: clauseScope, expecting: .bool) else { continue }
                    }
                    return try execute(clause.body.statements, in: clauseScope)
                }
            }
            throw error
        }
    }

    /// The value a `catch` binds for an error: what the cell threw, or the library's error.
    func errorValue(of error: CellError) -> Value {
        if let thrown = error.thrownValue { return thrown }
        return .native(NativeValue(typeName: "Error", object: LibraryErrorValue(message: error.message,
                                                                                typeName: error.libraryTypeName)))
    }

    func executeThrow(_ node: ThrowStmtSyntax, in scope: Scope) throws -> Flow {
        // `throw .empty` in a `throws(StatsError)` function: the declared error type is the context.
        let value = try evaluate(node.expression, in: scope, expecting: Self.declaredErrorType(around: node).map(resolveAliases))
        let conforms: Bool = {
            if let definition = value.userDefinition { return definition.conforms(to: "Error") }
            if case .native(let native) = value, native.typeName == "Error" { return true }
            return false
        }()
        guard conforms else {
            throw CellError.compile("thrown expression type '\(value.type)' does not conform to 'Error'", at: node.expression)
        }
        throw CellError.thrown(value, at: node)
    }

    /// The error type the function, initializer or closure around `node` declares with typed throws
    /// (`func mean(_ xs: [Int]) throws(StatsError)`), if it does.
    static func declaredErrorType(around node: some SyntaxProtocol) -> TypeRef? {
        var current = node.parent
        while let each = current {
            let clause: ThrowsClauseSyntax??
            if let function = each.as(FunctionDeclSyntax.self) {
                clause = function.signature.effectSpecifiers?.throwsClause
            } else if let initializer = each.as(InitializerDeclSyntax.self) {
                clause = initializer.signature.effectSpecifiers?.throwsClause
            } else if let closure = each.as(ClosureExprSyntax.self) {
                clause = closure.signature?.effectSpecifiers?.throwsClause
            } else if let accessor = each.as(AccessorDeclSyntax.self) {
                clause = accessor.effectSpecifiers?.throwsClause
            } else {
                clause = nil
            }
            if let clause {
                guard let type = clause?.type else { return nil }
                return TypeResolver.typeRef(type)
            }
            current = each.parent
        }
        return nil
    }

    /// Runs a block's statements; `defer` blocks run when it ends, last first, however it ends.
    func executeDeferring(_ items: CodeBlockItemListSyntax, in scope: Scope) throws -> Flow {
        var deferred: [CodeBlockSyntax] = []
        var result: Flow = .normal
        var failure: Error?
        for item in items {
            if case .stmt(let statement) = item.item, let deferStatement = statement.as(DeferStmtSyntax.self) {
                deferred.append(deferStatement.body)
                continue
            }
            do {
                let flow = try execute(item, in: scope)
                if case .normal = flow { continue }
                result = flow
            } catch {
                failure = error
            }
            break
        }
        for body in deferred.reversed() {
            _ = try execute(body.statements, in: Scope(parent: scope))
        }
        if let failure { throw failure }
        return result
    }

    // MARK: Optional chaining

    /// True when `expression` is the outermost link of an optional chain (`a?.b.c()` as a whole).
    func isOptionalChainRoot(_ expression: ExprSyntax) -> Bool {
        guard containsOptionalChaining(expression) else { return false }
        guard let parent = expression.parent else { return true }
        if let member = parent.as(MemberAccessExprSyntax.self), member.base?.id == expression.id { return false }
        if let call = parent.as(FunctionCallExprSyntax.self), call.calledExpression.id == expression.id { return false }
        if let subscriptCall = parent.as(SubscriptCallExprSyntax.self), subscriptCall.calledExpression.id == expression.id { return false }
        if let unwrap = parent.as(ForceUnwrapExprSyntax.self), unwrap.expression.id == expression.id { return false }
        if let chaining = parent.as(OptionalChainingExprSyntax.self), chaining.expression.id == expression.id { return false }
        return true
    }

    private func containsOptionalChaining(_ expression: ExprSyntax) -> Bool {
        var current: ExprSyntax? = expression
        while let each = current {
            if each.is(OptionalChainingExprSyntax.self) { return true }
            if let member = each.as(MemberAccessExprSyntax.self) { current = member.base; continue }
            if let call = each.as(FunctionCallExprSyntax.self) { current = call.calledExpression; continue }
            if let subscriptCall = each.as(SubscriptCallExprSyntax.self) { current = subscriptCall.calledExpression; continue }
            if let unwrap = each.as(ForceUnwrapExprSyntax.self) { current = unwrap.expression; continue }
            return false
        }
        return false
    }

    /// Evaluates an optional chain: nil as soon as a link is nil, else the result made optional.
    func evaluateOptionalChain(_ expression: ExprSyntax, in scope: Scope, expecting expected: TypeRef?,
                               _ body: () throws -> Value) throws -> Value {
        do {
            let value = try body()
            if case .optional = value { return value }
            if case .void = value { return .optional(.void, .void) }
            return .optional(value, value.type)
        } catch is OptionalChainNil {
            return .optional(nil, expected?.optionalWrapped ?? .any)
        }
    }

    /// `a?` inside a chain: the wrapped value, or the end of the chain.
    func evaluateOptionalLink(_ node: OptionalChainingExprSyntax, in scope: Scope) throws -> Value {
        let value = try evaluate(node.expression, in: scope)
        guard case .optional(let wrapped, _) = value else {
            throw CellError.compile("cannot use optional chaining on non-optional value of type '\(value.type)'", at: node)
        }
        guard let wrapped else { throw OptionalChainNil() }
        return wrapped
    }

    // MARK: is, as?, as!

    func evaluateCast(_ node: AsExprSyntax, in scope: Scope) throws -> Value {
        let type = resolveAliases(TypeResolver.typeRef(node.type))
        try requireKnownType(type, at: node.type)
        let value = try evaluate(node.expression, in: scope)
        let cast = try castValue(value, to: type)
        if node.questionOrExclamationMark?.tokenKind == .postfixQuestionMark {
            return .optional(cast, type)
        }
        guard let cast else {
            throw CellError.runtime("Could not cast value of type '\(value.type)' to '\(type)'", at: node)
        }
        return cast
    }
}
