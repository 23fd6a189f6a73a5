import SwiftSyntax

/// A protocol a cell declared: the names its requirements use, for conformance checks, and the
/// members its extensions give every conforming type.
final class ProtocolDefinition {
    let name: String
    var propertyRequirements: [String] = []
    /// `static var`/`static func` requirements, met by the type's static members.
    var staticRequirements: [String] = []
    var methodRequirements: [String] = []
    /// `init(...)` requirements, by their argument labels (nil for `_`).
    var initializerRequirements: [[String?]] = []
    /// A `subscript` requirement, met by any subscript of the type.
    var requiresSubscript = false
    /// The protocols it inherits (`protocol Greeter: Named`): a conforming type conforms to them too.
    var inherited: [String] = []
    /// Its associated types (`associatedtype Item`): in its extensions they stand for any type, as a
    /// generic parameter does (each conforming type's choice is what its values hold).
    var associatedTypes: Set<String> = []
    var members = MemberTable()
    init(name: String) { self.name = name }
}

extension Evaluator {
    /// The protocols of the standard library a cell type may name.
    static let standardProtocols: Set<String> = [
        "Error", "CustomStringConvertible", "CustomDebugStringConvertible", "Equatable", "Hashable",
        "Comparable", "CaseIterable", "Codable", "Sendable", "Identifiable", "AnyObject", "Sequence", "IteratorProtocol",
    ]

    // MARK: struct, enum, class

    func declareStruct(_ node: StructDeclSyntax, in scope: Scope) throws {
        let type = UserType(kind: .structure, name: userTypes.qualifiedName(declaring: node.name.text),
                            scope: memberScope(in: scope, declaring: node.name.text), node: Syntax(node))
        type.genericParameters = node.genericParameterClause?.parameters.map(\.name.text) ?? []
        type.isPropertyWrapper = Self.declaresPropertyWrapper(node.attributes)
        try declaring(type) {
            try readInheritance(node.inheritanceClause, into: type)
            try readMembers(node.memberBlock, into: type)
            try checkPropertyWrapper(type, name: node.name)
        }
    }

    func declareClass(_ node: ClassDeclSyntax, in scope: Scope) throws {
        let type = UserType(kind: .classType, name: userTypes.qualifiedName(declaring: node.name.text),
                            scope: memberScope(in: scope, declaring: node.name.text), node: Syntax(node))
        type.genericParameters = node.genericParameterClause?.parameters.map(\.name.text) ?? []
        type.isFinal = node.modifiers.contains { $0.name.tokenKind == .keyword(.final) }
        type.isPropertyWrapper = Self.declaresPropertyWrapper(node.attributes)
        try declaring(type) {
            try readInheritance(node.inheritanceClause, into: type)
            try readMembers(node.memberBlock, into: type)
            try checkPropertyWrapper(type, name: node.name)
            try checkClassInitializers(type, node: node)
        }
        var chain: UserType? = type
        while let each = chain, each.deinitializer == nil { chain = each.superclass }
        if chain != nil {
            type.finalizations = finalizations
            finalizations.isInUse = true
        }
    }

    private static func declaresPropertyWrapper(_ attributes: AttributeListSyntax) -> Bool {
        attributes.contains { $0.as(AttributeSyntax.self)?.attributeName.trimmedDescription == "propertyWrapper" }
    }

    /// A property wrapper must have a `wrappedValue`, as swiftc insists.
    private func checkPropertyWrapper(_ type: UserType, name: TokenSyntax) throws {
        guard type.isPropertyWrapper, type.storedIndex(of: "wrappedValue") == nil,
              type.members.computed["wrappedValue"] == nil else { return }
        throw CellError.compile("property wrapper type '\(type.name)' does not contain a non-static property named 'wrappedValue'",
                                at: name)
    }

    private func checkClassInitializers(_ type: UserType, node: ClassDeclSyntax) throws {
        if type.initializers.isEmpty, let missing = type.storedProperties.first(where: { $0.defaultValue == nil && !$0.type.isOptionalType }) {
            if type.superclass == nil || !type.storedProperties.isEmpty {
                throw CellError.compile("class '\(type.name)' has no initializers; stored property '\(missing.name)' without initial value prevents synthesized initializers",
                                        at: node.name)
            }
        }
    }

    func declareEnum(_ node: EnumDeclSyntax, in scope: Scope) throws {
        let type = UserType(kind: .enumeration, name: userTypes.qualifiedName(declaring: node.name.text),
                            scope: memberScope(in: scope, declaring: node.name.text), node: Syntax(node))
        type.genericParameters = node.genericParameterClause?.parameters.map(\.name.text) ?? []
        try declaring(type) {
            try readInheritance(node.inheritanceClause, into: type)
            try readMembers(node.memberBlock, into: type)
            try assignRawValues(type)
        }
    }

    /// The scope a type's members are declared in: inside the declaring scope, naming the type so
    /// that its members find the types nested in it.
    private func memberScope(in scope: Scope, declaring name: String) -> Scope {
        let members = Scope(parent: scope)
        members.typeContext = userTypes.qualifiedName(declaring: name)
        return members
    }

    /// Runs `body` with nested type names resolved inside the type named `context`.
    func inTypeContext<R>(_ context: String, _ body: () throws -> R) rethrows -> R {
        let saved = userTypes.context
        userTypes.context = context
        defer { userTypes.context = saved }
        return try body()
    }

    /// Makes the type's name visible while its members are read (they may name it), and takes the
    /// declaration back when reading them fails.
    private func declaring(_ type: UserType, _ body: () throws -> Void) throws {
        let previous = userTypes.qualified(type.name)
        userTypes[type.name] = type
        // A later cell may declare as a type a name an earlier one declared as a protocol.
        let previousProtocol = protocols.removeValue(forKey: type.name)
        do {
            try inTypeContext(type.name, body)
            // While a cell's declarations are read, extensions further down may still add members.
            if pendingTypeNames.isEmpty {
                try checkConformances(type, at: type.node)
            } else {
                deferredConformanceChecks.append(type)
            }
        } catch {
            userTypes[type.name] = previous
            if let previousProtocol { protocols[type.name] = previousProtocol }
            throw error
        }
    }

    private func readInheritance(_ clause: InheritanceClauseSyntax?, into type: UserType) throws {
        guard let clause else { return }
        for (index, inherited) in clause.inheritedTypes.enumerated() {
            let name = inherited.type.trimmedDescription
            if index == 0, type.kind == .enumeration, ["Int", "String", "Double", "Character"].contains(name) {
                type.rawType = .named(name)
                continue
            }
            if index == 0, type.kind == .classType, let superclass = userTypes[name], superclass.kind == .classType {
                if superclass.isFinal {
                    throw CellError.compile("inheritance from a final class '\(name)'", at: inherited.type)
                }
                type.superclass = superclass
                continue
            }
            if let other = userTypes[name] {
                if other.kind == .classType {
                    throw CellError.compile(type.kind == .classType
                                                ? "superclass '\(name)' must appear first in the inheritance clause"
                                                : "\(type.kind == .structure ? "non-class type" : "enum") '\(type.name)' cannot inherit from class '\(name)'",
                                            at: inherited.type)
                }
                throw CellError.compile("inheritance from non-protocol type '\(name)'", at: inherited.type)
            }
            guard Self.standardProtocols.contains(name) || protocols[name] != nil else {
                throw CellError.compile("cannot find type '\(name)' in scope", at: inherited.type)
            }
            type.conformances.formUnion(protocolAndAncestors(name))
        }
    }

    /// Reads a type's or an extension's members into `type` (or, for extensions of library and
    /// standard types, into `table`).
    private func readMembers(_ block: MemberBlockSyntax, into type: UserType) throws {
        var table = type.members
        try readMembers(block, table: &table, owner: type, scope: type.scope, selfType: type.type, isExtension: false)
        type.members = table
        if let memberwise = try wrappedMemberwiseInitializer(of: type) {
            type.initializers.append(try makeInitializer(memberwise, owner: type, in: type.scope))
        }
    }

    /// Declares the types nested in a type's or an extension's members (before the other members,
    /// which may name them wherever they are written).
    private func declareNestedTypes(_ block: MemberBlockSyntax, in scope: Scope) throws {
        for member in block.members {
            switch member.decl.as(DeclSyntaxEnum.self) {
            case .structDecl(let node): try declareStruct(node, in: scope)
            case .classDecl(let node): try declareClass(node, in: scope)
            case .enumDecl(let node): try declareEnum(node, in: scope)
            default: break
            }
        }
    }

    func readMembers(_ block: MemberBlockSyntax, table: inout MemberTable, owner: UserType?, scope: Scope,
                     selfType: TypeRef, isExtension: Bool) throws {
        try declareNestedTypes(block, in: scope)
        for member in block.members {
            let decl = member.decl
            switch decl.as(DeclSyntaxEnum.self) {
            case .variableDecl(let variable):
                for declaration in try expandingPropertyWrapper(variable, owner: owner) {
                    try readProperty(declaration, table: &table, owner: owner, scope: scope, selfType: selfType,
                                     isExtension: isExtension)
                }
            case .functionDecl(let function):
                let isStatic = function.modifiers.contains { [.keyword(.static), .keyword(.class)].contains($0.name.tokenKind) }
                let isMutating = function.modifiers.contains { $0.name.tokenKind == .keyword(.mutating) }
                let isOverride = function.modifiers.contains { $0.name.tokenKind == .keyword(.override) }
                if isMutating, owner?.kind == .classType {
                    throw CellError.compile("'mutating' is not valid on instance methods in classes", at: function)
                }
                let userFunction = try makeFunction(function, in: scope)
                userFunction.isMutating = isMutating
                userFunction.isFinal = function.modifiers.contains { $0.name.tokenKind == .keyword(.final) } || owner?.isFinal == true
                userFunction.owner = owner
                userFunction.isMethod = true
                if let owner, owner.kind == .classType, !isStatic {
                    let overridden = owner.superclass?.lookupMember { $0.methods[function.name.text] }
                    let inherited = overridden != nil
                    if isOverride, overridden?.0.contains(where: \.isFinal) == true {
                        throw CellError.compile("instance method overrides a 'final' instance method", at: function.name)
                    }
                    if inherited && !isOverride {
                        throw CellError.compile("overriding declaration requires an 'override' keyword", at: function.name)
                    }
                    if !inherited && isOverride {
                        throw CellError.compile("method does not override any method from its superclass", at: function.name)
                    }
                }
                if isStatic {
                    table.staticMethods[function.name.text, default: []].append(userFunction)
                } else {
                    table.methods[function.name.text, default: []].append(userFunction)
                }
            case .initializerDecl(let initializer):
                guard let owner else {
                    throw CellError.compile("initializers in extensions of library types are not available in cells", at: initializer)
                }
                let function = try makeInitializer(initializer, owner: owner, in: scope)
                if isExtension { owner.extensionInitializers.append(function) } else { owner.initializers.append(function) }
            case .enumCaseDecl(let caseDecl):
                guard let owner, owner.kind == .enumeration else {
                    throw CellError.compile("enum 'case' is not allowed outside of an enum", at: caseDecl)
                }
                for element in caseDecl.elements {
                    var labels: [String?] = []
                    var types: [TypeRef] = []
                    for parameter in element.parameterClause?.parameters ?? [] {
                        labels.append(parameter.firstName.map { $0.tokenKind == .wildcard ? nil : $0.text } ?? nil)
                        let resolved = resolveAliases(TypeResolver.typeRef(parameter.type))
                        if resolved != owner.type { try requireKnownType(resolved, at: parameter.type) }
                        types.append(resolved)
                    }
                    var rawValue: Value?
                    if let raw = element.rawValue {
                        rawValue = try evaluate(raw.value, in: scope, expecting: owner.rawType)
                    }
                    if owner.caseIndex(of: element.name.text) != nil {
                        throw CellError.compile("invalid redeclaration of '\(element.name.text)'", at: element.name)
                    }
                    let patterns = owner.genericParameters.isEmpty ? nil
                        : (element.parameterClause?.parameters ?? []).map { genericPattern($0.type, of: owner) ?? .any }
                    owner.cases.append(EnumCase(name: element.name.text, labels: labels, types: types, rawValue: rawValue,
                                                patterns: patterns))
                }
            case .deinitializerDecl(let node):
                guard let owner, owner.kind == .classType, !isExtension else {
                    if let owner, !isExtension {
                        let kind = owner.kind == .structure ? "struct" : "enum"
                        throw CellError.compile("deinitializer cannot be declared in \(kind) '\(owner.name)' that conforms to 'Copyable'",
                                                at: node.deinitKeyword)
                    }
                    throw CellError.compile("deinitializers may only be declared within a class, actor, or noncopyable type",
                                            at: node.deinitKeyword)
                }
                guard let body = node.body else { throw CellError.compile("deinitializer requires a body", at: node) }
                let function = UserFunction(name: "deinit", parameters: [], returnType: nil, body: body.statements,
                                            captured: scope, isClosure: false, usesAnonymousParameters: false, node: Syntax(node))
                function.owner = owner
                function.isMethod = true
                owner.deinitializer = function
            case .typeAliasDecl(let alias):
                typeAliases[alias.name.text] = resolveAliases(TypeResolver.typeRef(alias.initializer.value))
                typeAliasSyntax[alias.name.text] = alias.initializer.value
            case .subscriptDecl(let node):
                if Self.isStaticMember(node.modifiers) {
                    table.staticSubscripts.append(try readSubscript(node, owner: owner, scope: scope))
                } else {
                    table.subscripts.append(try readSubscript(node, owner: owner, scope: scope))
                }
                hasUserSubscripts = true
            case .structDecl, .classDecl, .enumDecl:
                break
            case .protocolDecl:
                throw CellError.compile("protocols nested in types are not available in cells; declare the protocol at the top level",
                                        at: decl)
            default:
                throw CellError.compile("this member declaration is not available in cells", at: decl)
            }
        }
    }

    private func readProperty(_ variable: VariableDeclSyntax, table: inout MemberTable, owner: UserType?, scope: Scope,
                              selfType: TypeRef, isExtension: Bool) throws {
        let isStatic = variable.modifiers.contains { [.keyword(.static), .keyword(.class)].contains($0.name.tokenKind) }
        let isMutable = variable.bindingSpecifier.tokenKind == .keyword(.var)
        let bindings = Array(variable.bindings)
        for (position, binding) in bindings.enumerated() {
            guard let identifier = binding.pattern.as(IdentifierPatternSyntax.self) else {
                throw CellError.compile("only simple property names are available in cells", at: binding.pattern)
            }
            let name = identifier.identifier.text
            let annotationSyntax = binding.typeAnnotation ?? (binding.initializer == nil && binding.accessorBlock == nil
                ? bindings[(position + 1)...].first(where: { $0.typeAnnotation != nil })?.typeAnnotation : nil)
            let annotated = annotationSyntax.map { resolveAliases(TypeResolver.typeRef($0.type)) }
            if let annotated, annotated != selfType, !annotated.mentions(named: "Self"), let syntax = binding.typeAnnotation?.type {
                try requireKnownType(annotated, at: syntax)
            }
            var willSet: UserFunction?
            var didSet: UserFunction?
            if let accessors = binding.accessorBlock {
                let computed = try readAccessors(accessors, name: name, type: annotated, scope: scope, owner: owner,
                                                 binding: binding, willSet: &willSet, didSet: &didSet)
                if let computed {
                    if isStatic { table.staticComputed[name] = computed } else { table.computed[name] = computed }
                    continue
                }
            }
            if isStatic {
                table.staticStorage = table.staticStorage ?? Scope(parent: scope)
                guard let initializer = binding.initializer else {
                    throw CellError.compile("'static var' declaration requires an initializer expression or an explicitly stated getter",
                                            at: binding)
                }
                // Static stored properties are initialized lazily, on first use, as in Swift.
                table.staticInitializers[name] = StaticInitializer(expression: initializer.value, type: annotated,
                                                                   isMutable: isMutable)
                continue
            }
            let isOverride = variable.modifiers.contains { $0.name.tokenKind == .keyword(.override) }
            if isOverride, let owner, owner.kind == .classType, willSet != nil || didSet != nil {
                // Observers added to an inherited stored property: the superclass keeps the storage.
                guard let inherited = owner.superclass, inherited.storedIndex(of: name) != nil else {
                    throw CellError.compile("property does not override any property from its superclass", at: identifier)
                }
                table.overridingObservers[name] = PropertyObservers(willSet: willSet, didSet: didSet)
                continue
            }
            guard let owner, !isExtension else {
                throw CellError.compile("extensions must not contain stored properties", at: binding)
            }
            if owner.kind == .enumeration {
                throw CellError.compile("enums must not contain stored properties", at: binding)
            }
            var type = annotated
            if type == nil, let initializer = binding.initializer {
                // The type of `var importer = DataImporter()` is read off the call when it names a
                // type, so that declaring the property does not run the initializer.
                type = try knownTypeOfCall(initializer.value) ?? evaluate(initializer.value, in: scope).type
            }
            guard let type else {
                throw CellError.compile("type annotation missing in pattern", at: binding.pattern)
            }
            let isLazy = variable.modifiers.contains { $0.name.tokenKind == .keyword(.lazy) }
            if isLazy && (!isMutable || binding.initializer == nil) {
                throw CellError.compile(isMutable ? "lazy properties must have an initializer" : "'lazy' cannot be used on a let",
                                        at: variable.bindingSpecifier)
            }
            var property = StoredProperty(name: name, type: type,
                                          pattern: annotationSyntax.flatMap { genericPattern($0.type, of: owner) },
                                          isMutable: isMutable, isLazy: isLazy, defaultValue: binding.initializer?.value,
                                          willSet: willSet, didSet: didSet)
            property.ownership = try referenceOwnership(of: variable, type: type, isMutable: isMutable)
            if Self.isImplicitlyUnwrapped(annotationSyntax?.type) {
                property.implicitlyUnwraps = true
                hasImplicitlyUnwrappedVariables = true
                implicitlyUnwrappedPropertyNames.insert(name)
            }
            owner.storedProperties.append(property)
        }
    }

    /// `weak var tenant: Person?`, `unowned let customer: Customer`: a property that does not keep
    /// the instance it refers to alive. Checked as swiftc checks them.
    private func referenceOwnership(of variable: VariableDeclSyntax, type: TypeRef, isMutable: Bool) throws -> ReferenceOwnership {
        guard let modifier = variable.modifiers.first(where: {
            $0.name.tokenKind == .keyword(.weak) || $0.name.tokenKind == .keyword(.unowned)
        }) else { return .strong }
        let isWeak = modifier.name.tokenKind == .keyword(.weak)
        let referenced = isWeak ? (type.optionalWrapped ?? type) : type
        let isClassBound = userType(for: referenced)?.kind == .classType
            || protocols[referenced.description] != nil || referenced == .named("AnyObject")
            || (userType(for: referenced) == nil && pendingTypeNames.contains(referenced.memberTableName))
        guard isClassBound else {
            throw CellError.compile("'\(modifier.name.text)' may only be applied to class and class-bound protocol types, not '\(type)'",
                                    at: modifier)
        }
        if isWeak {
            guard type.isOptionalType else {
                throw CellError.compile("'weak' variable should have optional type '\(type)?'", at: modifier)
            }
            guard isMutable else { throw CellError.compile("'weak' must be a mutable variable, because it may change at runtime", at: modifier) }
            return .weak
        }
        return .unowned
    }

    /// The type a call such as `DataImporter()` or `Array<Int>(...)` makes, when its callee names a
    /// cell or library type (nil for other expressions).
    private func knownTypeOfCall(_ expression: ExprSyntax) throws -> TypeRef? {
        guard let call = expression.as(FunctionCallExprSyntax.self),
              let reference = call.calledExpression.as(DeclReferenceExprSyntax.self) else { return nil }
        let name = reference.baseName.text
        guard let type = userTypes[name], type.genericParameters.isEmpty, type.kind != .enumeration else { return nil }
        return type.type
    }

    /// A `subscript(...) -> T { get set }` declaration: a getter taking the parameters, and a setter
    /// taking them and the new value.
    private func readSubscript(_ node: SubscriptDeclSyntax, owner: UserType?, scope: Scope) throws -> UserSubscript {
        var genericNames = implicitGenericParameters
        if let generics = node.genericParameterClause { genericNames.formUnion(generics.parameters.map(\.name.text)) }
        // A subscript's parameters have no argument labels unless one is written before the name.
        let parameters = try parameterSpecs(node.parameterClause, generic: genericNames).enumerated().map { index, parameter in
            var parameter = parameter
            let written = node.parameterClause.parameters[node.parameterClause.parameters.index(node.parameterClause.parameters.startIndex, offsetBy: index)]
            if written.secondName == nil { parameter.label = nil }
            return parameter
        }
        let type = resolveAliases(TypeResolver.typeRef(node.returnClause.type)).replacingGenerics(genericNames)
        try requireKnownType(type, at: node.returnClause.type)
        func accessor(_ body: CodeBlockItemListSyntax, newValue: String?, at syntax: some SyntaxProtocol) -> UserFunction {
            var all = parameters
            if let newValue {
                all.append(ParameterSpec(label: nil, name: newValue, type: type, defaultSource: nil, isVariadic: false, isInout: false))
            }
            let function = UserFunction(name: "subscript", parameters: all, returnType: newValue == nil ? type : .void, body: body,
                                        captured: scope, isClosure: false, usesAnonymousParameters: false, node: Syntax(syntax))
            function.owner = owner
            function.isMethod = true
            function.isMutating = newValue != nil && owner?.kind != .classType
            function.genericParameters = genericNames
            return function
        }
        guard let block = node.accessorBlock else {
            throw CellError.compile("expected '{' in subscript to specify getter and setter implementation", at: node)
        }
        switch block.accessors {
        case .getter(let body):
            return UserSubscript(parameters: parameters, type: type, getter: accessor(body, newValue: nil, at: block))
        case .accessors(let accessors):
            var getter: UserFunction?
            var setter: UserFunction?
            for each in accessors {
                let body = each.body?.statements ?? CodeBlockItemListSyntax([])
                switch each.accessorSpecifier.tokenKind {
                case .keyword(.get): getter = accessor(body, newValue: nil, at: each)
                case .keyword(.set): setter = accessor(body, newValue: each.parameters?.name.text ?? "newValue", at: each)
                default:
                    throw CellError.compile("'\(each.accessorSpecifier.text)' accessors are not available on subscripts in cells", at: each)
                }
            }
            guard let getter else { throw CellError.compile("subscript with a setter must also have a getter", at: block) }
            return UserSubscript(parameters: parameters, type: type, getter: getter, setter: setter)
        }
    }

    /// A computed property's accessors, or nil for observers (`willSet`/`didSet`) of a stored property.
    private func readAccessors(_ block: AccessorBlockSyntax, name: String, type: TypeRef?, scope: Scope, owner: UserType?,
                               binding: PatternBindingSyntax, willSet: inout UserFunction?,
                               didSet: inout UserFunction?) throws -> ComputedProperty? {
        func accessorFunction(_ body: CodeBlockItemListSyntax, parameter: String?, node: some SyntaxProtocol,
                              returnType: TypeRef?, mutating: Bool) -> UserFunction {
            let parameters = parameter.map {
                [ParameterSpec(label: nil, name: $0, type: type ?? .any, defaultSource: nil, isVariadic: false, isInout: false)]
            } ?? []
            let function = UserFunction(name: name, parameters: parameters, returnType: returnType, body: body,
                                        captured: scope, isClosure: false, usesAnonymousParameters: false, node: Syntax(node))
            function.owner = owner
            function.isMethod = true
            function.isMutating = mutating
            return function
        }
        switch block.accessors {
        case .getter(let body):
            guard let type else { throw CellError.compile("computed property must have an explicit type", at: binding) }
            return ComputedProperty(type: type, getter: accessorFunction(body, parameter: nil, node: block, returnType: type,
                                                                         mutating: false))
        case .accessors(let accessors):
            var getter: UserFunction?
            var setter: UserFunction?
            for accessor in accessors {
                let body = accessor.body?.statements ?? CodeBlockItemListSyntax([])
                let parameterName = accessor.parameters?.name.text
                switch accessor.accessorSpecifier.tokenKind {
                case .keyword(.get):
                    getter = accessorFunction(body, parameter: nil, node: accessor, returnType: type, mutating: false)
                case .keyword(.set):
                    setter = accessorFunction(body, parameter: parameterName ?? "newValue", node: accessor, returnType: nil,
                                              mutating: owner?.kind != .classType)
                case .keyword(.willSet):
                    willSet = accessorFunction(body, parameter: parameterName ?? "newValue", node: accessor, returnType: nil,
                                               mutating: false)
                case .keyword(.didSet):
                    didSet = accessorFunction(body, parameter: parameterName ?? "oldValue", node: accessor, returnType: nil,
                                              mutating: owner?.kind != .classType)
                default:
                    throw CellError.compile("'\(accessor.accessorSpecifier.text)' accessors are not available in cells", at: accessor)
                }
            }
            if willSet != nil || didSet != nil {
                if getter != nil || setter != nil {
                    throw CellError.compile("'willSet' cannot be provided together with a getter", at: block)
                }
                return nil
            }
            guard let type else { throw CellError.compile("computed property must have an explicit type", at: binding) }
            guard let getter else { throw CellError.compile("variable with a setter must also have a getter", at: block) }
            return ComputedProperty(type: type, getter: getter, setter: setter)
        }
    }

    private func makeInitializer(_ node: InitializerDeclSyntax, owner: UserType, in scope: Scope) throws -> UserFunction {
        guard let body = node.body else { throw CellError.compile("initializer requires a body", at: node) }
        let parameters = try parameterSpecs(node.signature.parameterClause)
        let function = UserFunction(name: "init", parameters: parameters, returnType: nil, body: body.statements,
                                    captured: scope, isClosure: false, usesAnonymousParameters: false, node: Syntax(node))
        function.owner = owner
        function.isMethod = true
        function.isMutating = true
        function.isInitializer = true
        function.isFailable = node.optionalMark != nil
        function.isConvenience = node.modifiers.contains { $0.name.tokenKind == .keyword(.convenience) }
        function.isThrowing = node.signature.effectSpecifiers?.throwsClause != nil
        return function
    }

    private func assignRawValues(_ type: UserType) throws {
        guard let rawType = type.rawType else {
            if let withRaw = type.cases.first(where: { $0.rawValue != nil }) {
                throw CellError.compile("enum case '\(withRaw.name)' cannot have a raw value if the enum does not have a raw type",
                                        at: type.node)
            }
            return
        }
        var next = 0
        var seen = Set<HashableValue>()
        for index in type.cases.indices {
            if type.cases[index].hasPayload {
                throw CellError.compile("enum with raw type cannot have cases with arguments", at: type.node)
            }
            if let raw = type.cases[index].rawValue {
                guard let converted = Conversion.convert(raw, to: rawType, literal: true) else {
                    throw CellError.compile("cannot convert value of type '\(raw.type)' to raw type '\(rawType)'", at: type.node)
                }
                type.cases[index].rawValue = converted
                if case .int(let value) = converted { next = value &+ 1 }
            } else if rawType == .int {
                type.cases[index].rawValue = .int(next)
                next &+= 1
            } else if rawType == .string {
                type.cases[index].rawValue = .string(type.cases[index].name)
            } else {
                throw CellError.compile("enum case must declare a raw value when the preceding raw value is not an integer",
                                        at: type.node)
            }
            if let raw = type.cases[index].rawValue, let key = HashableValue(raw) {
                if !seen.insert(key).inserted {
                    throw CellError.compile("raw value for enum case is not unique", at: type.node)
                }
            }
        }
    }

    /// Checks that `type` has every member its protocols require, as swiftc does.
    func checkConformances(_ type: UserType, at node: Syntax) throws {
        for name in type.conformances.sorted() {
            guard let definition = protocols[name] else { continue }
            for property in definition.propertyRequirements where !hasInstanceMember(property, on: type, protocolDefinition: definition) {
                throw CellError.compile("type '\(type.name)' does not conform to protocol '\(name)'; missing property '\(property)'",
                                        at: node)
            }
            for method in definition.methodRequirements where !hasInstanceMember(method, on: type, protocolDefinition: definition) {
                throw CellError.compile("type '\(type.name)' does not conform to protocol '\(name)'; missing method '\(method)'",
                                        at: node)
            }
            for member in definition.staticRequirements where !hasStaticMember(member, on: type, protocolDefinition: definition) {
                throw CellError.compile("type '\(type.name)' does not conform to protocol '\(name)'; missing static member '\(member)'",
                                        at: node)
            }
            if definition.requiresSubscript, type.lookupMember({ $0.subscripts.isEmpty ? nil : true }) == nil,
               definition.members.subscripts.isEmpty {
                throw CellError.compile("type '\(type.name)' does not conform to protocol '\(name)'; missing subscript", at: node)
            }
            for labels in definition.initializerRequirements {
                try checkInitializerRequirement(labels, of: name, on: type, at: node)
            }
        }
        if type.conforms(to: "CaseIterable"), type.kind == .enumeration, type.cases.contains(where: \.hasPayload) {
            throw CellError.compile("type '\(type.name)' does not conform to protocol 'CaseIterable'", at: node)
        }
        // A sequence gives an iterator; an iterator (its own sequence when it declares no `makeIterator()`) its elements.
        let hasNext = hasInstanceMember("next", on: type, protocolDefinition: nil)
        if type.conforms(to: "IteratorProtocol"), !hasNext {
            throw CellError.compile("type '\(type.name)' does not conform to protocol 'IteratorProtocol'", at: node)
        }
        if type.conforms(to: "Sequence"), !hasInstanceMember("makeIterator", on: type, protocolDefinition: nil),
           !(type.conforms(to: "IteratorProtocol") && hasNext) {
            throw CellError.compile("type '\(type.name)' does not conform to protocol 'Sequence'", at: node)
        }
    }

    /// `extension Array: Container {}`: the library type's own members, those the extension adds and
    /// the protocol's extensions must meet every requirement (an associated type is inferred).
    private func checkLibraryConformance(_ type: TypeRef, members: MemberTable, to definition: ProtocolDefinition,
                                         at node: Syntax) throws {
        let hasInstance = { (name: String) in
            !self.registry.instanceMember(name, of: type).isEmpty || members.computed[name] != nil || members.methods[name] != nil
                || definition.members.computed[name] != nil || definition.members.methods[name] != nil
        }
        let hasStatic = { (name: String) in
            !self.registry.staticMember(name, of: type).isEmpty || members.staticComputed[name] != nil
                || members.staticMethods[name] != nil || definition.members.staticComputed[name] != nil
                || definition.members.staticMethods[name] != nil
        }
        let missing = definition.propertyRequirements.first { !hasInstance($0) }.map { "property '\($0)'" }
            ?? definition.methodRequirements.first { !hasInstance($0) }.map { "method '\($0)'" }
            ?? definition.staticRequirements.first { !hasStatic($0) }.map { "static member '\($0)'" }
            ?? (definition.requiresSubscript && !["Array", "Dictionary", "String"].contains(type.memberTableName)
                && members.subscripts.isEmpty && definition.members.subscripts.isEmpty ? "subscript" : nil)
            ?? (!definition.initializerRequirements.isEmpty && !hasStatic("init") ? "initializer" : nil)
        if let missing {
            throw CellError.compile("type '\(type.printedName)' does not conform to protocol '\(definition.name)'; missing \(missing)",
                                    at: node)
        }
    }

    /// True when `value`, of a library type, conforms to the cell protocol `name` by an extension.
    func libraryValue(_ value: Value, conformsTo name: String) -> Bool {
        guard !libraryConformances.isEmpty, value.userDefinition == nil else { return false }
        return libraryConformances[value.type.memberTableName]?.contains(name) == true
    }

    /// `value` seen as `type` when that takes a library type's conformance to a cell protocol (`7` as a
    /// `Describable`, `[7, "seven"]` as a `[Describable]`); nil otherwise.
    func conformingLibraryValue(_ value: Value, to type: TypeRef) -> Value? {
        guard !libraryConformances.isEmpty else { return nil }
        switch type {
        case .named(let name):
            return libraryValue(value, conformsTo: name) ? value : nil
        case .array(let element):
            guard case .array(let array) = value else { return nil }
            var converted: [Value] = []
            converted.reserveCapacity(array.count)
            for item in array {
                guard let each = Conversion.convert(item, to: element, literal: false) ?? conformingLibraryValue(item, to: element) else {
                    return nil
                }
                converted.append(each)
            }
            return .array(ArrayValue(converted, elementType: element))
        case .optional(let wrapped):
            if case .optional(let inner, _) = value {
                guard let inner else { return .optional(nil, wrapped) }
                return conformingLibraryValue(inner, to: wrapped).map { .optional($0, wrapped) }
            }
            return conformingLibraryValue(value, to: wrapped).map { .optional($0, wrapped) }
        default:
            return nil
        }
    }

    /// The argument labels of a parameter list (nil for `_`), as a call spells them.
    static func argumentLabels(of clause: FunctionParameterClauseSyntax) -> [String?] {
        clause.parameters.map { $0.firstName.tokenKind == .wildcard ? nil : $0.firstName.text }
    }

    /// An `init(...)` requirement is met by an initializer with its labels: one the type declares, the
    /// memberwise initializer of a structure that declares none, or `init()` when every stored property
    /// has a value. In a class that is not `final`, the initializer must be `required` (its subclasses
    /// must have it too), as swiftc insists.
    private func checkInitializerRequirement(_ labels: [String?], of protocolName: String, on type: UserType,
                                             at node: Syntax) throws {
        let spelled = "init(" + labels.map { ($0 ?? "_") + ":" }.joined() + ")"
        let declared = type.kind == .classType ? availableInitializers(of: type) : type.initializers + type.extensionInitializers
        if let found = declared.first(where: { $0.parameters.map(\.label) == labels }) {
            if type.kind == .classType, !type.isFinal,
               found.node.as(InitializerDeclSyntax.self)?.modifiers.contains(where: { $0.name.tokenKind == .keyword(.required) }) != true {
                throw CellError.compile("initializer requirement '\(spelled)' can only be satisfied by a 'required' initializer in non-final class '\(type.name)'",
                                        at: found.node)
            }
            return
        }
        let allHaveValues = type.storedProperties.allSatisfy(Self.hasInitialValue)
        switch type.kind {
        case .structure where type.initializers.isEmpty:
            if type.memberwiseInitializer.parameters.map(\.label) == labels || (labels.isEmpty && allHaveValues) { return }
        case .classType where declared.isEmpty && labels.isEmpty && allHaveValues:
            if type.isFinal { return }
            throw CellError.compile("initializer requirement '\(spelled)' can only be satisfied by a 'required' initializer in non-final class '\(type.name)'",
                                    at: node)
        default:
            break
        }
        throw CellError.compile("type '\(type.name)' does not conform to protocol '\(protocolName)'; missing initializer '\(spelled)'",
                                at: node)
    }

    private func hasStaticMember(_ name: String, on type: UserType, protocolDefinition: ProtocolDefinition) -> Bool {
        if type.lookupMember({ $0.staticComputed[name] }) != nil || type.lookupMember({ $0.staticMethods[name] }) != nil
            || type.lookupMember({ $0.staticInitializers[name] }) != nil
            || type.lookupMember({ $0.staticStorage?.defines(name) == true ? true : nil }) != nil { return true }
        if type.kind == .enumeration, type.cases.contains(where: { $0.name == name }) { return true }
        return protocolDefinition.members.staticComputed[name] != nil || protocolDefinition.members.staticMethods[name] != nil
    }

    private static func isStaticMember(_ modifiers: DeclModifierListSyntax) -> Bool {
        modifiers.contains { $0.name.tokenKind == .keyword(.static) || $0.name.tokenKind == .keyword(.class) }
    }

    private func hasInstanceMember(_ name: String, on type: UserType, protocolDefinition: ProtocolDefinition?) -> Bool {
        if type.storedIndex(of: name) != nil { return true }
        if type.lookupMember({ $0.computed[name] }) != nil || type.lookupMember({ $0.methods[name] }) != nil { return true }
        guard let protocolDefinition else {
            return protocolTables(for: type).contains { $0.methods[name] != nil || $0.computed[name] != nil }
        }
        return protocolDefinition.members.computed[name] != nil || protocolDefinition.members.methods[name] != nil
    }

    // MARK: protocol, extension, typealias

    func declareProtocol(_ node: ProtocolDeclSyntax, in scope: Scope) throws {
        let definition = ProtocolDefinition(name: node.name.text)
        for member in node.memberBlock.members {
            if let variable = member.decl.as(VariableDeclSyntax.self) {
                let isStatic = Self.isStaticMember(variable.modifiers)
                for binding in variable.bindings {
                    if let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text {
                        if isStatic { definition.staticRequirements.append(name) } else { definition.propertyRequirements.append(name) }
                    }
                }
            } else if let function = member.decl.as(FunctionDeclSyntax.self) {
                if Self.isStaticMember(function.modifiers) {
                    definition.staticRequirements.append(function.name.text)
                } else {
                    definition.methodRequirements.append(function.name.text)
                }
            } else if let initializer = member.decl.as(InitializerDeclSyntax.self) {
                definition.initializerRequirements.append(Self.argumentLabels(of: initializer.signature.parameterClause))
            } else if member.decl.is(SubscriptDeclSyntax.self) {
                definition.requiresSubscript = true
            } else if let associated = member.decl.as(AssociatedTypeDeclSyntax.self) {
                // Each conforming type's choice is inferred from its members, as Swift infers it; cells
                // hold values dynamically, so nothing is required of it.
                definition.associatedTypes.insert(associated.name.text)
            } else {
                throw CellError.compile("this protocol requirement is not available in cells", at: member.decl)
            }
        }
        for inherited in node.inheritanceClause?.inheritedTypes ?? [] {
            let name = inherited.type.trimmedDescription
            guard Self.standardProtocols.contains(name) || protocols[name] != nil else {
                throw CellError.compile("cannot find type '\(name)' in scope", at: inherited.type)
            }
            definition.inherited.append(name)
        }
        protocols[definition.name] = definition
        // A later cell may declare as a protocol a name an earlier one declared as a type.
        if userTypes[definition.name] != nil, userTypes.context == nil { userTypes[definition.name] = nil }
    }

    /// `name` and the protocols it inherits, directly or through others.
    func protocolAndAncestors(_ name: String) -> Set<String> {
        var found: Set<String> = []
        var pending = [name]
        while let next = pending.popLast() {
            guard found.insert(next).inserted else { continue }
            pending += protocols[next]?.inherited ?? []
        }
        return found
    }

    func declareExtension(_ node: ExtensionDeclSyntax, in scope: Scope) throws {
        let name = node.extendedType.trimmedDescription
        if let type = userTypes[name] ?? qualifiedUserType(node.extendedType) {
            let scopeForMembers = type.scope
            var table = type.members
            try inTypeContext(type.name) {
                try readMembers(node.memberBlock, table: &table, owner: type, scope: scopeForMembers, selfType: type.type,
                                isExtension: true)
            }
            type.members = table
            if let clause = node.inheritanceClause {
                for inherited in clause.inheritedTypes {
                    let protocolName = inherited.type.trimmedDescription
                    guard Self.standardProtocols.contains(protocolName) || protocols[protocolName] != nil else {
                        throw CellError.compile("cannot find type '\(protocolName)' in scope", at: inherited.type)
                    }
                    type.conformances.formUnion(protocolAndAncestors(protocolName))
                }
                if pendingTypeNames.isEmpty { try checkConformances(type, at: Syntax(node)) } else { deferredConformanceChecks.append(type) }
            }
            return
        }
        if let definition = protocols[name] {
            var table = definition.members
            // `extension Container { subscript(...) -> [Item] }`: the associated types are generic there.
            let associated = protocolAndAncestors(name).reduce(into: Set<String>()) { $0.formUnion(protocols[$1]?.associatedTypes ?? []) }
            let outerGenerics = (activeGenericParameters, implicitGenericParameters)
            activeGenericParameters.formUnion(associated)
            implicitGenericParameters.formUnion(associated)
            defer { (activeGenericParameters, implicitGenericParameters) = outerGenerics }
            try readMembers(node.memberBlock, table: &table, owner: nil, scope: scope, selfType: .any, isExtension: true)
            definition.members = table
            return
        }
        if let adopters = Self.standardProtocolAdopters[name] {
            try declareStandardProtocolExtension(node, adopters: adopters, in: scope)
            return
        }
        var extended = resolveAliases(TypeResolver.typeRef(node.extendedType))
        // `extension Optional where Wrapped == Int`: members of every optional (the constraint is
        // what swiftc checks; a cell that meets it runs the same).
        if extended == .named("Optional") { extended = .optional(.any) }
        try requireKnownType(extended, at: node.extendedType)
        var conformances: [ProtocolDefinition] = []
        for inherited in node.inheritanceClause?.inheritedTypes ?? [] {
            let protocolName = inherited.type.trimmedDescription
            guard let definition = protocols[protocolName] else {
                if Self.standardProtocols.contains(protocolName) {
                    throw CellError.compile("conformances of library types to the standard library's protocols are not available in cells",
                                            at: inherited.type)
                }
                throw CellError.compile("cannot find type '\(protocolName)' in scope", at: inherited.type)
            }
            conformances.append(definition)
        }
        let tableName = extended.memberTableName
        var table = extensionTables[tableName] ?? MemberTable()
        let members = Scope(parent: scope)
        members.typeContext = tableName
        try inTypeContext(tableName) {
            try readMembers(node.memberBlock, table: &table, owner: nil, scope: members, selfType: extended, isExtension: true)
        }
        for definition in conformances {
            try checkLibraryConformance(extended, members: table, to: definition, at: Syntax(node.extendedType))
        }
        extensionTables[tableName] = table
        if !conformances.isEmpty { libraryConformances[tableName, default: []].formUnion(conformances.flatMap { protocolAndAncestors($0.name) }) }
    }

    /// A declared type in a generic type with its generic parameters kept by name (`[Element]`), or
    /// nil in a type that is not generic.
    func genericPattern(_ syntax: TypeSyntax, of owner: UserType) -> TypeRef? {
        guard !owner.genericParameters.isEmpty else { return nil }
        let parameters = Set(owner.genericParameters)
        return resolveAliases(TypeResolver.typeRef(syntax, keeping: parameters), keeping: parameters)
    }

    /// The generic parameters of the types whose member declarations enclose the running code
    /// (`Element` inside `struct Stack<Element>` and its extensions): they stand for any type there.
    var contextGenericParameters: Set<String> {
        guard userTypes.hasGenericTypes, let context = userTypes.context else { return [] }
        var prefix = Substring(context)
        var names = Set<String>()
        while true {
            if let type = userTypes.qualified(String(prefix)) { names.formUnion(type.genericParameters) }
            guard let dot = prefix.lastIndex(of: ".") else { break }
            prefix = prefix[..<dot]
        }
        return names
    }

    /// The cell type a dotted name such as `Library.Book` names, if any.
    func qualifiedUserType(_ syntax: some SyntaxProtocol) -> UserType? {
        let name = syntax.trimmedDescription
        guard name.containsASCII(".") else { return nil }
        return userTypes.qualified(name)
    }

    /// `type` with every alias a cell declared replaced by what it names, and a nested type's short
    /// name (`Book` inside `Library`) by its qualified name (`Library.Book`).
    func resolveAliases(_ type: TypeRef) -> TypeRef {
        resolveAliases(type, keeping: [])
    }

    /// `resolveAliases(_:)` keeping the generic parameters in `keeping` by name.
    func resolveAliases(_ type: TypeRef, keeping: Set<String>) -> TypeRef {
        if typeAliases.isEmpty && !userTypes.hasNestedTypes && !userTypes.hasGenericTypes && activeGenericParameters.isEmpty {
            return type
        }
        let generics = contextGenericParameters.union(activeGenericParameters).subtracting(keeping)
        return resolved(type, erasing: generics)
    }

    private func resolved(_ type: TypeRef, erasing generics: Set<String>) -> TypeRef {
        let resolveAliases = { (type: TypeRef) in self.resolved(type, erasing: generics) }
        switch type {
        case .named(let name):
            if generics.contains(name) { return .any }
            if !generics.isEmpty, name.containsASCII("<") {
                return .named(GenericName.replacingIdentifiers(in: name) { generics.contains($0) ? "Any" : nil })
            }
            if let nested = userTypes[name], nested.name != name { return nested.type }
            return typeAliases[name].map(resolveAliases) ?? type
        case .array(let element): return .array(resolveAliases(element))
        case .dictionary(let key, let value): return .dictionary(resolveAliases(key), resolveAliases(value))
        case .optional(let wrapped): return .optional(resolveAliases(wrapped))
        case .set(let element): return .set(resolveAliases(element))
        case .function(let parameters, let result): return .function(parameters.map(resolveAliases), resolveAliases(result))
        case .tuple(let elements): return .tuple(elements.map(resolveAliases))
        case .any: return .any
        }
    }
}

extension TypeRef {
    var isOptionalType: Bool {
        if case .optional = self { return true }
        return false
    }
}
