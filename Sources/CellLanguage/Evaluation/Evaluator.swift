import Foundation
import JupyterKernel
import LandscapeNotebook
import SwiftSyntax

/// Evaluates cells over swift-syntax's typed tree: statements, declarations and expressions are
/// visited by kind, values are dynamic `Value`s, and everything a cell names that it did not define
/// itself comes from the `Registry`.
///
/// One evaluator lives as long as the kernel session; its global scope is the notebook's state.
final class Evaluator {
    let registry: Registry
    let globals: Scope
    /// Where the running cell's outputs go.
    var output: any ExecutionContext
    /// What the running cell asked to put in its `execute_reply` (the pager); emptied per cell.
    var payloads: [Payload] = []
    /// The running cell's last progress bar that ended with a summary, until the cell shows a value
    /// (see `settleFinishedProgress`); emptied per cell.
    var finishedProgress: FinishedProgress?
    let interruptFlag: InterruptFlag
    /// Nested calls of cell functions and closures right now.
    var callDepth = 0
    /// The address of the stack when the running cell started; the evaluator measures how much stack
    /// it has used against it.
    var stackBase: UInt = 0
    /// Per-node facts, so loops do not re-read them from the syntax tree.
    let cache = SyntaxCache()
    /// What the thread's `description` hook refers to (weakly) instead of the evaluator itself.
    private(set) lazy var descriptionHandle = UserDescriptions.DescriptionHandle(self)
    /// The declared result types of the cell functions being run, innermost last (nil for closures).
    var returnTypes: [TypeRef?] = []
    /// While the arguments of a library method on a collection are evaluated: the collection's element
    /// type, the contextual type of an implicit member written as an argument (`statuses.contains(.banned)`,
    /// `tokens.firstIndex(of: .number(2))`), where the registry's signature says only `Element`.
    var implicitMemberContext: TypeRef?
    /// The structures, enumerations and classes cells declared, by name (a later declaration replaces
    /// an earlier one; values made with the earlier one keep it).
    var userTypes = UserTypeTable()
    /// True once a cell declared a `subscript` (reading `a[i]` looks for them only then).
    var hasUserSubscripts = false
    /// The specialization of a generic type whose method is running (`self`'s type), if any.
    var specializedSelf: UserType?
    /// The generic parameters of the generic function running (its annotations may name them).
    var activeGenericParameters: Set<String> = []
    /// What the running generic function's parameters stand for in this call, as its arguments imply
    /// (`T` is `Score` in `makeFresh(Score.self)`): its body may name them as types (`T()`, `T.self`).
    var activeGenericBindings: [String: TypeRef] = [:]
    /// The protocols cells declared.
    var protocols: [String: ProtocolDefinition] = [:]
    /// The cell protocols library types were extended to conform to (`extension Array: Container {}`),
    /// by the library type's member table (`Array`).
    var libraryConformances: [String: Set<String>] = [:]
    /// `typealias` declarations.
    var typeAliases: [String: TypeRef] = [:]
    /// True once a cell declared a variable of an implicitly unwrapped optional type (`Int!`): names
    /// used as receivers and operands are then checked for one.
    var hasImplicitlyUnwrappedVariables = false
    /// The names of stored properties cell types declared `T!` (compiled regions naming one leave
    /// it to the tree walker, which unwraps it by how it is used).
    var implicitlyUnwrappedPropertyNames: Set<String> = []
    /// Names that stand for any type in the declarations being read besides their own generic
    /// parameters: a protocol's associated types in its extensions (`Item` in `extension Container`).
    var implicitGenericParameters: Set<String> = []
    /// The operators cells declared functions for outside a type (`func ** (base: Int, power: Int)`).
    var operatorFunctionNames: Set<String> = []
    /// The type each `typealias` was written as (the element labels of a tuple type live only there).
    var typeAliasSyntax: [String: TypeSyntax] = [:]
    /// Members that cell extensions added to library and standard types, by member table name.
    var extensionTables: [String: MemberTable] = [:]
    /// The types whose initializers are running, innermost last (their `let` properties may be set).
    var initializing: [UserType] = []
    /// The names of the types a cell declares, while its declarations are read (a property may name a
    /// type declared further down).
    var pendingTypeNames: Set<String> = []
    /// Types whose protocol conformance is checked once all of a cell's declarations are read.
    var deferredConformanceChecks: [UserType] = []
    /// The compiled form of the loops and function bodies run so far in this cell, by syntax node.
    var compiledRegions: [SyntaxIdentifier: CompiledRegion] = [:]
    /// Loops and function bodies the compiler left to the tree walker.
    var uncompiledRegions: Set<SyntaxIdentifier> = []
    /// The arguments of the calls compiled code is making right now, innermost last.
    var compiledArguments: [CompiledArguments] = []
    /// Counts cell runs; compiled function bodies remember the run they were compiled in.
    var compilationGeneration = 0
    /// Released instances of classes with a `deinit`, waiting for it (`runPendingDeinitializers()`).
    let finalizations = FinalizationQueue()
    /// Calls of `checkInterruptPeriodically()` left before it checks again.
    var interruptCountdown = 0

    /// The deepest recursion of cell functions allowed.
    static let maximumCallDepth = 2_000
    /// How much of the evaluation thread's stack a cell may use; beyond it, deep recursion or a deeply
    /// folded expression ends the cell with an error instead of overflowing the stack.
    static let defaultStackBudget = UInt(SwiftCellInterpreter.evaluationStackSize) / 4 * 3
    /// This evaluator's stack budget (smaller in tests of the guard itself).
    var stackBudget = Evaluator.defaultStackBudget

    /// Marks the current stack position as the start of the running cell.
    func markStackBase() {
        stackBase = Self.currentStackAddress()
    }

    /// The bytes of stack used since `markStackBase()`.
    var stackUsed: UInt {
        let here = Self.currentStackAddress()
        return stackBase > here ? stackBase - here : 0
    }

    @inline(never)
    static func currentStackAddress() -> UInt {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    }

    init(registry: Registry, interruptFlag: InterruptFlag, output: any ExecutionContext) {
        self.registry = registry
        self.globals = Scope(parent: nil)
        self.interruptFlag = interruptFlag
        self.output = output
        declareStandardTypes()
    }

    var isInterrupted: Bool { interruptFlag.isSet || output.isInterrupted }

    /// `isInterrupted` as the check the library's long work consults (`Cancellation`), for this cell's output.
    var cancellationCheck: @Sendable () -> Bool {
        { [interruptFlag, output] in interruptFlag.isSet || output.isInterrupted }
    }

    /// Checks for an interrupt every 64th time it is called: what compiled loops and calls use, so that
    /// the check (two locks) does not dominate a tight loop.
    @inline(__always)
    func checkInterruptPeriodically() throws {
        interruptCountdown &-= 1
        if interruptCountdown <= 0 {
            interruptCountdown = 64
            try checkInterrupt()
        }
    }

    func checkInterrupt() throws {
        if isInterrupted {
            throw CellError(.interrupted, "execution was interrupted", position: nil)
        }
    }

    /// How a statement ended.
    enum Flow {
        case normal
        case breakLoop(label: String?)
        case continueLoop(label: String?)
        case returnValue(Value, node: Syntax)
        /// `fallthrough`: the next case of the enclosing switch runs.
        case fallthroughCase
    }

    /// Runs a parsed, folded cell. Returns the value of its last statement when that statement is an
    /// expression with a non-`Void` value.
    func run(_ file: SourceFileSyntax) throws -> Value? {
        // Long library work anywhere in the cell stops at an interrupt (`invoke` installs the check
        // itself for calls made outside a cell, such as a widget's callback).
        try Cancellation.checking(cancellationCheck) {
            try runChecked(file)
        }
    }

    /// `dump(value)` as a cell's last line: what it wrote is the output, so the value it returns is
    /// not shown again as the cell's result.
    private static func isDump(_ expression: ExprSyntax) -> Bool {
        expression.as(FunctionCallExprSyntax.self)?.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text == "dump"
    }

    private func runChecked(_ file: SourceFileSyntax) throws -> Value? {
        UserDescriptions.install(for: self)
        compiledRegions.removeAll(keepingCapacity: true)
        compilationGeneration += 1
        uncompiledRegions.removeAll(keepingCapacity: true)
        compiledArguments.removeAll()
        let throwing = Set(globals.bindings.compactMap { name, binding -> String? in
            guard case .function(let function) = binding.value, case .user(let user) = function.body, user.isThrowing else {
                return nil
            }
            return name
        })
        try DeclarationChecker.check(file, throwingFunctions: throwing)
        try StaticChecker(evaluator: self).check(file)
        var result: Value?
        // As in a program's main.swift, the cell's types and functions are visible throughout it:
        // they are declared first (types, then extensions, then functions), then the statements run.
        let hoisted = hoistedDeclarations(file)
        pendingTypeNames = Set(hoisted.compactMap { $0.item.as(DeclSyntax.self)?.asProtocol(NamedDeclSyntax.self)?.name.text })
        defer { pendingTypeNames = [] }
        deferredConformanceChecks = []
        for item in hoisted { _ = try execute(item, in: globals) }
        pendingTypeNames = []
        for type in deferredConformanceChecks { try checkConformances(type, at: type.node) }
        deferredConformanceChecks = []
        let hoistedIDs = Set(hoisted.map(\.id))
        let items = Array(file.statements).filter { !hoistedIDs.contains($0.id) }
        // Top-level `defer` blocks run when the cell ends, as at the end of a program's main.swift.
        var deferred: [CodeBlockSyntax] = []
        defer {
            for body in deferred.reversed() { _ = try? execute(body.statements, in: Scope(parent: globals)) }
        }
        for (index, item) in items.enumerated() {
            try checkInterrupt()
            result = nil
            if finalizations.isInUse {
                // What compiled code remembered of the last statement's scopes lets go of their values.
                for region in compiledRegions.values { region.forgetResolvedScope() }
                if !finalizations.pending.isEmpty { try runPendingDeinitializers() }
            }
            if case .stmt(let statement) = item.item, let deferStatement = statement.as(DeferStmtSyntax.self) {
                deferred.append(deferStatement.body)
                continue
            }
            if index == items.count - 1, case .expr(let expression) = item.item, !isAssignment(expression) {
                let value = try evaluate(expression, in: globals)
                result = value.isVoid || Self.isDump(expression) ? nil : value
                continue
            }
            let flow = try execute(item, in: globals)
            switch flow {
            case .normal: break
            case .breakLoop:
                throw CellError.compile("'break' is only allowed inside a loop, if, do, or switch", at: item)
            case .continueLoop:
                throw CellError.compile("'continue' is only allowed inside a loop", at: item)
            case .returnValue(_, let node):
                throw CellError.compile("return invalid outside of a func", at: node)
            case .fallthroughCase:
                throw CellError.compile("'fallthrough' is only allowed inside a switch", at: item)
            }
        }
        if finalizations.isInUse {
            for region in compiledRegions.values { region.forgetResolvedScope() }
            if !finalizations.pending.isEmpty { try runPendingDeinitializers() }
        }
        return result
    }

    /// The top-level declarations of a cell that are visible before their position, in the order
    /// they are declared: types, protocols and aliases, then extensions, then functions.
    func hoistedDeclarations(_ file: SourceFileSyntax) -> [CodeBlockItemSyntax] {
        var types: [CodeBlockItemSyntax] = []
        var extensions: [CodeBlockItemSyntax] = []
        var functions: [CodeBlockItemSyntax] = []
        for item in file.statements {
            guard case .decl(let decl) = item.item else { continue }
            if decl.is(StructDeclSyntax.self) || decl.is(ClassDeclSyntax.self) || decl.is(EnumDeclSyntax.self)
                || decl.is(ProtocolDeclSyntax.self) || decl.is(TypeAliasDeclSyntax.self) {
                types.append(item)
            } else if decl.is(ExtensionDeclSyntax.self) {
                extensions.append(item)
            } else if decl.is(FunctionDeclSyntax.self) {
                functions.append(item)
            }
        }
        return types + extensions + functions
    }

    func isAssignment(_ expression: ExprSyntax) -> Bool {
        guard let infix = expression.as(InfixOperatorExprSyntax.self) else { return false }
        if infix.operator.is(AssignmentExprSyntax.self) { return true }
        if let binary = infix.operator.as(BinaryOperatorExprSyntax.self) {
            return Operators.compoundAssignments.keys.contains(cache.text(binary.operator))
        }
        return false
    }

    // MARK: Blocks and statements

    func execute(_ items: CodeBlockItemListSyntax, in scope: Scope) throws -> Flow {
        if cache.hasDefer(items) { return try executeDeferring(items, in: scope) }
        for item in items {
            let flow = try execute(item, in: scope)
            if case .normal = flow { continue }
            return flow
        }
        return .normal
    }

    func execute(_ item: CodeBlockItemSyntax, in scope: Scope) throws -> Flow {
        if !finalizations.pending.isEmpty { try runPendingDeinitializers() }
        switch item.item {
        case .decl(let declaration):
            try declare(declaration, in: scope)
            return .normal
        case .stmt(let statement):
            return try execute(statement, in: scope, label: nil)
        case .expr(let expression):
            _ = try evaluate(expression, in: scope)
            return .normal
        }
    }

    func execute(_ statement: StmtSyntax, in scope: Scope, label: String?) throws -> Flow {
        switch statement.as(StmtSyntaxEnum.self) {
        case .expressionStmt(let expressionStatement):
            if let ifExpression = expressionStatement.expression.as(IfExprSyntax.self) {
                return try executeIf(ifExpression, in: scope)
            }
            if let switchExpression = expressionStatement.expression.as(SwitchExprSyntax.self) {
                return try executeSwitch(switchExpression, in: scope, label: label)
            }
            _ = try evaluate(expressionStatement.expression, in: scope)
            return .normal
        case .forStmt(let forStatement):
            if let flow = try runCompiledLoop(statement, in: scope, label: label) { return flow }
            return try executeFor(forStatement, in: scope, label: label)
        case .whileStmt(let whileStatement):
            if let flow = try runCompiledLoop(statement, in: scope, label: label) { return flow }
            return try executeWhile(whileStatement, in: scope, label: label)
        case .repeatStmt(let repeatStatement):
            if let flow = try runCompiledLoop(statement, in: scope, label: label) { return flow }
            return try executeRepeat(repeatStatement, in: scope, label: label)
        case .breakStmt(let breakStatement):
            return .breakLoop(label: breakStatement.label?.text)
        case .continueStmt(let continueStatement):
            return .continueLoop(label: continueStatement.label?.text)
        case .returnStmt(let returnStatement):
            guard let expression = returnStatement.expression else {
                return .returnValue(.void, node: Syntax(returnStatement))
            }
            let returnType = returnTypes.last ?? nil
            var value = try evaluate(expression, in: scope, expecting: returnType)
            if let returnType, returnType != .any, returnType != .void {
                guard let converted = conversion(of: value, to: returnType, literalIfWritten: expression) else {
                    throw CellError.compile("cannot convert return expression of type '\(value.type.diagnosticName)' to return type '\(returnType)'",
                                            at: expression)
                }
                value = converted
            }
            return .returnValue(value, node: Syntax(returnStatement))
        case .labeledStmt(let labeled):
            return try execute(labeled.statement, in: scope, label: labeled.label.text)
        case .guardStmt(let guardStatement):
            if try evaluateConditions(guardStatement.conditions, in: scope, bindingInto: scope) {
                return .normal
            }
            let flow = try execute(guardStatement.body.statements, in: Scope(parent: scope))
            if case .normal = flow {
                throw CellError.compile("'guard' body must not fall through, consider using a 'return' or 'break' to exit the scope",
                                        at: guardStatement.guardKeyword)
            }
            return flow
        case .doStmt(let doStatement):
            return try executeDo(doStatement, in: scope)
        case .throwStmt(let node):
            return try executeThrow(node, in: scope)
        case .deferStmt(let node):
            return try execute(node.body.statements, in: Scope(parent: scope))
        case .discardStmt(let node):
            throw CellError.compile("discard statements are not available in cells", at: node)
        case .fallThroughStmt:
            return .fallthroughCase
        case .yieldStmt(let node):
            throw CellError.compile("yield statements are not available in cells", at: node)
        case .missingStmt(let node):
            throw CellError(.syntax, "expected a statement", at: node)
        default:
            throw CellError.compile("this statement is not available in cells", at: statement)
        }
    }

    func executeIf(_ node: IfExprSyntax, in scope: Scope) throws -> Flow {
        let branchScope = Scope(parent: scope)
        if try evaluateConditions(node.conditions, in: scope, bindingInto: branchScope) {
            return try execute(node.body.statements, in: branchScope)
        }
        switch node.elseBody {
        case .ifExpr(let elseIf):
            return try executeIf(elseIf, in: scope)
        case .codeBlock(let block):
            return try execute(block.statements, in: Scope(parent: scope))
        case nil:
            return .normal
        }
    }

    /// The names `(first, _, last)` binds in `if let (first, _, last) = ...` (nil for `_`), or nil when
    /// the pattern is not a tuple of names.
    static func tupleBindingNames(_ pattern: PatternSyntax) -> [String?]? {
        if let tuple = pattern.as(TuplePatternSyntax.self) {
            let names = tuple.elements.map { element -> String?? in
                if element.pattern.is(WildcardPatternSyntax.self) { return .some(nil) }
                return element.pattern.as(IdentifierPatternSyntax.self).map { .some($0.identifier.text) }
            }
            return names.contains { $0 == nil } ? nil : names.map { $0! }
        }
        guard let tuple = pattern.as(ExpressionPatternSyntax.self)?.expression.as(TupleExprSyntax.self) else { return nil }
        let names = tuple.elements.map { element -> String?? in
            if element.expression.is(DiscardAssignmentExprSyntax.self) { return .some(nil) }
            if let inner = element.expression.as(PatternExprSyntax.self)?.pattern {
                if inner.is(WildcardPatternSyntax.self) { return .some(nil) }
                return inner.as(IdentifierPatternSyntax.self).map { .some($0.identifier.text) }
            }
            return element.expression.as(DeclReferenceExprSyntax.self).map { .some($0.baseName.text) }
        }
        return names.contains { $0 == nil } ? nil : names.map { $0! }
    }

    /// Evaluates `if`/`while`/`guard` conditions left to right; optional bindings define names in
    /// `bindingScope`. False as soon as one condition fails.
    func evaluateConditions(_ conditions: ConditionElementListSyntax, in scope: Scope,
                            bindingInto bindingScope: Scope) throws -> Bool {
        for element in conditions {
            switch element.condition {
            case .expression(let expression):
                let value = try evaluate(expression, in: bindingScope, expecting: .bool)
                guard case .bool(let truth) = value else {
                    throw CellError.compile("cannot convert value of type '\(value.type)' to expected condition type 'Bool'",
                                            at: expression)
                }
                if !truth { return false }
            case .optionalBinding(let binding):
                if let names = Self.tupleBindingNames(binding.pattern), let initializer = binding.initializer {
                    // `if let (first, last) = pair()`: the tuple inside the optional, element by element.
                    let value = try evaluate(initializer.value, in: bindingScope)
                    guard case .optional(let wrapped, _) = value else {
                        throw CellError.compile("initializer for conditional binding must have Optional type, not '\(value.type)'",
                                                at: binding)
                    }
                    guard let wrapped else { return false }
                    guard case .tuple(let elements, _) = wrapped, elements.count == names.count else {
                        throw CellError.compile("cannot bind a value of type '\(wrapped.type)' to a tuple of \(names.count) names",
                                                at: binding.pattern)
                    }
                    let isMutable = binding.bindingSpecifier.tokenKind == .keyword(.var)
                    for (element, name) in zip(elements, names) {
                        guard let name else { continue }
                        bindingScope.define(name, .init(value: element, isMutable: isMutable, type: element.type))
                    }
                    continue
                }
                guard let pattern = binding.pattern.as(IdentifierPatternSyntax.self) else {
                    throw CellError.compile("only simple names can be bound by 'if let' in cells", at: binding.pattern)
                }
                let name = pattern.identifier.text
                let value: Value
                if let initializer = binding.initializer {
                    value = try evaluate(initializer.value, in: bindingScope)
                } else if let existing = bindingScope.lookup(name) {
                    value = existing.value
                } else {
                    throw undefinedName(name, at: pattern, in: bindingScope)
                }
                guard case .optional(let wrapped, let wrappedType) = value else {
                    throw CellError.compile("initializer for conditional binding must have Optional type, not '\(value.type)'",
                                            at: binding)
                }
                guard let wrapped else { return false }
                var type = wrappedType
                var bound = wrapped
                if let annotation = binding.typeAnnotation {
                    type = resolveAliases(TypeResolver.typeRef(annotation.type))
                    guard let converted = Conversion.convert(wrapped, to: type, literal: false) else {
                        throw CellError.compile("cannot convert value of type '\(wrapped.type)' to specified type '\(type)'",
                                                at: annotation)
                    }
                    bound = converted
                }
                let isMutable = binding.bindingSpecifier.tokenKind == .keyword(.var)
                bindingScope.define(name, .init(value: bound, isMutable: isMutable, type: type))
            case .availability(let node):
                // Platform versions name Apple's systems; on Linux every `#available(..., *)` holds (the
                // `*` covers it) and every `#unavailable` fails.
                if node.availabilityKeyword.tokenKind == .poundUnavailable { return false }
            case .matchingPattern(let node):
                let value = try evaluate(node.initializer.value, in: bindingScope)
                var bindings = PatternBindings()
                guard try match(node.pattern, value, binding: nil, into: &bindings, in: bindingScope) else { return false }
                define(bindings, in: bindingScope)
            }
        }
        return true
    }

    /// Runs a loop body once; returns nil to continue looping, or the flow that leaves the loop.
    private func loopBody(_ body: CodeBlockSyntax, in scope: Scope, label: String?) throws -> Flow? {
        let flow = try execute(body.statements, in: scope)
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

    func executeFor(_ node: ForStmtSyntax, in scope: Scope, label: String?) throws -> Flow {
        if node.tryKeyword != nil || node.awaitKeyword != nil {
            throw CellError.compile("'for try await' loops are not available in cells", at: node)
        }
        let isCasePattern = node.caseKeyword != nil
        let sequence = try evaluate(node.sequence, in: scope)
        var exit: Flow = .normal
        try Sequences.iterate(sequence, node: Syntax(node.sequence), evaluator: self) { element in
            try self.checkInterrupt()
            let iterationScope = Scope(parent: scope)
            if isCasePattern {
                // `for case let n? in optionals`: only the elements the pattern matches, with its bindings.
                var bindings = PatternBindings()
                guard try self.match(node.pattern, element, binding: nil, into: &bindings, in: iterationScope) else { return true }
                self.define(bindings, in: iterationScope)
            } else {
                try self.bind(pattern: node.pattern, to: element, in: iterationScope, isMutable: false)
            }
            if let whereClause = node.whereClause {
                let condition = try self.evaluate(whereClause.condition, in: iterationScope, expecting: .bool)
                guard case .bool(let truth) = condition else {
                    throw CellError.compile("cannot convert value of type '\(condition.type)' to expected condition type 'Bool'",
                                            at: whereClause.condition)
                }
                if !truth { return true }
            }
            if let flow = try self.loopBody(node.body, in: iterationScope, label: label) {
                exit = flow
                return false
            }
            return true
        }
        return exit
    }

    func executeWhile(_ node: WhileStmtSyntax, in scope: Scope, label: String?) throws -> Flow {
        while true {
            try checkInterrupt()
            let iterationScope = Scope(parent: scope)
            guard try evaluateConditions(node.conditions, in: scope, bindingInto: iterationScope) else {
                return .normal
            }
            if let flow = try loopBody(node.body, in: iterationScope, label: label) { return flow }
        }
    }

    func executeRepeat(_ node: RepeatStmtSyntax, in scope: Scope, label: String?) throws -> Flow {
        while true {
            try checkInterrupt()
            if let flow = try loopBody(node.body, in: Scope(parent: scope), label: label) { return flow }
            let condition = try evaluate(node.condition, in: scope, expecting: .bool)
            guard case .bool(let truth) = condition else {
                throw CellError.compile("cannot convert value of type '\(condition.type)' to expected condition type 'Bool'",
                                        at: node.condition)
            }
            if !truth { return .normal }
        }
    }

    /// Binds a `for` pattern (a name, `_`, or a tuple of those) to a value.
    func bind(pattern: PatternSyntax, to value: Value, in scope: Scope, isMutable: Bool) throws {
        if let identifier = pattern.as(IdentifierPatternSyntax.self) {
            scope.define(identifier.identifier.text, .init(value: value, isMutable: isMutable, type: value.type))
            return
        }
        if pattern.is(WildcardPatternSyntax.self) { return }
        if let tuplePattern = pattern.as(TuplePatternSyntax.self) {
            guard case .tuple(let elements, _) = value, elements.count == tuplePattern.elements.count else {
                throw CellError.compile("pattern of \(tuplePattern.elements.count) elements cannot match a value of type '\(value.type)'",
                                        at: pattern)
            }
            for (element, patternElement) in zip(elements, tuplePattern.elements) {
                try bind(pattern: patternElement.pattern, to: element, in: scope, isMutable: isMutable)
            }
            return
        }
        if let valueBinding = pattern.as(ValueBindingPatternSyntax.self) {
            try bind(pattern: valueBinding.pattern, to: value, in: scope,
                     isMutable: valueBinding.bindingSpecifier.tokenKind == .keyword(.var))
            return
        }
        throw CellError.compile("this pattern is not available in cells; use a name, '_' or a tuple of names", at: pattern)
    }
}

/// The interrupt flag `interrupt()` sets from another thread and the evaluator polls.
final class InterruptFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    func set() {
        lock.lock()
        value = true
        lock.unlock()
    }

    func clear() {
        lock.lock()
        value = false
        lock.unlock()
    }
}

extension Evaluator {
    /// Evaluates a library method's arguments with `receiver`'s element type as the context of implicit
    /// members (see `implicitMemberContext`).
    func withImplicitMembers<R>(of receiver: Value, _ body: () throws -> R) rethrows -> R {
        try withImplicitMembers(context: Self.implicitMemberContext(of: receiver), body)
    }

    func withImplicitMembers<R>(context: TypeRef?, _ body: () throws -> R) rethrows -> R {
        let saved = implicitMemberContext
        if let context { implicitMemberContext = context }
        defer { implicitMemberContext = saved }
        return try body()
    }

    /// The element type of an array or a set, which its methods' `Element` arguments have.
    static func implicitMemberContext(of receiver: Value) -> TypeRef? {
        if case .array(let array) = receiver, array.elementType != .any { return array.elementType }
        if case .set(let set) = receiver, set.elementType != .any { return set.elementType }
        return nil
    }
}
