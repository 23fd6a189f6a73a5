import SwiftSyntax

extension Evaluator {
    /// Modules a cell may import; importing them is a no-op because cells already see them.
    static let importableModules: Set<String> = [
        "Foundation", "LandscapeNotebook", "Landscape", "LandscapePlots", "Swift",
    ]

    func declare(_ declaration: DeclSyntax, in scope: Scope) throws {
        switch declaration.as(DeclSyntaxEnum.self) {
        case .variableDecl(let variable):
            try declareVariables(variable, in: scope)
        case .functionDecl(let function):
            try declareFunction(function, in: scope)
        case .importDecl(let importDecl):
            let module = importDecl.path.map(\.name.text).joined(separator: ".")
            guard Self.importableModules.contains(module) else {
                throw CellError.compile("no such module '\(module)'; cells can import \(Self.importableModules.sorted().joined(separator: ", "))",
                                        at: importDecl.path)
            }
        case .classDecl(let node): try declareClass(node, in: scope)
        case .structDecl(let node): try declareStruct(node, in: scope)
        case .enumDecl(let node): try declareEnum(node, in: scope)
        case .protocolDecl(let node): try declareProtocol(node, in: scope)
        case .extensionDecl(let node): try declareExtension(node, in: scope)
        case .actorDecl(let node): throw unavailable("actor declarations", node)
        case .typeAliasDecl(let node):
            let target = resolveAliases(TypeResolver.typeRef(node.initializer.value))
            try requireKnownType(target, at: node.initializer.value)
            typeAliases[node.name.text] = target
            typeAliasSyntax[node.name.text] = node.initializer.value
        case .operatorDecl, .precedenceGroupDecl:
            break  // read by the parser, which folds the cell's expressions with them (`CellParser`)
        case .macroDecl(let node): throw unavailable("macro declarations", node)
        case .macroExpansionDecl(let node): throw unavailable("macro expansions", node)
        case .initializerDecl(let node): throw unavailable("initializer declarations", node)
        case .deinitializerDecl(let node): throw unavailable("deinitializer declarations", node)
        case .subscriptDecl(let node): throw unavailable("subscript declarations", node)
        case .enumCaseDecl(let node): throw unavailable("enum cases outside an enum", node)
        case .associatedTypeDecl(let node): throw unavailable("associated type declarations", node)
        case .ifConfigDecl(let node): throw unavailable("#if blocks", node)
        case .poundSourceLocation(let node): throw unavailable("#sourceLocation", node)
        case .accessorDecl(let node): throw unavailable("accessor declarations", node)
        case .editorPlaceholderDecl(let node): throw CellError(.syntax, "editor placeholder in source file", at: node)
        case .missingDecl(let node): throw CellError(.syntax, "expected a declaration", at: node)
        default: throw unavailable("these declarations", declaration)
        }
    }

    private func unavailable(_ what: String, _ node: some SyntaxProtocol) -> CellError {
        CellError.compile("\(what) are not available in cells", at: node)
    }

    func declareVariables(_ variable: VariableDeclSyntax, in scope: Scope) throws {
        // An access level (`fileprivate let limit = 10`) changes nothing in a cell's one-file program.
        let accessLevels: Set<Keyword> = [.private, .fileprivate, .internal, .public, .package]
        if let modifier = variable.modifiers.first(where: { modifier in
            if case .keyword(let keyword) = modifier.name.tokenKind { return !accessLevels.contains(keyword) }
            return true
        }) {
            throw CellError.compile("'\(modifier.name.text)' is not available on variables in cells", at: modifier)
        }
        let isMutable = variable.bindingSpecifier.tokenKind == .keyword(.var)
        let bindings = Array(variable.bindings)
        for (position, binding) in bindings.enumerated() {
            if let accessors = binding.accessorBlock {
                throw CellError.compile("computed properties and observers are not available in cells", at: accessors)
            }
            // `var red, green, blue: Double`: the annotation of a later name covers the earlier ones.
            let annotationSyntax = binding.typeAnnotation ?? (binding.initializer == nil
                ? bindings[(position + 1)...].first(where: { $0.typeAnnotation != nil })?.typeAnnotation : nil)
            let annotated = annotationSyntax.map { resolveAliases(TypeResolver.typeRef($0.type)) }
            if let annotated { try requireKnownType(annotated, at: annotationSyntax!.type) }
            guard let initializer = binding.initializer else {
                guard let annotated else {
                    throw CellError.compile("type annotation missing in pattern", at: binding.pattern)
                }
                // Swift allows deferred initialization; cells require an initial value, except for
                // optional variables, which start as nil like in Swift.
                if case .optional(let wrapped) = annotated, isMutable {
                    try bind(binding.pattern, value: .optional(nil, wrapped), type: annotated,
                             isMutable: isMutable, in: scope)
                    markImplicitlyUnwrapped(binding.pattern, written: annotationSyntax?.type, in: scope)
                    continue
                }
                // Declared now, given its value by a later assignment (on every path, as swiftc checks).
                guard let identifier = binding.pattern.as(IdentifierPatternSyntax.self) else {
                    throw CellError.compile("a tuple declared without a value needs an initial value in cells", at: binding.pattern)
                }
                scope.define(identifier.identifier.text, .init(value: .void, isMutable: isMutable, type: annotated, isInitialized: false))
                continue
            }
            var value = try evaluate(initializer.value, in: scope, expecting: annotated)
            var type = value.type
            if let annotated {
                guard let converted = conversion(of: value, to: annotated, literalIfWritten: initializer.value) else {
                    throw conversionError(value, to: annotated, context: "specified type", at: initializer.value)
                }
                value = annotationSyntax.map { applyingTupleLabels(of: $0.type, to: converted) } ?? converted
                if case .function(let function) = value, case .function = annotated, function.declaredType == nil,
                   case .user(let closure) = function.body, closure.isClosure {
                    function.declaredType = annotated
                }
                // `let digits: Set = [1, 2]` declares a `Set<Int>`.
                type = annotated == .set(.any) ? value.type : annotated
            } else {
                // `let xs = []` (the literal itself, not an empty result such as a generic `filter`'s).
                if case .array(let array) = value, array.elementType == .any, array.isEmpty,
                   Self.isEmptyCollectionLiteral(initializer.value) {
                    throw CellError.compile("empty collection literal requires an explicit type", at: initializer.value)
                }
                if case .optional(nil, .any) = value, initializer.value.is(NilLiteralExprSyntax.self) {
                    throw CellError.compile("'nil' requires a contextual type", at: initializer.value)
                }
            }
            try bind(binding.pattern, value: value, type: type, isMutable: isMutable, in: scope)
            markImplicitlyUnwrapped(binding.pattern, written: annotationSyntax?.type, in: scope)
        }
    }

    /// `[]` or `[:]` as written.
    static func isEmptyCollectionLiteral(_ expression: ExprSyntax) -> Bool {
        if let array = expression.as(ArrayExprSyntax.self) { return array.elements.isEmpty }
        if let dictionary = expression.as(DictionaryExprSyntax.self), case .colon = dictionary.content { return true }
        return false
    }

    /// Marks the variable `pattern` declares when its written type is `T!`.
    private func markImplicitlyUnwrapped(_ pattern: PatternSyntax, written: TypeSyntax?, in scope: Scope) {
        guard Self.isImplicitlyUnwrapped(written), let identifier = pattern.as(IdentifierPatternSyntax.self),
              let binding = scope.bindings[identifier.identifier.text] else { return }
        binding.implicitlyUnwraps = true
        hasImplicitlyUnwrappedVariables = true
    }

    private func bind(_ pattern: PatternSyntax, value: Value, type: TypeRef, isMutable: Bool, in scope: Scope) throws {
        if let identifier = pattern.as(IdentifierPatternSyntax.self) {
            scope.define(identifier.identifier.text, .init(value: value, isMutable: isMutable, type: type))
        } else if pattern.is(WildcardPatternSyntax.self) {
            return
        } else if let tuple = pattern.as(TuplePatternSyntax.self) {
            guard case .tuple(let elements, _) = value, elements.count == tuple.elements.count else {
                throw CellError.compile("cannot bind a value of type '\(value.type)' to a tuple of \(tuple.elements.count) names",
                                        at: pattern)
            }
            for (element, patternElement) in zip(elements, tuple.elements) {
                try bind(patternElement.pattern, value: element, type: element.type, isMutable: isMutable, in: scope)
            }
        } else {
            throw CellError.compile("this pattern is not available in cells", at: pattern)
        }
    }

    /// The type a written name stands for when it names a `typealias` (`Score` for
    /// `typealias Score = (name: String, points: Int)`), otherwise the written type.
    private func expandingAliases(_ written: TypeSyntax) -> TypeSyntax {
        var syntax = written
        var expansions = 0
        while let identifier = syntax.as(IdentifierTypeSyntax.self), identifier.genericArgumentClause == nil,
              let aliased = typeAliasSyntax[identifier.name.text], expansions < 16 {
            syntax = aliased
            expansions += 1
        }
        return syntax
    }

    /// `value` with the element labels a tuple type in `syntax` writes (`(x: Int, y: Int)`, also inside
    /// an array or an optional, or through a `typealias`), as Swift gives an unlabeled tuple the labels of
    /// the type it becomes.
    func applyingTupleLabels(of written: TypeSyntax, to value: Value) -> Value {
        let syntax = expandingAliases(written)
        if let tuple = syntax.as(TupleTypeSyntax.self), tuple.elements.count > 1,
           tuple.elements.contains(where: { $0.firstName != nil }) {
            return value.relabeled(tuple.elements.map { $0.firstName?.text })
        }
        if let array = syntax.as(ArrayTypeSyntax.self), case .array(var elements) = value,
           expandingAliases(array.element).is(TupleTypeSyntax.self) {
            elements.elements = elements.elements.map { applyingTupleLabels(of: array.element, to: $0) }
            return .array(elements)
        }
        if let optional = syntax.as(OptionalTypeSyntax.self), case .optional(let wrapped?, let type) = value {
            return .optional(applyingTupleLabels(of: optional.wrappedType, to: wrapped), type)
        }
        return value
    }

    /// Checks that every named type in an annotation is one the cells know.
    func requireKnownType(_ type: TypeRef, at node: some SyntaxProtocol) throws {
        switch type {
        case .named(let name):
            if name.containsASCII("&") {
                // A protocol composition: each part must be known.
                for part in name.split(separator: "&") { try requireKnownType(.named(part.trimmingCharacters(in: .whitespaces)), at: node) }
                return
            }
            let base = type.memberTableName
            if ["Int", "Double", "String", "Bool", "Range", "ClosedRange", "Character", "UInt64"].contains(base) { return }
            if registry.types[base] != nil || userTypes[base] != nil || protocols[base] != nil || pendingTypeNames.contains(base)
                || typeAliases[base] != nil || ["Float", "Any", "AnyObject", "Error", "Set", "Substring"].contains(base) { return }
            let candidates = Array(registry.types.keys) + ["Int", "Double", "String", "Bool"]
            throw CellError.compile("cannot find type '\(name)' in scope" + Suggestions.didYouMean(name, among: candidates),
                                    at: node)
        case .array(let element): try requireKnownType(element, at: node)
        case .dictionary(let key, let value):
            try requireKnownType(key, at: node)
            try requireKnownType(value, at: node)
        case .optional(let wrapped), .set(let wrapped): try requireKnownType(wrapped, at: node)
        case .function(let parameters, let result):
            for parameter in parameters { try requireKnownType(parameter, at: node) }
            try requireKnownType(result, at: node)
        case .tuple(let elements):
            for element in elements { try requireKnownType(element, at: node) }
        case .any: return
        }
    }

    func declareFunction(_ function: FunctionDeclSyntax, in scope: Scope) throws {
        // `prefix func √`, `postfix func °`: an operator's fixity; `private func helper`: an access level
        // (a cell's program is one file, where each of them is visible). Any other modifier is refused.
        let accepted: Set<Keyword> = [.prefix, .postfix, .infix, .private, .fileprivate, .internal, .public, .package]
        if let modifier = function.modifiers.first(where: { modifier in
            if case .keyword(let keyword) = modifier.name.tokenKind { return !accepted.contains(keyword) }
            return true
        }) {
            throw CellError.compile("'\(modifier.name.text)' functions are not available in cells", at: modifier)
        }
        let userFunction = try makeFunction(function, in: scope)
        // A function of the same name with other parameters, declared in the same scope by the same
        // cell, is an overload; one an earlier cell declared is replaced (a notebook redefines it).
        if let existing = scope.bindings[function.name.text], case .function(let previousValue) = existing.value,
           case .user(let previous) = previousValue.body, !previous.isClosure, previous.name == function.name.text,
           previous.node.root.id == Syntax(function).root.id {
            let signature = userFunction.overloadSignature
            userFunction.overloads = ([previous] + previous.overloads).filter { $0.overloadSignature != signature }
        }
        let value = Value.function(FunctionValue(.user(userFunction)))
        scope.define(function.name.text, .init(value: value, isMutable: false, type: value.type))
        if case .binaryOperator = function.name.tokenKind { operatorFunctionNames.insert(function.name.text) }
        if case .prefixOperator = function.name.tokenKind { operatorFunctionNames.insert(function.name.text) }
        if case .postfixOperator = function.name.tokenKind { operatorFunctionNames.insert(function.name.text) }
    }

    /// A cell function (or method) from its declaration. Generic parameters stand for any type: the
    /// body is checked as it runs, with the arguments' own types.
    func makeFunction(_ function: FunctionDeclSyntax, in scope: Scope) throws -> UserFunction {
        var genericNames = implicitGenericParameters
        if let generics = function.genericParameterClause {
            genericNames.formUnion(generics.parameters.map(\.name.text))
        }
        if function.signature.effectSpecifiers?.asyncSpecifier != nil {
            throw CellError.compile("async functions are not available in cells", at: function.signature)
        }
        guard let body = function.body else {
            throw CellError.compile("expected '{' in body of function declaration", at: function)
        }
        let parameters = try parameterSpecs(function.signature.parameterClause, generic: genericNames)
        var returnType = function.signature.returnClause.map { resolveAliases(TypeResolver.typeRef($0.type)) } ?? .void
        if let clause = function.signature.returnClause {
            returnType = returnType.replacingGenerics(genericNames)
            if returnType.mentions(named: "Self") {
                // `-> Self`: the type of `self` where it runs (a subclass's, a conforming type's),
                // checked by the value it returns.
                returnType = returnType.replacingGenerics(["Self"])
            } else {
                try requireKnownType(returnType, at: clause.type)
            }
        }
        let userFunction = UserFunction(name: function.name.text, parameters: parameters, returnType: returnType,
                                        body: body.statements, captured: scope, isClosure: false,
                                        usesAnonymousParameters: false, node: Syntax(function))
        userFunction.genericParameters = genericNames
        if !genericNames.isEmpty {
            userFunction.genericPatterns = function.signature.parameterClause.parameters.map { parameter in
                var type = parameter.type
                if let attributed = type.as(AttributedTypeSyntax.self) { type = attributed.baseType }
                return resolveAliases(TypeResolver.typeRef(type, keeping: genericNames), keeping: genericNames)
            }
        }
        userFunction.isThrowing = function.signature.effectSpecifiers?.throwsClause?.throwsSpecifier.tokenKind == .keyword(.throws)
        if var resultType = function.signature.returnClause?.type {
            if let optional = resultType.as(OptionalTypeSyntax.self) { resultType = optional.wrappedType }
            if let tuple = resultType.as(TupleTypeSyntax.self), tuple.elements.contains(where: { $0.firstName != nil }) {
                userFunction.returnLabels = tuple.elements.map { $0.firstName?.text }
            }
        }
        return userFunction
    }

    /// The parameters of a function or initializer declaration.
    func parameterSpecs(_ clause: FunctionParameterClauseSyntax, generic: Set<String> = []) throws -> [ParameterSpec] {
        var parameters: [ParameterSpec] = []
        for parameter in clause.parameters {
            var typeSyntax = parameter.type
            var isInout = false
            var isAutoclosure = false
            if let attributed = parameter.type.as(AttributedTypeSyntax.self),
               attributed.specifiers.contains(where: { $0.as(SimpleTypeSpecifierSyntax.self)?.specifier.tokenKind == .keyword(.inout) }) {
                isInout = true
                typeSyntax = attributed.baseType
            }
            if let attributed = typeSyntax.as(AttributedTypeSyntax.self),
               attributed.attributes.contains(where: { $0.as(AttributeSyntax.self)?.attributeName.trimmedDescription == "autoclosure" }) {
                isAutoclosure = true
            }
            let type = resolveAliases(TypeResolver.typeRef(typeSyntax)).replacingGenerics(generic)
            try requireKnownType(type, at: typeSyntax)
            let label: String? = parameter.firstName.tokenKind == .wildcard ? nil : parameter.firstName.text
            parameters.append(ParameterSpec(label: label, name: (parameter.secondName ?? parameter.firstName).text,
                                            type: type, defaultSource: parameter.defaultValue?.value,
                                            isVariadic: parameter.ellipsis != nil, isInout: isInout, isAutoclosure: isAutoclosure))
        }
        return parameters
    }

    func conversionError(_ value: Value, to type: TypeRef, context: String, at node: some SyntaxProtocol) -> CellError {
        if case .optional(nil, _) = value {
            return CellError.compile("'nil' cannot initialize \(context) '\(type)'", at: node)
        }
        if case .optional = value.type, value.type != type {
            return CellError.compile("value of optional type '\(value.type)' must be unwrapped to a value of type '\(type)'",
                                     at: node)
        }
        return CellError.compile("cannot convert value of type '\(value.type)' to \(context) '\(type)'", at: node)
    }
}


extension TypeRef {
    /// The type with each generic parameter named in `names` replaced by `Any` (the value's own type
    /// is used at run time).
    func replacingGenerics(_ names: Set<String>) -> TypeRef {
        if names.isEmpty { return self }
        switch self {
        case .named(let name):
            if names.contains(name) { return .any }
            // `T.Type`, `C.Item`: a metatype or an associated type of a generic parameter.
            if let dot = name.firstIndex(of: "."), names.contains(String(name[..<dot])) { return .any }
            guard name.containsASCII("<") else { return self }
            return .named(GenericName.replacingIdentifiers(in: name) { names.contains($0) ? "Any" : nil })
        case .array(let element): return .array(element.replacingGenerics(names))
        case .dictionary(let key, let value): return .dictionary(key.replacingGenerics(names), value.replacingGenerics(names))
        case .optional(let wrapped): return .optional(wrapped.replacingGenerics(names))
        case .set(let element): return .set(element.replacingGenerics(names))
        case .function(let parameters, let result):
            return .function(parameters.map { $0.replacingGenerics(names) }, result.replacingGenerics(names))
        case .tuple(let elements): return .tuple(elements.map { $0.replacingGenerics(names) })
        case .any: return .any
        }
    }

    /// True when the type names `name` anywhere inside.
    func mentions(named name: String) -> Bool {
        switch self {
        case .named(let own): return own == name
        case .array(let element): return element.mentions(named: name)
        case .dictionary(let key, let value): return key.mentions(named: name) || value.mentions(named: name)
        case .optional(let wrapped), .set(let wrapped): return wrapped.mentions(named: name)
        case .function(let parameters, let result): return parameters.contains { $0.mentions(named: name) } || result.mentions(named: name)
        case .tuple(let elements): return elements.contains { $0.mentions(named: name) }
        case .any: return false
        }
    }
}
