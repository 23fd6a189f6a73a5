import LandscapeNotebook
import SwiftSyntax

/// One argument as written at a call site.
struct ArgumentSyntax {
    var label: String?
    var expression: ExprSyntax
    var isTrailingClosure: Bool
}

extension Evaluator {
    func arguments(of call: FunctionCallExprSyntax) -> [ArgumentSyntax] {
        var result = call.arguments.map {
            ArgumentSyntax(label: $0.label?.text, expression: $0.expression, isTrailingClosure: false)
        }
        if let trailing = call.trailingClosure {
            result.append(ArgumentSyntax(label: nil, expression: ExprSyntax(trailing), isTrailingClosure: true))
        }
        for extra in call.additionalTrailingClosures {
            result.append(ArgumentSyntax(label: extra.label.text, expression: ExprSyntax(extra.closure),
                                         isTrailingClosure: false))
        }
        return result
    }

    func evaluateCall(_ call: FunctionCallExprSyntax, in scope: Scope, expecting expected: TypeRef?,
                      arguments precomputed: [ArgumentSyntax]? = nil) throws -> Value {
        try checkInterrupt()
        let arguments = precomputed ?? arguments(of: call)
        let callee = call.calledExpression
        switch callee.as(ExprSyntaxEnum.self) {
        case .declReferenceExpr(let reference):
            let name = cache.text(reference.baseName)
            switch resolveName(name, in: scope) {
            case .binding(let owner):
                if let binding = owner.bindings[name] {
                    return try callFunctionValue(binding.value, arguments: arguments, in: scope, calleeName: name, node: call)
                }
            case .selfMember(let selfScope):
                var selfValue = selfScope.bindings["self"]?.value ?? .void
                let selfExpression = ExprSyntax(DeclReferenceExprSyntax(baseName: .keyword(.self)))
                if let value = try callUserMethod(name, on: selfExpression, baseValue: &selfValue, arguments: arguments,
                                                  in: scope, node: call) {
                    return value
                }
                // A library member of an extended library type (`uppercased()` inside `extension String`).
                if !registry.instanceMember(name, of: selfValue.type).isEmpty {
                    var receiver = selfValue
                    let symbols = registry.instanceMember(name, of: selfValue.type).filter { $0.kind == .method }
                    if !symbols.isEmpty {
                        return try callSymbols(symbols, receiver: &receiver, arguments: arguments, in: scope, calleeName: name, node: call)
                    }
                }
            case .none:
                break
            }
            // `Self(x: 5)` in a member of a cell type: the type of `self`.
            if name == "Self", let selfType = enclosingSelfType(in: scope), let type = userType(for: selfType) {
                return try construct(type, arguments: arguments, in: scope, node: call)
            }
            if let type = userTypes[name] {
                // `let p: Pair<Int, Int> = Pair(...)`: the annotation gives a generic type its arguments.
                if !type.genericParameters.isEmpty, let expected = expected?.optionalWrapped ?? expected,
                   let specialized = userType(for: expected), specialized.unspecialized === type {
                    return try construct(specialized, arguments: arguments, in: scope, node: call)
                }
                return try construct(type, arguments: arguments, in: scope, node: call)
            }
            if name == "swap", registry.globals[name] == nil, arguments.count == 2,
               arguments.allSatisfy({ $0.expression.is(InOutExprSyntax.self) && $0.label == nil }) {
                // `swap(&a, &b)`
                let first = try resolveLValue(arguments[0].expression, in: scope)
                let second = try resolveLValue(arguments[1].expression, in: scope)
                let a = try read(first), b = try read(second)
                guard a.type == b.type else {
                    throw CellError.compile("cannot swap values of types '\(a.type)' and '\(b.type)'", at: call)
                }
                try modify(first) { $0 = b }
                try modify(second) { $0 = a }
                return .void
            }
            if name == "Optional", arguments.count == 1, arguments[0].label == nil, scope.lookup(name) == nil {
                // `Optional(5)`: the value wrapped, as `.some(5)`.
                let wrapped = expected?.optionalWrapped
                let value = try evaluateArgument(0, arguments[0], in: scope, expecting: wrapped, call: call)
                return .optional(value, wrapped ?? value.type)
            }
            if let type = knownType(named: name) {
                if let coerced = try literalCoercion(to: type, arguments: arguments, in: scope) { return coerced }
                return try callStatic("init", of: type, arguments: arguments, in: scope, node: call)
            }
            if let symbols = registry.globals[name], symbols.contains(where: { $0.kind == .function }) {
                var receiver = Value.void
                return try callSymbols(symbols.filter { $0.kind == .function }, receiver: &receiver, arguments: arguments,
                                       in: scope, calleeName: name, node: call)
            }
            throw undefinedName(name, at: reference, in: scope)
        case .memberAccessExpr(let member):
            let name = cache.text(member.declName.baseName)
            guard let base = member.base else {
                guard let type = expected?.optionalWrapped ?? expected ?? implicitMemberContext, type != .any else {
                    throw CellError.compile("cannot infer contextual base in reference to member '\(name)'", at: member)
                }
                return try callStatic(name, of: type, arguments: arguments, in: scope, node: call)
            }
            if let nested = try nestedType(member, in: scope) {
                return try construct(nested, arguments: arguments, in: scope, node: call)
            }
            if let type = libraryQualifiedType(member, in: scope) {
                // `Unicode.Scalar(65)`, `String.Index(...)`: a library type named with its namespace.
                if let coerced = try literalCoercion(to: type, arguments: arguments, in: scope) { return coerced }
                return try callStatic("init", of: type, arguments: arguments, in: scope, node: call)
            }
            if let type = try staticBase(base, in: scope) {
                return try callStatic(name, of: type, arguments: arguments, in: scope, node: call)
            }
            return try callMethod(name, on: base, arguments: arguments, in: scope, node: call, nameNode: member.declName)
        case .arrayExpr(let array) where array.elements.count == 1:
            // `[Double](repeating: 0, count: 3)`
            let elementType = typeRef(parsing: array.elements.first!.expression.trimmedDescription)
            try requireKnownType(elementType, at: array)
            if arguments.isEmpty { return .array(ArrayValue([], elementType: resolveAliases(elementType))) }
            let value = try callStatic("init", of: .named("Array"), arguments: arguments, in: scope, node: call)
            guard let converted = Conversion.convert(value, to: .array(elementType), literal: true) else {
                throw CellError.compile("cannot convert value of type '\(value.type)' to '[\(elementType)]'", at: call)
            }
            return converted
        case .genericSpecializationExpr(let specialization):
            // `Set<Character>()`, `Array<Int>(repeating: 0, count: 3)`, `Dictionary<String, Int>()`
            return try constructSpecialized(specialization, arguments: arguments, in: scope, node: call)
        case .dictionaryExpr(let dictionary) where arguments.isEmpty:
            // `[String: Int]()`
            guard case .elements(let elements) = dictionary.content, elements.count == 1, let only = elements.first else {
                throw CellError.compile("cannot call value of non-function type '\(dictionary.trimmedDescription)'", at: call)
            }
            // `[String: [Int]]()`: each side is read as the type it spells.
            let keyType = typeRef(parsing: only.key.trimmedDescription)
            let valueType = typeRef(parsing: only.value.trimmedDescription)
            try requireKnownType(keyType, at: only.key)
            try requireKnownType(valueType, at: only.value)
            return .dictionary(DictionaryValue(keyType: keyType, valueType: valueType))
        default:
            let function = try evaluate(callee, in: scope)
            return try callFunctionValue(function, arguments: arguments, in: scope, calleeName: nil, node: call)
        }
    }

    /// A call of a standard collection named with its generic arguments: the initializer of the
    /// unspecialized type, its result converted to the named type.
    func constructSpecialized(_ specialization: GenericSpecializationExprSyntax, arguments: [ArgumentSyntax], in scope: Scope,
                              node call: FunctionCallExprSyntax) throws -> Value {
        if let type = specializedUserType(specialization) {
            return try construct(type, arguments: arguments, in: scope, node: call)
        }
        guard let base = specialization.expression.as(DeclReferenceExprSyntax.self),
              ["Set", "Array", "Dictionary", "AnyIterator"].contains(base.baseName.text) else {
            throw CellError.compile("explicit generic arguments are not available in cells", at: specialization)
        }
        let written = TypeSyntax(IdentifierTypeSyntax(name: base.baseName.trimmed,
                                                      genericArgumentClause: specialization.genericArgumentClause.trimmed))
        let type = resolveAliases(TypeResolver.typeRef(written))
        try requireKnownType(type, at: specialization)
        if arguments.isEmpty {
            switch type {
            case .set(let element): return .set(SetValue(elementType: element))
            case .array(let element): return .array(ArrayValue([], elementType: element))
            case .dictionary(let key, let value): return .dictionary(DictionaryValue(keyType: key, valueType: value))
            default: break
            }
        }
        var value = try callStatic("init", of: .named(type.memberTableName), arguments: arguments, in: scope, node: call)
        // `AnyIterator<Int> { ... }`: the iterator's element type is the one written.
        if let element = GenericName(type.description).arguments.first, Iterators.isIterator(value) {
            value = Iterators.retyped(value, elementType: typeRef(parsing: String(element)))
        }
        guard let converted = Conversion.convert(value, to: type, literal: true) else {
            throw CellError.compile("cannot convert value of type '\(value.type)' to '\(type)'", at: call)
        }
        return converted
    }

    /// The type a member access's base names, when it names a type rather than a value.
    /// The type `Self` names in a member of a type: the type of the method's `self` (the type itself
    /// in a static member, the value's own type, a subclass's for an instance of it, in an instance one).
    func enclosingSelfType(in scope: Scope) -> TypeRef? {
        var current: Scope? = scope
        while let each = current {
            if each.isMethodContext, let selfBinding = each.bindings["self"] {
                if case .metatype(let type) = selfBinding.value { return type }
                return selfBinding.value.type
            }
            current = each.parent
        }
        return nil
    }

    func staticBase(_ base: ExprSyntax, in scope: Scope) throws -> TypeRef? {
        if let reference = base.as(DeclReferenceExprSyntax.self) {
            let name = cache.text(reference.baseName)
            if name == "Self" { return enclosingSelfType(in: scope) }
            if scope.lookup(name) == nil, registry.globals[name] == nil, let type = knownType(named: name) { return type }
            return nil
        }
        if let typeExpression = base.as(TypeExprSyntax.self) {
            return resolveAliases(TypeResolver.typeRef(typeExpression.type))
        }
        if let member = base.as(MemberAccessExprSyntax.self) {
            if let nested = try nestedType(member, in: scope) { return nested.type }
            if let type = libraryQualifiedType(member, in: scope) { return type }
        }
        if let specialization = base.as(GenericSpecializationExprSyntax.self), let type = specializedUserType(specialization) {
            return type.type
        }
        return nil
    }

    /// `Unicode.Scalar("é")`: as in Swift, a type called with one string literal, for a type a string
    /// literal can be, is the literal of that type (not the failable `init?(_ description:)`).
    func literalCoercion(to type: TypeRef, arguments: [ArgumentSyntax], in scope: Scope) throws -> Value? {
        guard arguments.count == 1, arguments[0].label == nil,
              let literal = arguments[0].expression.as(StringLiteralExprSyntax.self),
              type == .named(UnicodeScalars.typeName) || type == .named("UnicodeScalar") else { return nil }
        return try evaluate(ExprSyntax(literal), in: scope, expecting: .named(UnicodeScalars.typeName))
    }

    /// The library type a dotted name such as `Unicode.Scalar` names, when its first part is no
    /// variable of the cell.
    func libraryQualifiedType(_ member: MemberAccessExprSyntax, in scope: Scope) -> TypeRef? {
        guard let reference = member.base?.as(DeclReferenceExprSyntax.self) else { return nil }
        let outer = cache.text(reference.baseName)
        guard scope.lookup(outer) == nil else { return nil }
        let name = "\(outer).\(cache.text(member.declName.baseName))"
        return registry.types[name] != nil ? .named(name) : nil
    }

    /// The type `Outer.Inner` names, when `Outer` names a type and `Inner` a type declared inside it.
    func nestedType(_ member: MemberAccessExprSyntax, in scope: Scope) throws -> UserType? {
        guard userTypes.hasNestedTypes, let base = member.base, let outer = try staticBase(base, in: scope) else { return nil }
        return userTypes.qualified("\(outer.memberTableName).\(cache.text(member.declName.baseName))")
    }

    func callStatic(_ name: String, of type: TypeRef, arguments: [ArgumentSyntax], in scope: Scope,
                    node: FunctionCallExprSyntax) throws -> Value {
        if let value = try callUserStatic(name, of: type, arguments: arguments, in: scope, node: node) { return value }
        let symbols = registry.staticMember(name, of: type).filter { $0.isCallable }
        guard !symbols.isEmpty else {
            if name == "init" {
                throw CellError.compile("type '\(type)' has no initializers that cells can call", at: node.calledExpression)
            }
            if registry.staticMember(name, of: type).isEmpty {
                throw noMember(name, of: .named("\(type).Type"), staticOf: type, at: node.calledExpression)
            }
            throw CellError.compile("cannot call value of non-function type '\(registry.staticMember(name, of: type)[0].returnType)'",
                                    at: node.calledExpression)
        }
        var receiver = Value.metatype(type)
        let calleeName = name == "init" ? "\(type).init" : name
        return try callSymbols(symbols, receiver: &receiver, arguments: arguments, in: scope, calleeName: calleeName, node: node)
    }

    func callMethod(_ name: String, on base: ExprSyntax, arguments: [ArgumentSyntax], in scope: Scope,
                    node: FunctionCallExprSyntax, nameNode: DeclReferenceExprSyntax) throws -> Value {
        if base.is(SuperExprSyntax.self) {
            return try callSuper(name, arguments: arguments, in: scope, node: node)
        }
        if name == "init", let reference = base.as(DeclReferenceExprSyntax.self), reference.baseName.tokenKind == .keyword(.self) {
            return try delegateInitializer(arguments: arguments, in: scope, node: node)
        }
        var baseValue = try evaluateReceiver(base, in: scope)
        if case .metatype(let type) = baseValue {
            return try callStatic(name, of: type, arguments: arguments, in: scope, node: node)
        }
        // `counter.increment()` for `let counter: (increment: () -> Int, reset: () -> Void)`: the
        // tuple's element is called.
        if case .tuple(let elements, let labels) = baseValue,
           let index = Int(name) ?? labels.firstIndex(of: name), index >= 0, index < elements.count {
            return try callFunctionValue(elements[index], arguments: arguments, in: scope, calleeName: name, node: node)
        }
        if baseValue.userDefinition != nil || !extensionTables.isEmpty,
           let value = try callUserMethod(name, on: base, baseValue: &baseValue, arguments: arguments, in: scope, node: node) {
            return value
        }
        let symbols = registry.instanceMember(name, of: baseValue.type).filter { $0.kind == .method }
        guard !symbols.isEmpty else {
            if let property = registry.instanceMember(name, of: baseValue.type).first(where: { $0.kind == .property }) {
                var receiver = baseValue
                let value = try property.implementation(&receiver, [], CallContext(evaluator: self))
                return try callFunctionValue(value, arguments: arguments, in: scope, calleeName: name, node: node)
            }
            throw noMember(name, of: baseValue.type, at: nameNode)
        }
        if symbols.contains(where: \.isMutating) {
            let elementContext = Self.implicitMemberContext(of: baseValue)
            let lvalue = try mutationTarget(base, releasing: &baseValue, in: scope)
            // Arguments are evaluated before the receiver is taken for mutation.
            let resolved = try withImplicitMembers(context: elementContext) {
                try resolveCall(symbols.map(\.candidate), arguments: arguments, in: scope, calleeName: name, node: node)
            }
            return try modify(lvalue) { receiver in
                try invoke(symbols[resolved.index], receiver: &receiver, arguments: resolved.values, node: node)
            }
        }
        var receiver = baseValue
        return try callSymbols(symbols, receiver: &receiver, arguments: arguments, in: scope, calleeName: name, node: node)
    }

    /// The target a mutating method changes, checked to be a `var`. The caller's copy of the receiver
    /// is released: the method reads it again through the target, and a second owner would make the
    /// change copy the value's storage.
    func mutationTarget(_ base: ExprSyntax, releasing baseValue: inout Value, in scope: Scope) throws -> LValue {
        let lvalue: LValue
        do {
            lvalue = try resolveLValue(base, in: scope)
        } catch {
            throw CellError.compile("cannot use mutating member on immutable value of type '\(baseValue.type)'", at: base)
        }
        if let (variableName, binding) = lvalue.variableBinding, !binding.isMutable {
            throw CellError.compile("cannot use mutating member on immutable value: '\(variableName)' is a 'let' constant",
                                    at: base)
        }
        baseValue = .void
        return lvalue
    }

    func callSymbols(_ symbols: [Symbol], receiver: inout Value, arguments: [ArgumentSyntax], in scope: Scope,
                     calleeName: String, node: FunctionCallExprSyntax) throws -> Value {
        let resolved = try withImplicitMembers(of: receiver) {
            try resolveCall(symbols.map(\.candidate), arguments: arguments, in: scope, calleeName: calleeName, node: node)
        }
        return try invoke(symbols[resolved.index], receiver: &receiver, arguments: resolved.values, node: node)
    }

    /// Runs a library adapter, turning the errors it throws into cell errors. Long library work
    /// (dense Hessians, Lanczos, slices, …) consults the interrupt through `Cancellation` and stops.
    func invoke(_ symbol: Symbol, receiver: inout Value, arguments: [Value], node: some SyntaxProtocol) throws -> Value {
        try checkInterruptPeriodically()
        let context = CallContext(evaluator: self)
        do {
            if Cancellation.isInstalled { return try symbol.implementation(&receiver, arguments, context) }
            return try Cancellation.checking(cancellationCheck) {
                try symbol.implementation(&receiver, arguments, context)
            }
        } catch let error as CellError {
            throw error.located(at: node)
        } catch let error as LibraryUsageError {
            throw CellError.runtime(error.description, at: node)
        } catch {
            var cellError = CellError(.library, String(describing: error), at: node)
            cellError.libraryTypeName = String(describing: type(of: error))
            if isInterrupted { cellError = CellError(.interrupted, "execution was interrupted", at: node) }
            throw cellError
        }
    }

    func callFunctionValue(_ value: Value, arguments: [ArgumentSyntax], in scope: Scope, calleeName: String?,
                           node: FunctionCallExprSyntax) throws -> Value {
        guard case .function(let function) = value else {
            throw CellError.compile("cannot call value of non-function type '\(value.type)'", at: node.calledExpression)
        }
        switch function.body {
        case .user(let user):
            if user.isClosure || (calleeName != nil && calleeName != user.name && !user.isMethod) {
                if let labeled = arguments.first(where: { $0.label != nil }) {
                    throw CellError.compile("extraneous argument label '\(labeled.label!):' in call", at: labeled.expression)
                }
                var values: [Value] = []
                for (index, argument) in arguments.enumerated() {
                    let expectedType = index < user.parameters.count ? user.parameters[index].type : nil
                    values.append(try evaluateArgument(index, argument, in: scope,
                                                       expecting: expectedType == .any ? nil : expectedType, call: node))
                }
                return try callUser(user, arguments: values, node: node)
            }
            let functions = user.overloads.isEmpty ? [user] : [user] + user.overloads
            let resolved = try resolveCall(functions.map(\.candidate), arguments: arguments, in: scope,
                                           calleeName: calleeName ?? user.name ?? "function", node: node)
            return try callUserWritingBack(functions[resolved.index], values: resolved.values, arguments: arguments,
                                           in: scope, node: node)
        case .library(let name, let overloads):
            var receiver = Value.void
            return try callSymbols(overloads, receiver: &receiver, arguments: arguments, in: scope, calleeName: name, node: node)
        case .binaryOperator(let op):
            guard arguments.count == 2 else {
                throw CellError.compile("operator '\(op)' takes two arguments", at: node)
            }
            let left = try evaluateArgument(0, arguments[0], in: scope, expecting: nil, call: node)
            let right = try evaluateArgument(1, arguments[1], in: scope, expecting: nil, call: node)
            return try Operators.apply(op, left, right)
        case .autoclosure(let expression, let captured):
            guard arguments.isEmpty else { throw CellError.compile("argument passed to call that takes no arguments", at: node) }
            return try evaluate(expression, in: captured)
        }
    }

    /// Calls a cell function; its `inout` parameters' final values are written back to the `&`
    /// arguments (the k-th `&` argument is the k-th `inout` parameter, as Swift requires).
    func callUserWritingBack(_ user: UserFunction, values: [Value], arguments: [ArgumentSyntax], in scope: Scope,
                             node: FunctionCallExprSyntax, parent: Scope? = nil) throws -> Value {
        let inoutParameters = user.parameters.filter(\.isInout)
        if inoutParameters.isEmpty { return try callUser(user, arguments: values, node: node, parent: parent) }
        let targets = try arguments.filter { $0.expression.is(InOutExprSyntax.self) }.map {
            try resolveLValue($0.expression, in: scope)
        }
        var finalValues: [Value] = []
        defer {
            for (target, value) in zip(targets, finalValues) {
                _ = try? modify(target) { $0 = value }
            }
        }
        return try callUser(user, arguments: values, node: node, parent: parent) { functionScope in
            finalValues = inoutParameters.map { functionScope.lookup($0.name)?.value ?? .void }
        }
    }

    /// Calls a function value with positional arguments (how library adapters call closures).
    func callValue(_ value: Value, arguments: [Value], node: (some SyntaxProtocol)?) throws -> Value {
        guard case .function(let function) = value else {
            throw CellError(.compile, "cannot call value of non-function type '\(value.type)'", position: nil)
        }
        switch function.body {
        case .user(let user):
            return try callUser(user, arguments: arguments, node: node)
        case .library(let name, let overloads):
            for symbol in overloads {
                guard let parameters = symbol.parameters, parameters.count == arguments.count else { continue }
                var converted: [Value] = []
                for (argument, parameter) in zip(arguments, parameters) {
                    guard let value = Conversion.convert(argument, to: parameter.type, literal: false) else { break }
                    converted.append(value)
                }
                if converted.count == arguments.count {
                    var receiver = Value.void
                    return try symbol.implementation(&receiver, converted, CallContext(evaluator: self))
                }
            }
            throw CellError(.compile, "no overload of '\(name)' accepts arguments of type (\(arguments.map { $0.type.description }.joined(separator: ", ")))",
                            position: nil)
        case .binaryOperator(let op):
            guard arguments.count == 2 else {
                throw CellError(.compile, "operator '\(op)' takes two arguments, not \(arguments.count)", position: nil)
            }
            return try Operators.apply(op, arguments[0], arguments[1])
        case .autoclosure(let expression, let captured):
            return try evaluate(expression, in: captured)
        }
    }

    /// What a generic function's parameters stand for in a call with `arguments`: each bound by the
    /// first argument whose declared type names it (`T.Type` by a metatype, `T` and `[T]` by a value's type).
    private func genericBindings(of function: UserFunction, arguments: [Value]) -> [String: TypeRef] {
        var bindings: [String: TypeRef] = [:]
        for (pattern, argument) in zip(function.genericPatterns, arguments) {
            if case .named(let name) = pattern, name.hasSuffix(".Type"), case .metatype(let type) = argument {
                let parameter = String(name.dropLast(5))
                if function.genericParameters.contains(parameter), bindings[parameter] == nil { bindings[parameter] = type }
                continue
            }
            TypeRef.bind(pattern, to: argument, parameters: function.genericParameters, into: &bindings)
        }
        return bindings
    }

    /// Runs a cell function or closure.
    func callUser(_ function: UserFunction, arguments: [Value], node: (some SyntaxProtocol)?, parent: Scope? = nil,
                  inoutFirst: Bool = false, onExit: ((Scope) -> Void)? = nil) throws -> Value {
        // Nested types are named relative to the function's enclosing type, wherever it is called from.
        let callerContext = userTypes.context
        let ownContext = function.typeContext
        let switchesContext = ownContext != nil || callerContext != nil
        if switchesContext { userTypes.context = ownContext }
        defer { if switchesContext { userTypes.context = callerContext } }
        let callerGenerics = activeGenericParameters
        // A closure sees the generic parameters of the function it is written in (`{ T(size: $0) }`).
        let switchesGenerics = !function.genericParameters.isEmpty || (!callerGenerics.isEmpty && !function.isClosure)
        let callerBindings = activeGenericBindings
        if switchesGenerics {
            activeGenericParameters = function.genericParameters
            activeGenericBindings = function.genericParameters.isEmpty ? [:] : genericBindings(of: function, arguments: arguments)
        }
        defer {
            if switchesGenerics {
                activeGenericParameters = callerGenerics
                activeGenericBindings = callerBindings
            }
        }
        let nonOwningCaptures = function.nonOwningCaptures
        try nonOwningCaptures?.load()
        defer { nonOwningCaptures?.unload() }
        if onExit == nil, !inoutFirst {
            if parent == nil, let region = compiledBody(of: function) {
                return try runCompiled(function, region: region, arguments: arguments, node: node, in: function.captured)
            }
            if let context = parent, context.isMethodContext, let region = compiledMethodBody(of: function, context: context) {
                return try runCompiled(function, region: region, arguments: arguments, node: node, in: context,
                                       methodContext: context)
            }
        }
        try checkInterrupt()
        callDepth += 1
        defer { callDepth -= 1 }
        if callDepth > Self.maximumCallDepth {
            throw CellError(.runtime,
                            "recursion depth limit exceeded: more than \(Self.maximumCallDepth) nested calls\(function.name.map { " (in '\($0)')" } ?? "")",
                            position: node?.positionAfterSkippingLeadingTrivia)
        }
        let scope = Scope(parent: parent ?? function.captured)
        defer { onExit?(scope) }
        if function.usesAnonymousParameters {
            var arguments = arguments
            // `pairs.allSatisfy { $1 > $0 }`: one tuple argument, taken apart for `$0`, `$1` ...
            if arguments.count == 1, case .tuple(let elements, _) = arguments[0], elements.count > 1,
               function.highestAnonymousParameter > 0 {
                arguments = elements
            }
            for (index, argument) in arguments.enumerated() {
                scope.define("$\(index)", .init(value: argument, isMutable: inoutFirst && index == 0, type: argument.type))
            }
        } else {
            if function.isClosure, function.parameters.count != arguments.count {
                throw CellError(.compile,
                                "contextual closure type expects \(arguments.count) argument\(arguments.count == 1 ? "" : "s"), but \(function.parameters.count) \(function.parameters.count == 1 ? "was" : "were") used in closure body",
                                position: function.node.positionAfterSkippingLeadingTrivia)
            }
            for (position, (parameter, argument)) in zip(function.parameters, arguments).enumerated() {
                let (value, type) = try parameterValue(parameter, argument, node: node)
                if parameter.name != "_" {
                    scope.define(parameter.name, .init(value: value, isMutable: parameter.isInout || (inoutFirst && position == 0),
                                                       type: type))
                }
            }
        }
        returnTypes.append(function.isFailable ? .optional(function.owner?.type ?? .any) : function.returnType)
        defer { returnTypes.removeLast() }
        if let expression = implicitResult(of: function) {
            let value = try evaluate(expression, in: scope, expecting: function.returnType)
            let converted = try convertReturn(value, expression: expression, function: function)
            return function.returnLabels.map { converted.relabeled($0) } ?? converted
        }
        return try result(of: function, flow: try execute(function.body, in: scope))
    }

    /// The expression a function's body returns without `return`: its only expression, or a lone
    /// `switch` or `if` each of whose branches is one expression, in a function that returns a value.
    func implicitResult(of function: UserFunction) -> ExprSyntax? {
        guard let only = function.body.first, function.body.count == 1 else { return nil }
        switch only.item {
        case .expr(let expression):
            return isAssignment(expression) ? nil : expression
        case .stmt(let statement):
            guard let returnType = function.returnType, returnType != .void,
                  let expression = statement.as(ExpressionStmtSyntax.self)?.expression,
                  Self.isExpressionForm(expression) else { return nil }
            return expression
        default:
            return nil
        }
    }

    /// A `switch` whose cases, or an `if` (with a final `else`) whose branches, are each one
    /// expression (or a `throw`): usable as a value.
    static func isExpressionForm(_ expression: ExprSyntax) -> Bool {
        func isSingle(_ items: CodeBlockItemListSyntax) -> Bool {
            guard items.count == 1, let only = items.first else { return false }
            switch only.item {
            case .expr(let expression):
                return !(expression.as(InfixOperatorExprSyntax.self)?.operator.is(AssignmentExprSyntax.self) ?? false)
            case .stmt(let statement):
                if statement.is(ThrowStmtSyntax.self) { return true }
                if let nested = statement.as(ExpressionStmtSyntax.self)?.expression { return isExpressionForm(nested) }
                return false
            default: return false
            }
        }
        if let switchExpression = expression.as(SwitchExprSyntax.self) {
            return switchExpression.cases.allSatisfy { element in
                guard case .switchCase(let switchCase) = element else { return false }
                return isSingle(switchCase.statements)
            }
        }
        if let ifExpression = expression.as(IfExprSyntax.self) {
            guard isSingle(ifExpression.body.statements) else { return false }
            switch ifExpression.elseBody {
            case .codeBlock(let block): return isSingle(block.statements)
            case .ifExpr(let elseIf): return isExpressionForm(ExprSyntax(elseIf))
            case nil: return false
            }
        }
        return false
    }

    /// An argument as the value of its parameter inside the function, with the parameter's type.
    func parameterValue(_ parameter: ParameterSpec, _ argument: Value, node: (some SyntaxProtocol)?) throws -> (Value, TypeRef) {
        var value = argument
        let parameterType = parameter.isVariadic ? TypeRef.array(parameter.type) : parameter.type
        if parameterType != .any && !(parameter.isVariadic && parameter.type == .any) {
            guard let converted = Conversion.convert(argument, to: parameterType, literal: false)
                    ?? conformingLibraryValue(argument, to: parameterType) else {
                throw CellError(.compile,
                                "cannot convert value of type '\(argument.type)' to expected argument type '\(parameter.type)'",
                                position: node?.positionAfterSkippingLeadingTrivia)
            }
            value = converted
        }
        return (value, parameter.type == .any ? value.type : parameterType)
    }

    /// What a call of `function` returns, from how its body ended.
    func result(of function: UserFunction, flow: Flow) throws -> Value {
        switch flow {
        case .normal:
            if let returnType = function.returnType, returnType != .void, returnType != .any {
                throw CellError(.compile,
                                "missing return in \(function.isClosure ? "closure" : "global function") expected to return '\(returnType)'",
                                position: function.node.positionAfterSkippingLeadingTrivia)
            }
            return .void
        case .returnValue(let value, _):
            return function.returnLabels.map { value.relabeled($0) } ?? value
        case .breakLoop(_):
            throw CellError(.compile, "'break' is only allowed inside a loop, if, do, or switch",
                            position: function.node.positionAfterSkippingLeadingTrivia)
        case .continueLoop(_):
            throw CellError(.compile, "'continue' is only allowed inside a loop",
                            position: function.node.positionAfterSkippingLeadingTrivia)
        case .fallthroughCase:
            throw CellError(.compile, "'fallthrough' is only allowed inside a switch",
                            position: function.node.positionAfterSkippingLeadingTrivia)
        }
    }

    func convertReturn(_ value: Value, expression: ExprSyntax, function: UserFunction) throws -> Value {
        guard let returnType = function.returnType, returnType != .any else { return value }
        if returnType == .void { return .void }
        guard let converted = conversion(of: value, to: returnType, literalIfWritten: expression) else {
            throw CellError.compile("cannot convert return expression of type '\(value.type.diagnosticName)' to return type '\(returnType)'",
                                    at: expression)
        }
        return converted
    }

    /// A closure value. Without a written result type it takes an optional one from `expected`
    /// (`AnyIterator<Int> { ...; return nil }`, `let f: () -> Int? = { ... }`), so that its `return nil`
    /// has the context Swift gives it.
    func makeClosure(_ closure: ClosureExprSyntax, in scope: Scope, expecting expected: TypeRef? = nil) throws -> Value {
        var parameters: [ParameterSpec] = []
        var returnType: TypeRef?
        var anonymous = true
        var captured = scope
        var nonOwningCaptures: NonOwningCaptures?
        if let signature = closure.signature {
            if let capture = signature.capture {
                (captured, nonOwningCaptures) = try captureListScope(capture, in: scope)
            }
            anonymous = false
            switch signature.parameterClause {
            case .simpleInput(let list):
                parameters = list.map {
                    ParameterSpec(label: nil, name: $0.name.text, type: .any, defaultSource: nil, isVariadic: false, isInout: false)
                }
            case .parameterClause(let clause):
                for parameter in clause.parameters {
                    let type = parameter.type.map { resolveAliases(TypeResolver.typeRef($0)) } ?? .any
                    if let typeSyntax = parameter.type { try requireKnownType(type, at: typeSyntax) }
                    parameters.append(ParameterSpec(label: nil, name: (parameter.secondName ?? parameter.firstName).text,
                                                    type: type, defaultSource: nil, isVariadic: false, isInout: false))
                }
            case nil:
                anonymous = true
            }
            if let clause = signature.returnClause {
                returnType = resolveAliases(TypeResolver.typeRef(clause.type))
                try requireKnownType(returnType!, at: clause.type)
            }
        }
        if returnType == nil, case .function(_, let result)? = expected, case .optional(let wrapped) = result {
            returnType = (try? requireKnownType(wrapped, at: closure)) != nil ? result : .optional(.any)
        }
        let function = UserFunction(name: nil, parameters: parameters, returnType: returnType, body: closure.statements,
                                    captured: captured, isClosure: true, usesAnonymousParameters: anonymous,
                                    node: Syntax(closure))
        function.nonOwningCaptures = nonOwningCaptures
        return .function(FunctionValue(.user(function)))
    }

    /// The scopes from `scope` up to the method context binding `self`, copied (their variables
    /// shared) with `self` bound to `replacement` and no `super`; nil outside a method.
    private static func scope(_ scope: Scope, withSelf replacement: Scope.Binding) -> Scope? {
        var chain: [Scope] = []
        var current: Scope? = scope
        while let each = current {
            chain.append(each)
            if each.isMethodContext { break }
            current = each.parent
        }
        guard let context = chain.last, context.isMethodContext else { return nil }
        var parent = context.parent
        for original in chain.reversed() {
            let copy = Scope(parent: parent)
            copy.isMethodContext = original.isMethodContext
            copy.typeContext = original.typeContext
            for (name, binding) in original.bindings {
                if original === context, name == "super" { continue }
                copy.define(name, original === context && name == "self" ? replacement : binding)
            }
            parent = copy
        }
        return parent
    }

    /// `[value, total = a + b, weak self]`: each name bound, when the closure is made, to a copy of
    /// the value (a `weak` capture as an optional), in a scope between the closure and its surroundings.
    private func captureListScope(_ capture: ClosureCaptureClauseSyntax, in scope: Scope) throws -> (Scope, NonOwningCaptures?) {
        let captures = Scope(parent: scope)
        var nonOwning: [NonOwningCaptures.Capture] = []
        for item in capture.items {
            let name = item.name.text
            var value: Value
            if let initializer = item.initializer {
                value = try evaluate(initializer.value, in: scope)
            } else {
                value = try evaluate(ExprSyntax(DeclReferenceExprSyntax(baseName: item.name.trimmed)), in: scope)
            }
            let specifier = item.specifier?.specifier.tokenKind
            if specifier == .keyword(.weak) || specifier == .keyword(.unowned) {
                let isWeak = specifier == .keyword(.weak)
                guard case .object(let object) = value else {
                    throw CellError.compile("'\(isWeak ? "weak" : "unowned")' may only be applied to class and class-bound protocol types, not '\(value.type)'",
                                            at: item)
                }
                let type = value.type
                if isWeak { value = .optional(value, type) }
                let binding = Scope.Binding(value: value, isMutable: false, type: value.type)
                captures.define(name, binding)
                nonOwning.append(.init(binding: binding, object: object, isWeak: isWeak, type: type))
                if name == "self", let detached = Self.scope(scope, withSelf: binding) {
                    // The method's own `self` around the closure would keep the instance alive.
                    let replacement = Scope(parent: detached)
                    for (each, binding) in captures.bindings { replacement.define(each, binding) }
                    return (replacement, NonOwningCaptures(nonOwning))
                }
                continue
            }
            captures.define(name, .init(value: value, isMutable: false, type: value.type))
        }
        return (captures, nonOwning.isEmpty ? nil : NonOwningCaptures(nonOwning))
    }
}


extension UserFunction {
    var candidate: CallCandidate {
        CallCandidate(parameters: parameters, name: name ?? "closure",
                      signature: "func \(name ?? "")(" + parameters.map { "\($0.displayLabel) \($0.name): \($0.type)" }.joined(separator: ", ") + ")",
                      defaultScope: captured,
                      genericParameterNames: genericParameters.isEmpty ? [] : genericPatterns.map { pattern in
                          if case .named(let name) = pattern, genericParameters.contains(name) { return name }
                          return nil
                      })
    }
}
