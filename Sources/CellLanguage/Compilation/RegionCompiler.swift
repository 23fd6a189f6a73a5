import SwiftSyntax

/// The compiler leaves this region to the tree walker (it declares something the compiled code does
/// not model, such as a nested function or a `defer`). Never seen by users: the tree walker then
/// runs the region and reports whatever Swift would.
struct RegionNotCompiled: Error {}

/// Compiles a loop or a function body into closures (`CompiledStatement`, `CompiledExpression`) once,
/// so that running it again does not walk the syntax tree: names are resolved to numbered slots or
/// to the enclosing variables, operators to the functions they apply, literals to values.
///
/// Semantics stay in one place: compiled code calls the evaluator's own operations on values
/// (`Operators`, `Conversion`, `subscriptRead`, `modify`, `resolveCall`, `invoke` …), and any
/// expression or self-contained statement it does not compile itself is evaluated by the tree
/// walker in a scope that shares the region's variables (`Frame.scope(exposing:)`).
final class RegionCompiler {
    let evaluator: Evaluator
    /// The scope the region runs in (at the run that compiled it).
    let scope: Scope
    /// The region's own names, innermost block last.
    private var blocks: [[String: Int]] = [[:]]
    private(set) var slotCount = 0
    private(set) var outerNames: [String] = []
    private var outerIndex: [String: Int] = [:]
    private(set) var absentNames: Set<String> = []
    /// Set when the region names a variable declared `T!`: such regions stay with the tree walker,
    /// which unwraps it by how it is used.
    private var readsImplicitlyUnwrapped = false

    /// For a method's body: the scope that binds `self` (the method's context). A bare name that is
    /// no local, is not bound there, and is a member of `self` means `self.name`, as Swift reads it.
    let methodContext: Scope?
    private let selfValue: Value?

    init(evaluator: Evaluator, scope: Scope, methodContext: Scope? = nil) {
        self.evaluator = evaluator
        self.scope = scope
        self.methodContext = methodContext
        self.selfValue = methodContext?.bindings["self"]?.value
    }

    /// True inside a method (other than the one being compiled as such), where a bare name may be a
    /// member of `self`: such regions stay with the tree walker, which resolves implicit `self`.
    var isInMethodContext: Bool {
        var current: Scope? = scope
        while let each = current {
            if each.isMethodContext && each !== methodContext { return true }
            current = each.parent
        }
        return false
    }

    // MARK: Regions

    /// True when `node` names a stored property some cell type declared `T!`: the tree walker reads
    /// it, unwrapping it by how it is used.
    private func namesImplicitlyUnwrappedProperty(_ node: some SyntaxProtocol) -> Bool {
        let names = evaluator.implicitlyUnwrappedPropertyNames
        if names.isEmpty { return false }
        return node.tokens(viewMode: .sourceAccurate).contains { names.contains($0.text) }
    }

    func compileLoopRegion(_ statement: StmtSyntax, label: String?) throws -> CompiledRegion {
        if namesImplicitlyUnwrappedProperty(statement) { throw RegionNotCompiled() }
        let body = try compileStatement(statement, label: label)
        if readsImplicitlyUnwrapped { throw RegionNotCompiled() }
        return region(body: body, singleExpression: nil, singleExpressionSyntax: nil, node: Syntax(statement))
    }

    func compileFunctionRegion(_ function: UserFunction) throws -> CompiledRegion {
        if namesImplicitlyUnwrappedProperty(function.node) { throw RegionNotCompiled() }
        for parameter in function.parameters {
            let slot = newSlot()
            if parameter.name != "_" { blocks[blocks.count - 1][parameter.name] = slot }
        }
        let compiled: CompiledRegion
        if let expression = evaluator.implicitResult(of: function) {
            let code = compileExpression(expression)
            compiled = region(body: { _ in .normal }, singleExpression: ExpressionCode(run: code), singleExpressionSyntax: expression,
                              node: function.node)
        } else {
            let body = try compileBlock(function.body)
            compiled = region(body: body, singleExpression: nil, singleExpressionSyntax: nil, node: function.node)
        }
        if readsImplicitlyUnwrapped { throw RegionNotCompiled() }
        compiled.parameterCount = function.parameters.count
        return compiled
    }

    private func region(body: @escaping CompiledStatement, singleExpression: ExpressionCode?, singleExpressionSyntax: ExprSyntax?,
                        node: Syntax) -> CompiledRegion {
        CompiledRegion(body: body, singleExpression: singleExpression, singleExpressionSyntax: singleExpressionSyntax,
                       slotCount: slotCount, outerNames: outerNames, absentNames: Array(absentNames), node: node)
    }

    // MARK: Names

    enum NameReference {
        case local(Int)
        case outer(Int)
        /// A member of the method's `self` (`x` meaning `self.x`); the index is `self`'s in `Frame.outer`.
        case selfMember(Int)
        /// Not a variable: a type, a library function, or unknown.
        case none
    }

    func lookupName(_ name: String) -> NameReference {
        for block in blocks.reversed() {
            if let slot = block[name] { return .local(slot) }
        }
        if let index = outerIndex[name] { return .outer(index) }
        if let methodContext, let selfValue, !methodContext.defines(name), evaluator.hasMember(name, selfValue) {
            guard case .outer(let selfIndex) = lookupName("self") else { return .none }
            return .selfMember(selfIndex)
        }
        if let outer = scope.lookup(name) {
            if outer.implicitlyUnwraps { readsImplicitlyUnwrapped = true }
            outerIndex[name] = outerNames.count
            outerNames.append(name)
            return .outer(outerNames.count - 1)
        }
        absentNames.insert(name)
        return .none
    }

    func newSlot() -> Int {
        slotCount += 1
        return slotCount - 1
    }

    func declare(_ name: String) -> Int {
        let slot = newSlot()
        blocks[blocks.count - 1][name] = slot
        return slot
    }

    /// The region's own variables that `node` names, for the tree walker to see when it evaluates it.
    func localsNamed(in node: some SyntaxProtocol) -> [(name: String, slot: Int)] {
        let collector = NameCollector(viewMode: .sourceAccurate)
        collector.walk(node)
        var result: [(name: String, slot: Int)] = []
        for name in collector.names.sorted() {
            if case .local(let slot) = lookupName(name) { result.append((name, slot)) }
        }
        return result
    }

    // MARK: Blocks and statements

    func compileBlock(_ block: CodeBlockSyntax) throws -> CompiledStatement {
        try compileBlock(block.statements)
    }

    func compileBlock(_ items: CodeBlockItemListSyntax) throws -> CompiledStatement {
        if evaluator.cache.hasDefer(items) { throw RegionNotCompiled() }
        blocks.append([:])
        defer { blocks.removeLast() }
        let statements = try items.map { StatementCode(run: finalizing(try compileItem($0))) }
        let block = sequence(statements)
        // Once a class has a `deinit`, the block's variables are let go when it ends, as in Swift
        // (an instance made in a loop's body is released before the next iteration).
        guard evaluator.finalizations.isInUse, let declared = blocks.last.map({ Array($0.values) }), !declared.isEmpty else {
            return block
        }
        return { frame in
            defer { for slot in declared { frame.slots[slot] = nil } }
            return try block(frame)
        }
    }

    /// Runs `statements` in order until one ends otherwise than normally.
    private func sequence(_ statements: [StatementCode]) -> CompiledStatement {
        switch statements.count {
        case 0: return { _ in .normal }
        case 1: return statements[0].run
        case 2:
            let first = statements[0].run, second = statements[1].run
            return { frame in
                let flow = try first(frame)
                if case .normal = flow { return try second(frame) }
                return flow
            }
        default:
            return { frame in
                for statement in statements {
                    let flow = try statement.run(frame)
                    if case .normal = flow { continue }
                    return flow
                }
                return .normal
            }
        }
    }

    /// `statement`, first running the `deinit`s of instances released before it, once the session
    /// has a class with a `deinit` (as the tree walker does before each statement).
    private func finalizing(_ statement: @escaping CompiledStatement) -> CompiledStatement {
        guard evaluator.finalizations.isInUse else { return statement }
        let evaluator = evaluator
        return { frame in
            if !evaluator.finalizations.pending.isEmpty { try evaluator.runPendingDeinitializers() }
            return try statement(frame)
        }
    }

    func compileItem(_ item: CodeBlockItemSyntax) throws -> CompiledStatement {
        switch item.item {
        case .decl(let declaration):
            guard let variable = declaration.as(VariableDeclSyntax.self) else { throw RegionNotCompiled() }
            return try compileVariables(variable)
        case .stmt(let statement):
            do {
                return try compileStatement(statement, label: nil)
            } catch is RegionNotCompiled where !statement.is(GuardStmtSyntax.self) && !statement.is(DeferStmtSyntax.self) {
                // A statement whose names stay inside it (a loop with a nested function …): the tree walker runs it.
                return treeWalked(statement, label: nil)
            }
        case .expr(let expression):
            let code = compileExpression(expression)
            return { frame in
                _ = try code(frame, nil)
                return .normal
            }
        }
    }

    func compileStatement(_ statement: StmtSyntax, label: String?) throws -> CompiledStatement {
        switch statement.as(StmtSyntaxEnum.self) {
        case .expressionStmt(let node):
            if let ifExpression = node.expression.as(IfExprSyntax.self) { return try compileIf(ifExpression) }
            if node.expression.is(SwitchExprSyntax.self) { return treeWalked(statement, label: label) }
            let code = compileExpression(node.expression)
            return { frame in
                _ = try code(frame, nil)
                return .normal
            }
        case .forStmt(let node):
            return try compileFor(node, label: label)
        case .whileStmt(let node):
            return try compileWhile(node, label: label)
        case .repeatStmt(let node):
            return try compileRepeat(node, label: label)
        case .breakStmt(let node):
            let flow = Evaluator.Flow.breakLoop(label: node.label?.text)
            return { _ in flow }
        case .continueStmt(let node):
            let flow = Evaluator.Flow.continueLoop(label: node.label?.text)
            return { _ in flow }
        case .fallThroughStmt:
            return { _ in .fallthroughCase }
        case .returnStmt(let node):
            return compileReturn(node)
        case .labeledStmt(let node):
            return try compileStatement(node.statement, label: node.label.text)
        case .guardStmt(let node):
            return try compileGuard(node)
        case .doStmt, .throwStmt:
            // Self-contained: whatever they declare is scoped to them.
            return treeWalked(statement, label: label)
        default:
            throw RegionNotCompiled()
        }
    }

    /// A statement the tree walker runs, seeing the region's variables.
    func treeWalked(_ statement: StmtSyntax, label: String?) -> CompiledStatement {
        let locals = localsNamed(in: statement)
        let evaluator = evaluator
        return { frame in
            try evaluator.execute(statement, in: frame.scope(exposing: locals), label: label)
        }
    }

    // MARK: Declarations

    func compileVariables(_ variable: VariableDeclSyntax) throws -> CompiledStatement {
        if !variable.modifiers.isEmpty { throw RegionNotCompiled() }
        let isMutable = variable.bindingSpecifier.tokenKind == .keyword(.var)
        var steps: [StatementCode] = []
        for binding in variable.bindings {
            guard binding.accessorBlock == nil, let initializer = binding.initializer else { throw RegionNotCompiled() }
            let name: String?
            if let identifier = binding.pattern.as(IdentifierPatternSyntax.self) {
                name = identifier.identifier.text
            } else if binding.pattern.is(WildcardPatternSyntax.self) {
                name = nil
            } else {
                throw RegionNotCompiled()
            }
            var annotated: TypeRef?
            if let annotation = binding.typeAnnotation {
                // A `T!` variable is unwrapped by how it is used, which the tree walker decides.
                if Evaluator.isImplicitlyUnwrapped(annotation.type) { throw RegionNotCompiled() }
                let type = evaluator.resolveAliases(TypeResolver.typeRef(annotation.type))
                do { try evaluator.requireKnownType(type, at: annotation.type) } catch { throw RegionNotCompiled() }
                annotated = type
            }
            let value = compileExpression(initializer.value)
            let valueSyntax = initializer.value
            let isLiteral = evaluator.cache.isLiteral(valueSyntax)
            let slot = name.map { declare($0) }
            let evaluator = evaluator
            steps.append(StatementCode { frame in
                var result = try value(frame, annotated)
                var type: TypeRef
                if let annotated {
                    guard let converted = Conversion.convert(result, to: annotated, literal: isLiteral)
                            ?? evaluator.conformingLibraryValue(result, to: annotated) else {
                        throw evaluator.conversionError(result, to: annotated, context: "specified type", at: valueSyntax)
                    }
                    result = converted
                    type = annotated
                } else {
                    type = result.type
                    if case .array(let array) = result, array.elementType == .any, array.isEmpty,
                       Evaluator.isEmptyCollectionLiteral(valueSyntax) {
                        throw CellError.compile("empty collection literal requires an explicit type", at: valueSyntax)
                    }
                    if case .optional(nil, .any) = result, valueSyntax.is(NilLiteralExprSyntax.self) {
                        throw CellError.compile("'nil' requires a contextual type", at: valueSyntax)
                    }
                }
                if let slot { frame.slots[slot] = Scope.Binding(value: result, isMutable: isMutable, type: type) }
                return .normal
            })
        }
        if steps.count == 1 { return steps[0].run }
        return { frame in
            for step in steps { _ = try step.run(frame) }
            return .normal
        }
    }

    // MARK: Conditions

    /// `if`/`while`/`guard` conditions: boolean expressions and `let` bindings of optionals, which
    /// declare their names in the current block.
    func compileConditions(_ conditions: ConditionElementListSyntax) throws -> (Frame) throws -> Bool {
        var steps: [ConditionCode] = []
        for element in conditions {
            switch element.condition {
            case .expression(let expression):
                let code = compileExpression(expression)
                steps.append(ConditionCode { frame in
                    let value = try code(frame, .bool)
                    guard case .bool(let truth) = value else {
                        throw CellError.compile("cannot convert value of type '\(value.type)' to expected condition type 'Bool'",
                                                at: expression)
                    }
                    return truth
                })
            case .optionalBinding(let binding):
                guard let pattern = binding.pattern.as(IdentifierPatternSyntax.self), binding.typeAnnotation == nil else {
                    throw RegionNotCompiled()
                }
                let name = pattern.identifier.text
                let value: CompiledExpression
                if let initializer = binding.initializer {
                    value = compileExpression(initializer.value)
                } else {
                    value = compileName(name, at: DeclReferenceExprSyntax(baseName: pattern.identifier))
                }
                let isMutable = binding.bindingSpecifier.tokenKind == .keyword(.var)
                let slot = declare(name)
                steps.append(ConditionCode { frame in
                    let optional = try value(frame, nil)
                    guard case .optional(let wrapped, let wrappedType) = optional else {
                        throw CellError.compile("initializer for conditional binding must have Optional type, not '\(optional.type)'",
                                                at: binding)
                    }
                    guard let wrapped else { return false }
                    frame.slots[slot] = Scope.Binding(value: wrapped, isMutable: isMutable, type: wrappedType)
                    return true
                })
            default:
                throw RegionNotCompiled()
            }
        }
        if steps.count == 1 { return steps[0].run }
        return { frame in
            for step in steps where try !step.run(frame) { return false }
            return true
        }
    }

    func compileIf(_ node: IfExprSyntax) throws -> CompiledStatement {
        let condition: (Frame) throws -> Bool
        let body: CompiledStatement
        blocks.append([:])
        do {
            defer { blocks.removeLast() }
            condition = try compileConditions(node.conditions)
            body = try compileBlock(node.body)
        } catch is RegionNotCompiled {
            // `if case` and other conditions: the tree walker runs the whole statement.
            return treeWalkedIf(node)
        }
        switch node.elseBody {
        case .ifExpr(let elseIf):
            let otherwise = try compileIf(elseIf)
            return { frame in try condition(frame) ? try body(frame) : try otherwise(frame) }
        case .codeBlock(let block):
            let otherwise = try compileBlock(block)
            return { frame in try condition(frame) ? try body(frame) : try otherwise(frame) }
        case nil:
            return { frame in try condition(frame) ? try body(frame) : .normal }
        }
    }

    /// The tree walker runs an `if` statement the compiler cannot (it keeps the original node, whose
    /// positions errors report).
    private func treeWalkedIf(_ node: IfExprSyntax) -> CompiledStatement {
        let locals = localsNamed(in: node)
        let evaluator = evaluator
        return { frame in
            try evaluator.executeIf(node, in: frame.scope(exposing: locals))
        }
    }

    func compileGuard(_ node: GuardStmtSyntax) throws -> CompiledStatement {
        // The names a guard binds stay visible after it, in the current block.
        let condition = try compileConditions(node.conditions)
        let body = try compileBlock(node.body)
        let keyword = node.guardKeyword
        return { frame in
            if try condition(frame) { return .normal }
            let flow = try body(frame)
            if case .normal = flow {
                throw CellError.compile("'guard' body must not fall through, consider using a 'return' or 'break' to exit the scope",
                                        at: keyword)
            }
            return flow
        }
    }

    func compileReturn(_ node: ReturnStmtSyntax) -> CompiledStatement {
        let syntax = Syntax(node)
        guard let expression = node.expression else {
            return { _ in .returnValue(.void, node: syntax) }
        }
        let code = compileExpression(expression)
        let isLiteral = evaluator.cache.isLiteral(expression)
        let evaluator = evaluator
        return { frame in
            let returnType = evaluator.returnTypes.last ?? nil
            var value = try code(frame, returnType)
            if let returnType, returnType != .any, returnType != .void {
                guard let converted = Conversion.convert(value, to: returnType, literal: isLiteral) else {
                    throw CellError.compile("cannot convert return expression of type '\(value.type.diagnosticName)' to return type '\(returnType)'",
                                            at: expression)
                }
                value = converted
            }
            return .returnValue(value, node: syntax)
        }
    }

    // MARK: Loops

    /// What a loop does after one run of its body: nil to go on, or the flow that leaves the loop.
    @inline(__always)
    static func afterBody(_ flow: Evaluator.Flow, label: String?) -> Evaluator.Flow? {
        switch flow {
        case .normal:
            return nil
        case .breakLoop(let target):
            if target == nil || target == label { return .normal }
            return flow
        case .continueLoop(let target):
            if target == nil || target == label { return nil }
            return flow
        case .returnValue, .fallthroughCase:
            return flow
        }
    }

    func compileFor(_ node: ForStmtSyntax, label: String?) throws -> CompiledStatement {
        if node.tryKeyword != nil || node.awaitKeyword != nil || node.caseKeyword != nil { throw RegionNotCompiled() }
        let sequence = compileExpression(node.sequence)
        let sequenceNode = Syntax(node.sequence)
        let evaluator = evaluator
        blocks.append([:])
        defer { blocks.removeLast() }
        do {
            let bind = try compilePatternBinding(node.pattern)
            var condition: ConditionCode?
            if let whereClause = node.whereClause {
                let code = compileExpression(whereClause.condition)
                condition = ConditionCode { frame in
                    let value = try code(frame, .bool)
                    guard case .bool(let truth) = value else {
                        throw CellError.compile("cannot convert value of type '\(value.type)' to expected condition type 'Bool'",
                                                at: whereClause.condition)
                    }
                    return truth
                }
            }
            let body = try compileBlock(node.body)
            return { frame in
                let values = try sequence(frame, nil)
                var exit = Evaluator.Flow.normal
                try Sequences.iterate(values, node: sequenceNode, evaluator: evaluator) { element in
                    try evaluator.checkInterruptPeriodically()
                    try bind(frame, element)
                    if let condition, try !condition.run(frame) { return true }
                    if let flow = Self.afterBody(try body(frame), label: label) {
                        exit = flow
                        return false
                    }
                    return true
                }
                return exit
            }
        }
    }

    /// Binds a `for` pattern (a name, `_`, or a tuple of those) to each element, as
    /// `Evaluator.bind(pattern:to:in:isMutable:)` does.
    func compilePatternBinding(_ pattern: PatternSyntax) throws -> (Frame, Value) throws -> Void {
        if let identifier = pattern.as(IdentifierPatternSyntax.self) {
            let slot = declare(identifier.identifier.text)
            return { frame, value in frame.bindFresh(slot, to: value) }
        }
        if pattern.is(WildcardPatternSyntax.self) { return { _, _ in } }
        if let tuple = pattern.as(TuplePatternSyntax.self) {
            struct Binder { let run: (Frame, Value) throws -> Void }
            let elements = try tuple.elements.map { Binder(run: try compilePatternBinding($0.pattern)) }
            return { frame, value in
                guard case .tuple(let values, _) = value, values.count == elements.count else {
                    throw CellError.compile("pattern of \(elements.count) elements cannot match a value of type '\(value.type)'",
                                            at: pattern)
                }
                for (bind, element) in zip(elements, values) { try bind.run(frame, element) }
            }
        }
        throw RegionNotCompiled()
    }

    func compileWhile(_ node: WhileStmtSyntax, label: String?) throws -> CompiledStatement {
        let evaluator = evaluator
        blocks.append([:])
        defer { blocks.removeLast() }
        do {
            let condition = try compileConditions(node.conditions)
            let body = try compileBlock(node.body)
            return { frame in
                while true {
                    try evaluator.checkInterruptPeriodically()
                    guard try condition(frame) else { return .normal }
                    if let flow = Self.afterBody(try body(frame), label: label) { return flow }
                }
            }
        }
    }

    func compileRepeat(_ node: RepeatStmtSyntax, label: String?) throws -> CompiledStatement {
        let body = try compileBlock(node.body)
        let condition = compileExpression(node.condition)
        let conditionSyntax = node.condition
        let evaluator = evaluator
        return { frame in
            while true {
                try evaluator.checkInterruptPeriodically()
                if let flow = Self.afterBody(try body(frame), label: label) { return flow }
                let value = try condition(frame, .bool)
                guard case .bool(let truth) = value else {
                    throw CellError.compile("cannot convert value of type '\(value.type)' to expected condition type 'Bool'",
                                            at: conditionSyntax)
                }
                if !truth { return .normal }
            }
        }
    }
}

/// The identifiers a piece of syntax names.
final class NameCollector: SyntaxVisitor {
    private(set) var names: Set<String> = []

    override func visit(_ node: DeclReferenceExprSyntax) -> SyntaxVisitorContinueKind {
        names.insert(node.baseName.text)
        return .visitChildren
    }

    override func visit(_ node: IdentifierPatternSyntax) -> SyntaxVisitorContinueKind {
        names.insert(node.identifier.text)
        return .visitChildren
    }
}
