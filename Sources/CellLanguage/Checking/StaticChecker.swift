import SwiftSyntax

/// The errors swiftc reports before it builds a program, found before a cell runs, so that a cell
/// with one runs nothing (as swiftc builds nothing): unknown names, assignment to a `let`, a mutating
/// call on a `let` array or structure, a literal of the wrong type for its annotation, arithmetic on
/// two variables of different types, a missing `return`, wrong argument labels in a call of a cell
/// function, an unknown member of a cell structure, and a `switch` that cannot be exhaustive.
///
/// The checker is conservative: it reports only what it can be sure of from the cell's text and the
/// session's state. Everything else is still checked as the cell runs, with the same messages.
struct StaticChecker {
    let evaluator: Evaluator

    /// What the checker knows of a name in scope.
    struct NameInfo {
        var isMutable: Bool
        /// Known when the declaration states it or its initializer makes it obvious.
        var type: TypeRef?
        var hasInitializer: Bool = true
        /// For cell functions: their parameters (to check labels), when the name is not overloaded.
        var parameters: [ParameterSpec]?
        /// For a parameter declared of a generic function's type parameter that has no constraint
        /// (`_ a: T` in `func f<T>`): that parameter's name, `T`.
        var unconstrainedGeneric: String?
    }

    func check(_ file: SourceFileSyntax) throws {
        let walker = StaticWalker(checker: self)
        walker.run(file)
        if let first = walker.errors.first { throw first }
    }

    /// Every member name any type has (library, standard or cell): inside type bodies and extensions,
    /// an unqualified name may be one of them.
    func allMemberNames() -> Set<String> {
        var names = Set<String>()
        for type in evaluator.userTypes.values {
            if type.shortName != type.name { names.insert(type.shortName) }
            names.formUnion(type.storedProperties.map(\.name))
            names.formUnion(type.members.methods.keys)
            names.formUnion(type.members.computed.keys)
            names.formUnion(type.members.staticMethods.keys)
            names.formUnion(type.members.staticComputed.keys)
            names.formUnion(type.members.staticInitializers.keys)
            names.formUnion(type.cases.map(\.name))
        }
        for (_, table) in evaluator.extensionTables {
            names.formUnion(table.methods.keys)
            names.formUnion(table.computed.keys)
        }
        names.formUnion(evaluator.registry.allMemberNames)
        return names
    }
}

/// Walks a cell once with a stack of scopes, recording the first errors it is sure of.
final class StaticWalker {
    let checker: StaticChecker
    var evaluator: Evaluator { checker.evaluator }
    private(set) var errors: [CellError] = []
    private var scopes: [[String: StaticChecker.NameInfo]] = [[:]]
    /// Depth of type bodies and extensions being walked (unqualified member names are allowed there).
    private var typeContextDepth = 0
    private lazy var memberNames = checker.allMemberNames()
    /// Every member name of the cell's own types and extensions.
    private lazy var cellMemberNames: Set<String> = cellTypes.values.reduce(into: Set<String>()) { $0.formUnion($1.members) }
        .union(extensionMemberNames)
    private var extensionMemberNames: Set<String> = []
    /// Names of types, protocols and functions the cell declares at its top level (visible throughout).
    private var hoisted: Set<String> = []
    /// What the checker knows of a type the cell declares.
    struct CellType {
        var kind: String
        var members: Set<String>
        var cases: [String] = []
        var mutatingMethods: Set<String> = []
        var letProperties: Set<String> = []
        /// Stored properties in order, for the memberwise initializer: name, has a default, is a `let`.
        var storedProperties: [(name: String, hasDefault: Bool, isLet: Bool)] = []
        var hasInitializers = false
        var superclass: String?
        /// Declares subscripts, and none of them has a setter (assigning through one is an error).
        var hasOnlyGetOnlySubscripts = false
        /// Conforms to `Sequence` or `IteratorProtocol`: has the sequence methods besides its own members.
        var isSequence = false
    }

    /// The cell's own types (and protocols, kind "protocol"), for member checks.
    private var cellTypes: [String: CellType] = [:]

    init(checker: StaticChecker) {
        self.checker = checker
    }

    func run(_ file: SourceFileSyntax) {
        collectTopLevel(file.statements)
        walk(file.statements)
    }

    private func report(_ message: String, at node: some SyntaxProtocol) {
        errors.append(CellError.compile(message, at: node))
    }

    // MARK: Scopes

    private func push() { scopes.append([:]) }
    private func pop() { scopes.removeLast() }

    private func declare(_ name: String, _ info: StaticChecker.NameInfo) {
        scopes[scopes.count - 1][name] = info
    }

    private func lookup(_ name: String) -> StaticChecker.NameInfo? {
        for scope in scopes.reversed() {
            if let info = scope[name] { return info }
        }
        if let binding = evaluator.globals.bindings[name] {
            return StaticChecker.NameInfo(isMutable: binding.isMutable, type: binding.value.type)
        }
        return nil
    }

    private func isKnownName(_ name: String) -> Bool {
        if lookup(name) != nil || hoisted.contains(name) { return true }
        if evaluator.registry.globals[name] != nil || evaluator.knownType(named: name) != nil { return true }
        if Self.alwaysKnown.contains(name) { return true }
        if typeContextDepth > 0 && (memberNames.contains(name) || cellMemberNames.contains(name) || name == "rawValue" || name == "allCases") {
            return true
        }
        return false
    }

    /// Names the evaluator resolves itself (keywords used as expressions, standard types).
    static let alwaysKnown: Set<String> = [
        "self", "Self", "super", "Int", "Double", "String", "Bool", "Character", "Float", "UInt64", "Array",
        "Dictionary", "Set", "Optional", "Any", "Error", "Void", "Never", "newValue", "oldValue", "error", "swap",
    ]

    /// True for a stored property's binding: no accessors, or only `willSet`/`didSet` observers.
    static func isStored(_ binding: PatternBindingSyntax) -> Bool {
        guard let block = binding.accessorBlock else { return true }
        guard case .accessors(let accessors) = block.accessors else { return false }
        return accessors.allSatisfy { [.keyword(.willSet), .keyword(.didSet)].contains($0.accessorSpecifier.tokenKind) }
    }

    /// `T?`, `T!` or `Optional<T>`.
    static func isOptionalType(_ type: TypeSyntax) -> Bool {
        if type.is(OptionalTypeSyntax.self) || type.is(ImplicitlyUnwrappedOptionalTypeSyntax.self) { return true }
        return type.as(IdentifierTypeSyntax.self)?.name.text == "Optional"
    }

    // MARK: Collecting

    private func collectTopLevel(_ items: CodeBlockItemListSyntax) {
        var functionCounts: [String: Int] = [:]
        for item in items {
            guard case .decl(let decl) = item.item else { continue }
            if let function = decl.as(FunctionDeclSyntax.self) { functionCounts[function.name.text, default: 0] += 1 }
        }
        for item in items {
            guard case .decl(let decl) = item.item else { continue }
            if let function = decl.as(FunctionDeclSyntax.self) {
                hoisted.insert(function.name.text)
                if functionCounts[function.name.text] == 1, function.genericParameterClause == nil,
                   let parameters = try? evaluator.parameterSpecs(function.signature.parameterClause) {
                    declare(function.name.text, .init(isMutable: false, type: nil, parameters: parameters))
                }
            } else if let named = decl.asProtocol(NamedDeclSyntax.self) {
                hoisted.insert(named.name.text)
            }
            if let structDecl = decl.as(StructDeclSyntax.self) {
                var type = describe("struct", structDecl.memberBlock, inheritance: nil)
                type.isSequence = Self.adoptsSequence(structDecl.inheritanceClause)
                cellTypes[structDecl.name.text] = type
            } else if let enumDecl = decl.as(EnumDeclSyntax.self) {
                var type = describe("enum", enumDecl.memberBlock, inheritance: nil)
                type.cases = enumDecl.memberBlock.members.compactMap { $0.decl.as(EnumCaseDeclSyntax.self) }
                    .flatMap { $0.elements.map(\.name.text) }
                cellTypes[enumDecl.name.text] = type
            } else if let classDecl = decl.as(ClassDeclSyntax.self) {
                cellTypes[classDecl.name.text] = describe("class", classDecl.memberBlock, inheritance: classDecl.inheritanceClause)
            } else if let protocolDecl = decl.as(ProtocolDeclSyntax.self) {
                cellTypes[protocolDecl.name.text] = describe("protocol", protocolDecl.memberBlock, inheritance: nil)
            }
        }
        for item in items {
            guard case .decl(let decl) = item.item, let extensionDecl = decl.as(ExtensionDeclSyntax.self) else { continue }
            let name = extensionDecl.extendedType.trimmedDescription
            extensionMemberNames.formUnion(memberNames(of: extensionDecl.memberBlock))
            if extensionDecl.memberBlock.members.contains(where: { $0.decl.is(InitializerDeclSyntax.self) }) {
                extensionInitializerTypes.insert(name)
            }
            if var type = cellTypes[name] {
                let added = describe(type.kind, extensionDecl.memberBlock, inheritance: nil)
                type.isSequence = type.isSequence || Self.adoptsSequence(extensionDecl.inheritanceClause)
                type.members.formUnion(added.members)
                type.mutatingMethods.formUnion(added.mutatingMethods)
                cellTypes[name] = type
            }
        }
    }

    private static func adoptsSequence(_ inheritance: InheritanceClauseSyntax?) -> Bool {
        inheritance?.inheritedTypes.contains {
            ["Sequence", "IteratorProtocol"].contains($0.type.trimmedDescription)
        } ?? false
    }

    private func describe(_ kind: String, _ block: MemberBlockSyntax, inheritance: InheritanceClauseSyntax?) -> CellType {
        var type = CellType(kind: kind, members: memberNames(of: block))
        type.superclass = inheritance?.inheritedTypes.first?.type.trimmedDescription
        for member in block.members {
            if let function = member.decl.as(FunctionDeclSyntax.self),
               function.modifiers.contains(where: { $0.name.tokenKind == .keyword(.mutating) }) {
                type.mutatingMethods.insert(function.name.text)
            } else if let variable = member.decl.as(VariableDeclSyntax.self),
                      !variable.modifiers.contains(where: { $0.name.tokenKind == .keyword(.static) }) {
                for binding in variable.bindings where Self.isStored(binding) {
                    guard let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text else { continue }
                    if let attribute = Evaluator.wrapperAttribute(of: variable) {
                        // A wrapped property's memberwise parameter has a default when it has an initial
                        // value or the wrapper an `init()` (a wrapper this cell declares is taken to have one).
                        let wrapperName = String(attribute.attributeName.trimmedDescription.prefix { $0 != "<" })
                        let wrapper = evaluator.userTypes[wrapperName]
                        let hasDefault = binding.initializer != nil || attribute.arguments != nil
                            || wrapper.map(evaluator.isDefaultInitializable) ?? true
                        type.storedProperties.append((name, hasDefault, false))
                        continue
                    }
                    let isLet = variable.bindingSpecifier.tokenKind == .keyword(.let)
                    if isLet { type.letProperties.insert(name) }
                    // An optional `var` starts as nil: its memberwise parameter has a default, as in Swift.
                    let startsAsNil = !isLet && binding.typeAnnotation.map { Self.isOptionalType($0.type) } == true
                    type.storedProperties.append((name, binding.initializer != nil || startsAsNil, isLet))
                }
            } else if member.decl.is(InitializerDeclSyntax.self) {
                type.hasInitializers = true
            }
        }
        let subscripts = block.members.compactMap { $0.decl.as(SubscriptDeclSyntax.self) }
        type.hasOnlyGetOnlySubscripts = !subscripts.isEmpty && subscripts.allSatisfy { subscriptDecl in
            guard case .accessors(let accessors) = subscriptDecl.accessorBlock?.accessors else { return true }
            return !accessors.contains { $0.accessorSpecifier.tokenKind == .keyword(.set) }
        }
        return type
    }

    /// The cell class `name` and its superclasses declared in the cell.
    private func classChain(_ name: String) -> [String] {
        var chain: [String] = []
        var current: String? = name
        while let each = current, let type = cellTypes[each], type.kind == "class", !chain.contains(each) {
            chain.append(each)
            current = type.superclass
        }
        return chain
    }

    private func memberNames(of block: MemberBlockSyntax) -> Set<String> {
        var names = Set<String>()
        for member in block.members {
            if let variable = member.decl.as(VariableDeclSyntax.self) {
                let isWrapped = Evaluator.wrapperAttribute(of: variable) != nil
                for binding in variable.bindings {
                    guard let identifier = binding.pattern.as(IdentifierPatternSyntax.self) else { continue }
                    let name = identifier.identifier.text
                    names.insert(name)
                    // A wrapped property's storage and projected value.
                    if isWrapped { names.formUnion(["_" + name, "$" + name]) }
                }
            } else if let function = member.decl.as(FunctionDeclSyntax.self) {
                names.insert(function.name.text)
            } else if let caseDecl = member.decl.as(EnumCaseDeclSyntax.self) {
                names.formUnion(caseDecl.elements.map(\.name.text))
            } else if member.decl.is(SubscriptDeclSyntax.self) {
                names.insert("subscript")
            } else if let nested = member.decl.asProtocol(NamedDeclSyntax.self),
                      member.decl.is(StructDeclSyntax.self) || member.decl.is(ClassDeclSyntax.self) || member.decl.is(EnumDeclSyntax.self) {
                // A nested type: its members' code names it without its enclosing type's name.
                names.insert(nested.name.text)
            }
        }
        return names
    }

    // MARK: Statements

    private func walk(_ items: CodeBlockItemListSyntax) {
        for item in items {
            switch item.item {
            case .decl(let decl): walk(decl: decl)
            case .stmt(let statement): walk(statement: statement)
            case .expr(let expression): walk(expression)
            }
        }
    }

    private func walkBlock(_ items: CodeBlockItemListSyntax, declaring names: [(String, StaticChecker.NameInfo)] = []) {
        push()
        for (name, info) in names { declare(name, info) }
        walk(items)
        pop()
    }

    private func walk(decl: DeclSyntax) {
        switch decl.as(DeclSyntaxEnum.self) {
        case .variableDecl(let variable):
            let isMutable = variable.bindingSpecifier.tokenKind == .keyword(.var)
            if let attribute = Evaluator.wrapperAttribute(of: variable) {
                // A type's wrapped properties are expanded where the type is read; a variable's are not.
                report(scopes.count > 1 ? "property wrappers on local variables are not available in cells"
                                        : "property wrappers are not yet supported in top-level code", at: attribute)
            }
            for binding in variable.bindings {
                if let initializer = binding.initializer { walk(initializer.value) }
                if let accessors = binding.accessorBlock { walk(accessors: accessors, type: binding.typeAnnotation?.type) }
                var type = binding.typeAnnotation.map { evaluator.resolveAliases(TypeResolver.typeRef($0.type)) }
                if let annotation = binding.typeAnnotation, let initializer = binding.initializer {
                    checkLiteral(initializer.value, against: annotation.type)
                }
                if type == nil, let initializer = binding.initializer { type = staticType(of: initializer.value) }
                bind(binding.pattern, .init(isMutable: isMutable, type: type, hasInitializer: binding.initializer != nil))
            }
        case .functionDecl(let function):
            walk(function: function)
        case .structDecl(let node): walkType(node.memberBlock)
        case .classDecl(let node): walkType(node.memberBlock)
        case .enumDecl(let node): walkType(node.memberBlock)
        case .extensionDecl(let node): walkType(node.memberBlock)
        default:
            break
        }
    }

    private func walkType(_ block: MemberBlockSyntax) {
        typeContextDepth += 1
        defer { typeContextDepth -= 1 }
        push()
        defer { pop() }
        for member in block.members {
            if let variable = member.decl.as(VariableDeclSyntax.self) {
                for binding in variable.bindings {
                    if let initializer = binding.initializer { walk(initializer.value) }
                    if let accessors = binding.accessorBlock { walk(accessors: accessors, type: binding.typeAnnotation?.type) }
                }
            } else if let function = member.decl.as(FunctionDeclSyntax.self) {
                walk(function: function)
            } else if let initializer = member.decl.as(InitializerDeclSyntax.self), let body = initializer.body {
                let parameters = initializer.signature.parameterClause.parameters.map {
                    (($0.secondName ?? $0.firstName).text, StaticChecker.NameInfo(isMutable: false, type: nil))
                }
                walkBlock(body.statements, declaring: parameters)
            }
        }
    }

    private func walk(accessors: AccessorBlockSyntax, type: TypeSyntax?) {
        switch accessors.accessors {
        case .getter(let body):
            walkBlock(body)
            if let type { checkReturns(body, returnType: type, what: "getter", at: accessors) }
        case .accessors(let list):
            for accessor in list {
                guard let body = accessor.body else { continue }
                let parameter = accessor.parameters?.name.text
                let implicit = accessor.accessorSpecifier.tokenKind == .keyword(.didSet) ? "oldValue" : "newValue"
                walkBlock(body.statements, declaring: [(parameter ?? implicit, .init(isMutable: false, type: nil))])
            }
        }
    }

    private func walk(function: FunctionDeclSyntax) {
        guard let body = function.body else { return }
        var parameters: [(String, StaticChecker.NameInfo)] = []
        let unconstrained = Self.unconstrainedGenericParameters(of: function)
        for parameter in function.signature.parameterClause.parameters {
            let isInout = parameter.type.as(AttributedTypeSyntax.self) != nil
            var info = StaticChecker.NameInfo(isMutable: isInout, type: nil)
            if let name = parameter.type.as(IdentifierTypeSyntax.self)?.name.text, unconstrained.contains(name) {
                info.unconstrainedGeneric = name
            }
            parameters.append(((parameter.secondName ?? parameter.firstName).text, info))
        }
        // A nested function is visible in its enclosing scope (and to itself).
        if scopes.count > 1 { declare(function.name.text, .init(isMutable: false, type: nil)) }
        push()
        parameters.append((function.name.text, .init(isMutable: false, type: nil)))
        // Generic parameters name types in the body (`T()`, `T.self`).
        for generic in function.genericParameterClause?.parameters ?? [] {
            parameters.append((generic.name.text, .init(isMutable: false, type: nil)))
        }
        for (name, info) in parameters { declare(name, info) }
        collectNestedFunctions(body.statements)
        walk(body.statements)
        pop()
        if let returnType = function.signature.returnClause?.type {
            let owner = typeContextDepth > 0 ? "instance method" : (scopes.count > 1 ? "local function" : "global function")
            checkReturns(body.statements, returnType: returnType, what: owner, at: function.name)
        }
    }

    private func collectNestedFunctions(_ items: CodeBlockItemListSyntax) {
        for item in items {
            if case .decl(let decl) = item.item, let function = decl.as(FunctionDeclSyntax.self) {
                declare(function.name.text, .init(isMutable: false, type: nil))
            }
        }
    }

    private func walk(statement: StmtSyntax) {
        switch statement.as(StmtSyntaxEnum.self) {
        case .expressionStmt(let node):
            walk(node.expression)
        case .forStmt(let node):
            walk(node.sequence)
            push()
            bind(node.pattern, .init(isMutable: false, type: nil))
            if let whereClause = node.whereClause { walk(whereClause.condition) }
            walkBlock(node.body.statements)
            pop()
        case .whileStmt(let node):
            push()
            walk(conditions: node.conditions)
            walkBlock(node.body.statements)
            pop()
        case .repeatStmt(let node):
            walkBlock(node.body.statements)
            walk(node.condition)
        case .guardStmt(let node):
            // Names bound by `guard let` stay visible after the guard.
            walk(conditions: node.conditions)
            walkBlock(node.body.statements)
        case .returnStmt(let node):
            if let expression = node.expression { walk(expression) }
        case .throwStmt(let node):
            walk(node.expression)
            if let type = literalType(node.expression) {
                report("thrown expression type '\(type)' does not conform to 'Error'", at: node.expression)
            }
        case .deferStmt(let node):
            walkBlock(node.body.statements)
        case .doStmt(let node):
            walkBlock(node.body.statements)
            for clause in node.catchClauses {
                push()
                if clause.catchItems.isEmpty { declare("error", .init(isMutable: false, type: nil)) }
                for item in clause.catchItems {
                    if let pattern = item.pattern { bindPatternNames(Syntax(pattern)) } else { declare("error", .init(isMutable: false, type: nil)) }
                    if let condition = item.whereClause?.condition { walk(condition) }
                }
                walkBlock(clause.body.statements)
                pop()
            }
        case .labeledStmt(let node):
            walk(statement: node.statement)
        default:
            break
        }
    }

    private func walk(conditions: ConditionElementListSyntax) {
        for element in conditions {
            switch element.condition {
            case .expression(let expression):
                walk(expression)
            case .optionalBinding(let binding):
                if let initializer = binding.initializer {
                    walk(initializer.value)
                } else if let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text, !isKnownName(name) {
                    report("cannot find '\(name)' in scope", at: binding.pattern)
                }
                bind(binding.pattern, .init(isMutable: binding.bindingSpecifier.tokenKind == .keyword(.var), type: nil))
            case .matchingPattern(let node):
                walk(node.initializer.value)
                bindPatternNames(Syntax(node.pattern))
            case .availability:
                break
            }
        }
    }

    private func bind(_ pattern: PatternSyntax, _ info: StaticChecker.NameInfo) {
        if let identifier = pattern.as(IdentifierPatternSyntax.self) {
            declare(identifier.identifier.text, info)
        } else if let tuple = pattern.as(TuplePatternSyntax.self) {
            for element in tuple.elements { bind(element.pattern, .init(isMutable: info.isMutable, type: nil)) }
        } else if let valueBinding = pattern.as(ValueBindingPatternSyntax.self) {
            bind(valueBinding.pattern, info)
        } else {
            bindPatternNames(Syntax(pattern))
        }
    }

    /// Declares every name a pattern binds (`let x`, `.case(let a, var b)`, `(let p, _)`).
    private func bindPatternNames(_ node: Syntax) {
        if let identifier = node.as(IdentifierPatternSyntax.self) {
            declare(identifier.identifier.text, .init(isMutable: false, type: nil))
            return
        }
        for child in node.children(viewMode: .sourceAccurate) { bindPatternNames(child) }
    }

    // MARK: Expressions

    private func walk(_ expression: ExprSyntax) {
        switch expression.as(ExprSyntaxEnum.self) {
        case .declReferenceExpr(let reference):
            let name = reference.baseName.text
            if case .identifier = reference.baseName.tokenKind, !isKnownName(name) {
                let candidates = Array(scopes.flatMap(\.keys)) + Array(evaluator.globals.visibleNames)
                    + Array(evaluator.registry.globals.keys) + Array(evaluator.registry.types.keys) + Array(hoisted)
                report("cannot find '\(name)' in scope" + Suggestions.didYouMean(name, among: candidates), at: reference)
            }
        case .closureExpr(let closure):
            if let capture = closure.signature?.capture {
                for item in capture.items { if let initializer = item.initializer { walk(initializer.value) } }
            }
            push()
            if let signature = closure.signature {
                for item in signature.capture?.items ?? [] { declare(item.name.text, .init(isMutable: false, type: nil)) }
                switch signature.parameterClause {
                case .simpleInput(let list):
                    for parameter in list { declare(parameter.name.text, .init(isMutable: false, type: nil)) }
                case .parameterClause(let clause):
                    for parameter in clause.parameters {
                        declare((parameter.secondName ?? parameter.firstName).text, .init(isMutable: false, type: nil))
                    }
                case nil:
                    break
                }
            }
            collectNestedFunctions(closure.statements)
            walk(closure.statements)
            pop()
        case .memberAccessExpr(let member):
            if let base = member.base {
                if let namespace = base.as(DeclReferenceExprSyntax.self), lookup(namespace.baseName.text) == nil,
                   evaluator.registry.types["\(namespace.baseName.text).\(member.declName.baseName.text)"] != nil {
                    return  // `Unicode.Scalar`: a library type named with its namespace
                }
                walk(base)
                checkMember(member, base: base)
            }
        case .infixOperatorExpr(let infix):
            walk(infix.leftOperand)
            walk(infix.rightOperand)
            checkAssignment(infix)
            checkOperands(infix)
        case .functionCallExpr(let call):
            walk(call.calledExpression)
            for argument in call.arguments { walk(argument.expression) }
            if let trailing = call.trailingClosure { walk(ExprSyntax(trailing)) }
            for extra in call.additionalTrailingClosures { walk(ExprSyntax(extra.closure)) }
            checkLabels(call)
            checkMutatingCall(call)
        case .switchExpr(let node):
            walk(node.subject)
            checkExhaustive(node)
            for element in node.cases {
                guard case .switchCase(let switchCase) = element else { continue }
                push()
                if case .case(let label) = switchCase.label {
                    for item in label.caseItems {
                        bindPatternNames(Syntax(item.pattern))
                        walkPatternReferences(Syntax(item.pattern))
                        if let condition = item.whereClause?.condition { walk(condition) }
                    }
                }
                walk(switchCase.statements)
                pop()
            }
        case .ifExpr(let node):
            push()
            walk(conditions: node.conditions)
            walkBlock(node.body.statements)
            pop()
            switch node.elseBody {
            case .ifExpr(let elseIf): walk(ExprSyntax(elseIf))
            case .codeBlock(let block): walkBlock(block.statements)
            case nil: break
            }
        case .patternExpr:
            break
        case .optionalChainingExpr(let chain):
            walk(chain.expression)
            if let reference = chain.expression.as(DeclReferenceExprSyntax.self), let info = lookup(reference.baseName.text),
               let type = info.type, !type.isOptionalType, type != .any {
                report("cannot use optional chaining on non-optional value of type '\(type)'", at: chain)
            }
        case .asExpr(let asExpression) where asExpression.questionOrExclamationMark == nil:
            walk(asExpression.expression)
            let target = asExpression.type.trimmedDescription
            if let reference = asExpression.expression.as(DeclReferenceExprSyntax.self), let info = lookup(reference.baseName.text),
               case .named(let source)? = info.type, source != target, classChain(target).contains(source) {
                report("'\(source)' is not convertible to '\(target)'", at: asExpression.asKeyword)
            }
        case .keyPathExpr, .macroExpansionExpr, .editorPlaceholderExpr:
            break
        default:
            for child in expression.children(viewMode: .sourceAccurate) {
                if let childExpression = child.as(ExprSyntax.self) {
                    walk(childExpression)
                } else {
                    walkNested(child)
                }
            }
        }
    }

    /// Expressions inside non-expression nodes (argument lists, string segments, array elements ...).
    private func walkNested(_ node: Syntax) {
        if node.is(CodeBlockSyntax.self) || node.is(ClosureSignatureSyntax.self) || node.is(TypeSyntax.self) { return }
        for child in node.children(viewMode: .sourceAccurate) {
            if let expression = child.as(ExprSyntax.self) {
                walk(expression)
            } else {
                walkNested(child)
            }
        }
    }

    /// Names a case pattern uses as values (`case limit:`), not those it binds.
    private func walkPatternReferences(_ node: Syntax) {
        if node.is(ValueBindingPatternSyntax.self) { return }
        if let reference = node.as(DeclReferenceExprSyntax.self) {
            walk(ExprSyntax(reference))
            return
        }
        if let member = node.as(MemberAccessExprSyntax.self) {
            if let base = member.base { walkPatternReferences(Syntax(base)) }
            return
        }
        for child in node.children(viewMode: .sourceAccurate) { walkPatternReferences(child) }
    }

    // MARK: Checks

    /// The type of an expression when it is obvious: a literal, a known variable, a call of a cell
    /// structure or class.
    private func staticType(of expression: ExprSyntax) -> TypeRef? {
        switch expression.as(ExprSyntaxEnum.self) {
        case .integerLiteralExpr: return .int
        case .floatLiteralExpr: return .double
        case .stringLiteralExpr: return .string
        case .booleanLiteralExpr: return .bool
        case .arrayExpr(let array):
            guard let first = array.elements.first, let element = staticType(of: first.expression) else { return nil }
            if element == .int, array.elements.contains(where: { $0.expression.is(FloatLiteralExprSyntax.self) }) {
                return .array(.double)
            }
            return .array(element)
        case .declReferenceExpr(let reference):
            return lookup(reference.baseName.text)?.type
        case .functionCallExpr(let call):
            if let reference = call.calledExpression.as(DeclReferenceExprSyntax.self),
               let type = cellTypes[reference.baseName.text], type.kind != "enum", lookup(reference.baseName.text) == nil {
                return .named(reference.baseName.text)
            }
            // `Set([1, 2])` and `Set<Int>()`: a set, whatever its elements.
            if let reference = call.calledExpression.as(DeclReferenceExprSyntax.self), reference.baseName.text == "Set",
               lookup("Set") == nil, cellTypes["Set"] == nil {
                return .set(.any)
            }
            if let specialization = call.calledExpression.as(GenericSpecializationExprSyntax.self),
               specialization.expression.as(DeclReferenceExprSyntax.self)?.baseName.text == "Set", cellTypes["Set"] == nil {
                return .set(.any)
            }
            return nil
        default:
            return nil
        }
    }

    private func literalType(_ expression: ExprSyntax) -> TypeRef? {
        switch expression.as(ExprSyntaxEnum.self) {
        case .stringLiteralExpr: return .string
        case .integerLiteralExpr: return .int
        case .floatLiteralExpr: return .double
        case .booleanLiteralExpr: return .bool
        default: return nil
        }
    }

    private func checkLiteral(_ expression: ExprSyntax, against annotation: TypeSyntax) {
        let target = evaluator.resolveAliases(TypeResolver.typeRef(annotation))
        guard [TypeRef.int, .double, .string, .bool].contains(target) else { return }
        let literalType: TypeRef?
        switch expression.as(ExprSyntaxEnum.self) {
        case .stringLiteralExpr: literalType = .string
        case .booleanLiteralExpr: literalType = .bool
        case .floatLiteralExpr: literalType = .double
        case .integerLiteralExpr: literalType = target == .double ? .double : .int
        default: literalType = nil
        }
        guard let literalType, literalType != target else { return }
        report("cannot convert value of type '\(literalType)' to specified type '\(target)'", at: expression)
    }

    private func checkAssignment(_ infix: InfixOperatorExprSyntax) {
        let isAssignment = infix.operator.is(AssignmentExprSyntax.self)
            || (infix.operator.as(BinaryOperatorExprSyntax.self).map { Operators.compoundAssignments[$0.operator.text] != nil } ?? false)
        guard isAssignment else { return }
        if let subscriptCall = infix.leftOperand.as(SubscriptCallExprSyntax.self),
           let reference = subscriptCall.calledExpression.as(DeclReferenceExprSyntax.self),
           case .named(let typeName)? = lookup(reference.baseName.text)?.type, cellTypes[typeName]?.hasOnlyGetOnlySubscripts == true,
           !extensionMemberNames.contains("subscript") {
            report("cannot assign through subscript: subscript is get-only", at: subscriptCall.leftSquare)
        }
        if let reference = infix.leftOperand.as(DeclReferenceExprSyntax.self),
           let info = lookup(reference.baseName.text), !info.isMutable, info.hasInitializer, info.parameters == nil {
            report("cannot assign to value: '\(reference.baseName.text)' is a 'let' constant", at: reference)
        }
        if let member = infix.leftOperand.as(MemberAccessExprSyntax.self),
           let reference = member.base?.as(DeclReferenceExprSyntax.self),
           let info = lookup(reference.baseName.text), !info.isMutable, info.hasInitializer,
           case .named(let typeName)? = info.type, isValueType(typeName) {
            report("cannot assign to property: '\(reference.baseName.text)' is a 'let' constant", at: member)
        } else if let member = infix.leftOperand.as(MemberAccessExprSyntax.self),
                  let reference = member.base?.as(DeclReferenceExprSyntax.self),
                  let info = lookup(reference.baseName.text), case .named(let typeName)? = info.type,
                  (classChain(typeName) + [typeName]).contains(where: { cellTypes[$0]?.letProperties.contains(member.declName.baseName.text) == true }) {
            report("cannot assign to property: '\(member.declName.baseName.text)' is a 'let' constant", at: member.declName)
        }
    }

    private func isValueType(_ name: String) -> Bool {
        if let type = cellTypes[name] { return type.kind != "class" }
        if let type = evaluator.userTypes[name] { return type.kind != .classType }
        return false
    }

    /// `let xs = [1, 2]; xs.append(3)` and a mutating method of a cell structure on a `let`.
    private func checkMutatingCall(_ call: FunctionCallExprSyntax) {
        guard let member = call.calledExpression.as(MemberAccessExprSyntax.self),
              let reference = member.base?.as(DeclReferenceExprSyntax.self),
              let info = lookup(reference.baseName.text), !info.isMutable, info.hasInitializer, let type = info.type else { return }
        let name = member.declName.baseName.text
        var isMutating = false
        switch type {
        case .array, .dictionary, .set:
            isMutating = evaluator.registry.instanceMember(name, of: type).contains { $0.isMutating }
                && !evaluator.registry.instanceMember(name, of: type).contains { !$0.isMutating }
        case .named(let typeName):
            if let cellType = cellTypes[typeName] {
                isMutating = cellType.kind != "class" && cellType.mutatingMethods.contains(name)
            } else if let userType = evaluator.userTypes[typeName], userType.kind != .classType {
                isMutating = userType.members.methods[name]?.allSatisfy(\.isMutating) ?? false
            }
        default:
            break
        }
        if isMutating {
            report("cannot use mutating member on immutable value: '\(reference.baseName.text)' is a 'let' constant", at: reference)
        }
    }

    /// The type parameters of a generic function that no constraint names (`T` in `func f<T>`,
    /// not in `func f<T: Comparable>` or `where T: Comparable`).
    private static func unconstrainedGenericParameters(of function: FunctionDeclSyntax) -> Set<String> {
        guard let clause = function.genericParameterClause else { return [] }
        var names = Set(clause.parameters.filter { $0.inheritedType == nil }.map(\.name.text))
        for requirement in function.genericWhereClause?.requirements ?? [] {
            if case .conformanceRequirement(let conformance) = requirement.requirement {
                names.remove(conformance.leftType.trimmedDescription)
            } else if case .sameTypeRequirement(let same) = requirement.requirement {
                names.remove(same.leftType.trimmedDescription)
                names.remove(same.rightType.trimmedDescription)
            }
        }
        return names
    }

    /// `a + b` where both are variables of different numeric or string types, and operators on values
    /// of an unconstrained type parameter.
    private func checkOperands(_ infix: InfixOperatorExprSyntax) {
        guard let op = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.text,
              ["+", "-", "*", "/", "%", "<", ">", "<=", ">=", "==", "!="].contains(op) else { return }
        // `a < b` where `a` is of an unconstrained type parameter: the operator needs the protocol that declares it.
        let generics = [infix.leftOperand, infix.rightOperand].map { operand in
            operand.as(DeclReferenceExprSyntax.self).flatMap { lookup($0.baseName.text)?.unconstrainedGeneric }
        }
        if ["<", ">", "<=", ">="].contains(op), let generic = generics.compactMap({ $0 }).first {
            report("referencing operator function '\(op)' on 'Comparable' requires that '\(generic)' conform to 'Comparable'",
                   at: infix.operator)
            return
        }
        if let generic = generics[0], generics[1] == generic {
            report("binary operator '\(op)' cannot be applied to two '\(generic)' operands", at: infix.operator)
            return
        }
        let scalar: Set<TypeRef> = [.int, .double, .string]
        func type(_ expression: ExprSyntax) -> (TypeRef, isIntegerLiteral: Bool)? {
            if expression.is(IntegerLiteralExprSyntax.self) { return (.int, true) }
            if expression.is(FloatLiteralExprSyntax.self) || expression.is(StringLiteralExprSyntax.self) {
                return staticType(of: expression).map { ($0, false) }
            }
            guard let reference = expression.as(DeclReferenceExprSyntax.self),
                  let known = lookup(reference.baseName.text)?.type else { return nil }
            return (known, false)
        }
        guard let (left, leftLiteral) = type(infix.leftOperand), let (right, rightLiteral) = type(infix.rightOperand),
              scalar.contains(left), scalar.contains(right), left != right else { return }
        // An integer literal becomes a Double beside a Double.
        if (leftLiteral && right == .double) || (rightLiteral && left == .double) { return }
        report("binary operator '\(op)' cannot be applied to operands of type '\(left)' and '\(right)'", at: infix.operator)
    }

    /// Argument labels of a call of a cell function the cell declares once.
    private func checkLabels(_ call: FunctionCallExprSyntax) {
        guard let reference = call.calledExpression.as(DeclReferenceExprSyntax.self) else { return }
        // Inside a type, the name may be a type nested in it rather than the top-level one.
        if typeContextDepth > 0, cellMemberNames.contains(reference.baseName.text) || memberNames.contains(reference.baseName.text) {
            return
        }
        if lookup(reference.baseName.text) == nil, let type = cellTypes[reference.baseName.text], type.kind == "struct",
           !type.hasInitializers, extensionInitializersFree(reference.baseName.text) {
            let parameters = type.storedProperties.filter { !($0.isLet && $0.hasDefault) }.map {
                ParameterSpec(label: $0.name, name: $0.name, type: .any,
                              defaultSource: $0.hasDefault ? ExprSyntax(NilLiteralExprSyntax()) : nil, isVariadic: false, isInout: false)
            }
            if case .failure(let error) = evaluator.matchLabels(parameters, evaluator.arguments(of: call), node: call) {
                errors.append(error)
            }
            return
        }
        guard let info = lookup(reference.baseName.text), let parameters = info.parameters else { return }
        if case .failure(let error) = evaluator.matchLabels(parameters, evaluator.arguments(of: call), node: call) {
            errors.append(error)
        }
    }

    private var extensionInitializerTypes: Set<String> = []

    private func extensionInitializersFree(_ name: String) -> Bool { !extensionInitializerTypes.contains(name) }

    /// `point.z` where `point` is known to be a cell structure without such a member.
    private func checkMember(_ member: MemberAccessExprSyntax, base: ExprSyntax) {
        if let reference = base.as(DeclReferenceExprSyntax.self), let info = lookup(reference.baseName.text),
           case .named(let typeName)? = info.type, let type = cellTypes[typeName], type.kind == "protocol",
           !type.members.contains(member.declName.baseName.text), !extensionMemberNames.contains(member.declName.baseName.text) {
            report("value of type 'any \(typeName)' has no member '\(member.declName.baseName.text)'", at: member.declName)
            return
        }
        guard let reference = base.as(DeclReferenceExprSyntax.self), let info = lookup(reference.baseName.text),
              case .named(let typeName)? = info.type, let type = cellTypes[typeName], type.kind == "struct" else { return }
        let name = member.declName.baseName.text
        // A member an extension declares (of the structure or of a protocol it conforms to) is its member.
        guard !type.members.contains(name), !memberNames.contains(name) || evaluator.userTypes[typeName] == nil,
              !extensionMemberNames.contains(name), !type.isSequence else { return }
        // An earlier cell's protocol extension may give it the member too.
        let fromProtocols = evaluator.protocols.values.contains { $0.members.methods[name] != nil || $0.members.computed[name] != nil }
        if evaluator.extensionTables.isEmpty, !fromProtocols, !type.members.contains(name) {
            report("value of type '\(typeName)' has no member '\(name)'" + Suggestions.didYouMean(name, among: Array(type.members)),
                   at: member.declName)
        }
    }

    /// A switch without `default` whose cases are literals (an Int, Double or String can never be
    /// covered by them) or cases of one enumeration that miss some.
    private func checkExhaustive(_ node: SwitchExprSyntax) {
        var patterns: [PatternSyntax] = []
        for element in node.cases {
            guard case .switchCase(let switchCase) = element else { return }
            guard case .case(let label) = switchCase.label else { return }
            for item in label.caseItems {
                if item.whereClause == nil { patterns.append(item.pattern) }
                if item.whereClause != nil, !isLiteralPattern(item.pattern) { continue }
            }
        }
        let allItems = node.cases.compactMap { element -> [SwitchCaseItemSyntax]? in
            guard case .switchCase(let switchCase) = element, case .case(let label) = switchCase.label else { return nil }
            return Array(label.caseItems)
        }.flatMap { $0 }
        guard !allItems.isEmpty else { return }
        if allItems.allSatisfy({ isLiteralPattern($0.pattern) }) {
            let texts = Set(patterns.map(\.trimmedDescription))
            if texts.isSuperset(of: ["true", "false"]) { return }
            report("switch must be exhaustive; add a default clause", at: node.switchKeyword)
            return
        }
        // Enumeration cases: `.a`, `.b(let x)` of one cell enumeration.
        var caseNames: [String] = []
        for item in allItems {
            guard let name = enumCaseName(item.pattern) else { return }
            caseNames.append(name)
        }
        let owners = cellTypes.filter { $0.value.kind == "enum" && Set(caseNames).isSubset(of: Set($0.value.cases)) }
        let sessionOwners = evaluator.userTypes.values.filter {
            $0.kind == .enumeration && cellTypes[$0.name] == nil && Set(caseNames).isSubset(of: Set($0.cases.map(\.name)))
        }
        guard owners.count + sessionOwners.count == 1 else { return }
        let allCases = owners.first?.value.cases ?? sessionOwners.first!.cases.map(\.name)
        let covered = Set(patterns.compactMap { pattern -> String? in
            guard let name = enumCaseName(pattern), bindsEverything(pattern) else { return nil }
            return name
        })
        let missing = allCases.filter { !covered.contains($0) }
        if !missing.isEmpty {
            report("switch must be exhaustive; " + missing.map { "add missing case: '.\($0)'" }.joined(separator: "; "),
                   at: node.switchKeyword)
        }
    }

    private func isLiteralPattern(_ pattern: PatternSyntax) -> Bool {
        guard let expression = pattern.as(ExpressionPatternSyntax.self)?.expression else { return false }
        if expression.is(IntegerLiteralExprSyntax.self) || expression.is(StringLiteralExprSyntax.self)
            || expression.is(FloatLiteralExprSyntax.self) || expression.is(BooleanLiteralExprSyntax.self) { return true }
        if let prefix = expression.as(PrefixOperatorExprSyntax.self), prefix.expression.is(IntegerLiteralExprSyntax.self)
            || prefix.expression.is(FloatLiteralExprSyntax.self) { return true }
        if let infix = expression.as(InfixOperatorExprSyntax.self), let op = infix.operator.as(BinaryOperatorExprSyntax.self),
           op.operator.text == "..." || op.operator.text == "..<" {
            return infix.leftOperand.is(IntegerLiteralExprSyntax.self) && infix.rightOperand.is(IntegerLiteralExprSyntax.self)
        }
        return false
    }

    private func enumCaseName(_ pattern: PatternSyntax) -> String? {
        var expression: ExprSyntax?
        if let valueBinding = pattern.as(ValueBindingPatternSyntax.self) { return enumCaseName(valueBinding.pattern) }
        expression = pattern.as(ExpressionPatternSyntax.self)?.expression
        guard let expression else { return nil }
        if let member = expression.as(MemberAccessExprSyntax.self), member.base == nil || member.base?.is(DeclReferenceExprSyntax.self) == true {
            return member.declName.baseName.text
        }
        if let call = expression.as(FunctionCallExprSyntax.self), let member = call.calledExpression.as(MemberAccessExprSyntax.self) {
            return member.declName.baseName.text
        }
        return nil
    }

    /// True when a case pattern matches every value of its case (its associated values are all bound or `_`).
    private func bindsEverything(_ pattern: PatternSyntax) -> Bool {
        var expression = pattern.as(ExpressionPatternSyntax.self)?.expression
        if let valueBinding = pattern.as(ValueBindingPatternSyntax.self) {
            expression = valueBinding.pattern.as(ExpressionPatternSyntax.self)?.expression
        }
        guard let call = expression?.as(FunctionCallExprSyntax.self) else { return true }
        return call.arguments.allSatisfy { argument in
            if argument.expression.is(DiscardAssignmentExprSyntax.self) || argument.expression.is(PatternExprSyntax.self) { return true }
            return argument.expression.is(DeclReferenceExprSyntax.self) && pattern.is(ValueBindingPatternSyntax.self)
        }
    }

    // MARK: Missing return

    private func checkReturns(_ body: CodeBlockItemListSyntax, returnType: TypeSyntax, what: String, at node: some SyntaxProtocol) {
        let type = TypeResolver.typeRef(returnType)
        if type == .void || type.description == "Never" { return }
        if body.count == 1, case .expr = body.first!.item { return }
        if body.count == 1, case .stmt(let statement) = body.first!.item, let expression = statement.as(ExpressionStmtSyntax.self),
           let ifExpression = expression.expression.as(IfExprSyntax.self) {
            // A single if may be the function's value, when it has a final else.
            if definitelyExits(body) || hasFinalElse(ifExpression) { return }
        } else if body.count == 1, case .stmt(let statement) = body.first!.item,
                  let expression = statement.as(ExpressionStmtSyntax.self), expression.expression.is(SwitchExprSyntax.self) {
            return
        }
        if !definitelyExits(body) {
            report("missing return in \(what) expected to return '\(returnType.trimmedDescription)'", at: node)
        }
    }

    private func hasFinalElse(_ node: IfExprSyntax) -> Bool {
        switch node.elseBody {
        case .ifExpr(let elseIf): return hasFinalElse(elseIf)
        case .codeBlock: return true
        case nil: return false
        }
    }

    /// True when control cannot reach the end of the statements (a return, throw or fatalError on every
    /// path); unsure cases count as exiting.
    private func definitelyExits(_ items: CodeBlockItemListSyntax) -> Bool {
        guard let last = items.last else { return false }
        switch last.item {
        case .decl:
            return false
        case .expr(let expression):
            return exits(expression)
        case .stmt(let statement):
            switch statement.as(StmtSyntaxEnum.self) {
            case .returnStmt, .throwStmt: return true
            case .expressionStmt(let node): return exits(node.expression)
            case .doStmt(let node):
                return definitelyExits(node.body.statements) && node.catchClauses.allSatisfy { definitelyExits($0.body.statements) }
            case .whileStmt(let node):
                return node.conditions.trimmedDescription == "true"
            case .repeatStmt, .labeledStmt, .guardStmt:
                return true
            case .forStmt, .deferStmt, .breakStmt, .continueStmt:
                return false
            default:
                return true
            }
        }
    }

    private func exits(_ expression: ExprSyntax) -> Bool {
        if let ifExpression = expression.as(IfExprSyntax.self) {
            guard definitelyExits(ifExpression.body.statements) else { return false }
            switch ifExpression.elseBody {
            case .ifExpr(let elseIf): return exits(ExprSyntax(elseIf))
            case .codeBlock(let block): return definitelyExits(block.statements)
            case nil: return false
            }
        }
        if let switchExpression = expression.as(SwitchExprSyntax.self) {
            return switchExpression.cases.allSatisfy { element in
                guard case .switchCase(let switchCase) = element else { return true }
                return definitelyExits(switchCase.statements)
            }
        }
        if let call = expression.as(FunctionCallExprSyntax.self), let name = call.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text {
            return ["fatalError", "preconditionFailure"].contains(name)
        }
        if expression.is(FunctionCallExprSyntax.self) || expression.is(InfixOperatorExprSyntax.self)
            || expression.is(DeclReferenceExprSyntax.self) || expression.is(MemberAccessExprSyntax.self) {
            return false
        }
        return true
    }
}
