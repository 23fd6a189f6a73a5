import SwiftSyntax

/// What the exporter knows about the names a notebook uses: the registry's Swift signatures (which
/// members throw, what they return) and the cells' own declarations (variables with the types their
/// initializers or annotations give, and cell functions).
///
/// Types are inferred only as far as the registry says (a call's declared return type, a property's
/// type, an array's element); where a type is unknown, members are looked up by name on every type,
/// so a `try` is rather added once too often (a compiler warning) than missing (a compile error).
final class ExportKnowledge {
    let registry: Registry
    /// Types of the notebook's variables, parameters and loop variables by name; a name declared with
    /// two different types is left out.
    private(set) var variableTypes: [String: TypeRef] = [:]
    private var ambiguousNames: Set<String> = []
    /// Variables declared at the top level of a cell (global state in the exported program).
    private(set) var topLevelVariables: Set<String> = []
    /// Functions declared at the top level of a cell, with their return types (`Void` when none).
    private(set) var cellFunctions: [String: TypeRef] = [:]
    /// Cell functions that throw (declared `throws`, or found to need it).
    var throwingFunctions: Set<String> = []

    init(registry: Registry) {
        self.registry = registry
    }

    // MARK: Collecting declarations

    /// Reads the declarations of every cell (several passes, as later declarations' types may depend
    /// on earlier ones).
    func collect(from cells: [SourceFileSyntax]) {
        for cell in cells {
            for item in cell.statements {
                if let variable = item.item.as(VariableDeclSyntax.self) {
                    for binding in variable.bindings {
                        for name in Self.names(in: binding.pattern) { topLevelVariables.insert(name) }
                    }
                }
                if let function = item.item.as(FunctionDeclSyntax.self) {
                    let name = function.name.text
                    cellFunctions[name] = function.signature.returnClause.map { TypeResolver.typeRef($0.type) } ?? .void
                    if function.signature.effectSpecifiers?.throwsClause != nil { throwingFunctions.insert(name) }
                }
            }
        }
        for _ in 0..<3 {
            let collector = DeclarationCollector(knowledge: self)
            for cell in cells { collector.walk(cell) }
        }
    }

    fileprivate func record(_ name: String, _ type: TypeRef?) {
        guard let type, type != .any, !ambiguousNames.contains(name) else { return }
        if let known = variableTypes[name], known != type {
            variableTypes[name] = nil
            ambiguousNames.insert(name)
            return
        }
        variableTypes[name] = type
    }

    static func names(in pattern: PatternSyntax) -> [String] {
        if let identifier = pattern.as(IdentifierPatternSyntax.self) { return [identifier.identifier.text] }
        if let tuple = pattern.as(TuplePatternSyntax.self) { return tuple.elements.flatMap { names(in: $0.pattern) } }
        if let binding = pattern.as(ValueBindingPatternSyntax.self) { return names(in: binding.pattern) }
        return []
    }

    // MARK: Types

    /// The type of `expression` as far as the registry and the declarations tell, or nil.
    func type(of expression: ExprSyntax) -> TypeRef? {
        switch expression.as(ExprSyntaxEnum.self) {
        case .integerLiteralExpr: return .int
        case .floatLiteralExpr: return .double
        case .stringLiteralExpr: return .string
        case .booleanLiteralExpr: return .bool
        case .arrayExpr(let array):
            guard let first = array.elements.first, let element = type(of: first.expression) else { return nil }
            return .array(element)
        case .declReferenceExpr(let reference):
            return variableTypes[reference.baseName.text]
        case .tryExpr(let tryExpression):
            return tryExpression.questionOrExclamationMark == nil ? type(of: tryExpression.expression) : nil
        case .tupleExpr(let tuple):
            guard tuple.elements.count == 1, let only = tuple.elements.first, only.label == nil else { return nil }
            return type(of: only.expression)
        case .functionCallExpr(let call):
            return returnType(of: candidates(forCall: call))
        case .memberAccessExpr(let member):
            return returnType(of: candidates(forProperty: member))
        case .subscriptCallExpr(let subscriptCall):
            guard let base = type(of: subscriptCall.calledExpression) else { return nil }
            if case .array(let element) = base, subscriptCall.arguments.count == 1 { return element }
            return returnType(of: subscripts(of: base, arity: subscriptCall.arguments.count))
        case .infixOperatorExpr(let infix):
            guard let binary = infix.operator.as(BinaryOperatorExprSyntax.self) else { return nil }
            switch binary.operator.text {
            case "..<": return .named("Range<Int>")
            case "...": return .named("ClosedRange<Int>")
            case "==", "!=", "<", ">", "<=", ">=", "&&", "||": return .bool
            default: return type(of: infix.leftOperand)
            }
        default:
            return nil
        }
    }

    /// The element type of a `for`-`in` sequence.
    func elementType(of sequence: ExprSyntax) -> TypeRef? {
        switch type(of: sequence) {
        case .array(let element)?: return element
        case .named(let name)? where name == "Range<Int>" || name == "ClosedRange<Int>": return .int
        default: return nil
        }
    }

    private func returnType(of symbols: [Symbol]) -> TypeRef? {
        guard let first = symbols.first?.returnType, first != .any,
              symbols.allSatisfy({ $0.returnType == first }) else { return nil }
        return first
    }

    /// True when `name` is a type a cell can name (the registry's, or Swift's builtins).
    func isTypeName(_ name: String) -> Bool {
        registry.types[name] != nil || registry.staticMembers[name] != nil
    }

    // MARK: Candidates

    /// The registry symbols a call may mean, narrowed by argument labels when any match.
    func candidates(forCall call: FunctionCallExprSyntax) -> [Symbol] {
        let labels = Self.labels(of: call)
        let all: [Symbol]
        switch call.calledExpression.as(ExprSyntaxEnum.self) {
        case .declReferenceExpr(let reference):
            let name = reference.baseName.text
            if cellFunctions[name] != nil { return [] }
            if isTypeName(name), variableTypes[name] == nil {
                all = registry.staticMembers[name]?["init"] ?? []
            } else {
                all = registry.globals[name] ?? []
            }
        case .memberAccessExpr(let member):
            all = members(named: member.declName.baseName.text, base: member.base)
        default:
            all = []
        }
        let matching = all.filter { symbol in symbol.parameters.map { Self.labelsMatch($0, labels) } ?? false }
        return matching.isEmpty ? all : matching
    }

    /// The registry properties (or enum cases) a member access that is not called may mean.
    func candidates(forProperty member: MemberAccessExprSyntax) -> [Symbol] {
        members(named: member.declName.baseName.text, base: member.base).filter { $0.parameters == nil }
    }

    /// Members named `name` of the base's type; of every type when the type is unknown.
    private func members(named name: String, base: ExprSyntax?) -> [Symbol] {
        if let base, let reference = base.as(DeclReferenceExprSyntax.self), variableTypes[reference.baseName.text] == nil,
           isTypeName(reference.baseName.text) {
            return registry.staticMembers[reference.baseName.text]?[name] ?? []
        }
        if let base, let type = type(of: base) {
            return registry.instanceMember(name, of: type)
        }
        if base == nil {
            return registry.staticMembers.values.flatMap { $0[name] ?? [] }
        }
        return registry.instanceMembers.values.flatMap { $0[name] ?? [] }
    }

    /// The subscripts of `type` taking `arity` arguments; of every type when `type` is nil.
    func subscripts(of type: TypeRef?, arity: Int) -> [Symbol] {
        let all: [Symbol]
        if let type {
            all = registry.instanceMember("subscript", of: type)
        } else {
            all = registry.instanceMembers.values.flatMap { $0["subscript"] ?? [] }
        }
        return all.filter { $0.parameters?.count == arity }
    }

    // MARK: Throwing

    /// True when the call, property access or subscript may throw.
    func mayThrow(call: FunctionCallExprSyntax) -> Bool {
        if let reference = call.calledExpression.as(DeclReferenceExprSyntax.self), cellFunctions[reference.baseName.text] != nil {
            return throwingFunctions.contains(reference.baseName.text)
        }
        // A rethrowing call throws through its closures, which the finder looks at on their own.
        return candidates(forCall: call).contains { $0.isThrowing && !$0.isRethrowing }
    }

    func mayThrow(property member: MemberAccessExprSyntax) -> Bool {
        candidates(forProperty: member).contains(where: \.isThrowing)
    }

    func mayThrow(subscript node: SubscriptCallExprSyntax) -> Bool {
        let base = type(of: node.calledExpression)
        if case .array? = base { return false }
        return subscripts(of: base, arity: node.arguments.count).contains(where: \.isThrowing)
    }

    // MARK: Documentation

    /// The signatures and documentation `help(name)` shows: of a type, a global, or `Type.member`.
    func documentation(of name: String) -> [(signature: String, documentation: String)] {
        var entries: [(signature: String, documentation: String)] = []
        if let type = registry.types[name] { entries.append((type.declaration, type.documentation)) }
        entries += (registry.globals[name] ?? []).map { ($0.signature, $0.documentation) }
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        if parts.count == 2 {
            let owner = TypeRef.named(parts[0])
            let members = registry.instanceMember(parts[1], of: owner) + registry.staticMember(parts[1], of: owner)
            entries += members.map { ("\(parts[0]): \($0.signature)", $0.documentation) }
        }
        return entries
    }

    // MARK: Labels

    /// The argument labels of a call; trailing closures are `nil` (unlabeled) with a closure flag.
    static func labels(of call: FunctionCallExprSyntax) -> [(label: String?, isClosure: Bool)] {
        var labels = call.arguments.map { (label: $0.label?.text, isClosure: false) }
        if call.trailingClosure != nil { labels.append((nil, true)) }
        for extra in call.additionalTrailingClosures { labels.append((extra.label.text, true)) }
        return labels
    }

    /// True when the arguments' labels line up with the parameters, skipping defaulted ones.
    static func labelsMatch(_ parameters: [ParameterSpec], _ labels: [(label: String?, isClosure: Bool)]) -> Bool {
        var next = 0
        for parameter in parameters {
            let accepts: (Int) -> Bool = { index in
                let argument = labels[index]
                if argument.isClosure, argument.label == nil {
                    if case .function = parameter.type { return true }
                    return parameter.type == .any && parameter.label == nil
                }
                return argument.label == parameter.label
            }
            if next < labels.count, accepts(next) {
                next += 1
                if parameter.isVariadic {
                    while next < labels.count, labels[next].label == nil, !labels[next].isClosure { next += 1 }
                }
                continue
            }
            if parameter.defaultSource == nil && !parameter.isVariadic { return false }
        }
        return next == labels.count
    }
}

/// Records the types of variables, function parameters and loop variables.
private final class DeclarationCollector: SyntaxVisitor {
    let knowledge: ExportKnowledge

    init(knowledge: ExportKnowledge) {
        self.knowledge = knowledge
        super.init(viewMode: .sourceAccurate)
    }

    override func visit(_ node: PatternBindingSyntax) -> SyntaxVisitorContinueKind {
        guard let identifier = node.pattern.as(IdentifierPatternSyntax.self) else { return .visitChildren }
        let type = node.typeAnnotation.map { TypeResolver.typeRef($0.type) }
            ?? node.initializer.flatMap { knowledge.type(of: $0.value) }
        knowledge.record(identifier.identifier.text, type)
        return .visitChildren
    }

    override func visit(_ node: FunctionParameterSyntax) -> SyntaxVisitorContinueKind {
        let name = (node.secondName ?? node.firstName).text
        if name != "_" { knowledge.record(name, TypeResolver.typeRef(node.type)) }
        return .visitChildren
    }

    override func visit(_ node: ForStmtSyntax) -> SyntaxVisitorContinueKind {
        if let identifier = node.pattern.as(IdentifierPatternSyntax.self) {
            knowledge.record(identifier.identifier.text, knowledge.elementType(of: node.sequence))
        }
        return .visitChildren
    }
}
