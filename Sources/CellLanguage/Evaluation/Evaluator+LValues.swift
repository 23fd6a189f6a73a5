import SwiftSyntax

/// Something that can be assigned to or mutated: a variable, a property of one, or an element of one.
indirect enum LValue {
    case variable(name: String, scope: Scope, node: Syntax)
    /// A variable compiled code has already found (`CompiledRegion`): the same storage, without the lookup.
    case box(Scope.Binding, name: String, node: Syntax)
    case member(base: LValue, name: String, node: Syntax)
    case element(base: LValue, index: [Value], labels: [String?], node: Syntax)
    /// A static stored property of a cell type (`Counter.total`).
    case staticMember(type: TypeRef, name: String, node: Syntax)
    /// The value inside an optional: `x!` (nil is a runtime error) or `x?` (nil ends the chain).
    case unwrapped(base: LValue, chained: Bool, node: Syntax)
    /// `super.name` in a method of a class: the property as the superclass has it (its computed
    /// property or its storage), on the object the method runs on.
    case superMember(object: Value, superclass: UserType, name: String, node: Syntax)
    /// A cell type as the base of its `static subscript` (`Registry[1] = "z"`): the subscript's setter
    /// changes what it stores; the type itself is not written.
    case typeItself(TypeRef)
}

extension LValue {
    /// The name and storage of a plain variable target.
    var variableBinding: (String, Scope.Binding)? {
        switch self {
        case .variable(let name, let scope, _): return scope.lookup(name).map { (name, $0) }
        case .box(let binding, let name, _): return (name, binding)
        default: return nil
        }
    }
}

extension Evaluator {
    func resolveLValue(_ expression: ExprSyntax, in scope: Scope) throws -> LValue {
        switch expression.as(ExprSyntaxEnum.self) {
        case .declReferenceExpr(let reference):
            let name = cache.text(reference.baseName)
            if case .selfMember(let selfScope) = resolveName(name, in: scope) {
                if case .metatype(let type)? = selfScope.bindings["self"]?.value {
                    return .staticMember(type: type, name: name, node: Syntax(reference))
                }
                return .member(base: .variable(name: "self", scope: selfScope, node: Syntax(reference)), name: name,
                               node: Syntax(reference))
            }
            guard let owner = scope.owner(of: name) else {
                if registry.globals[name] != nil || knownType(named: name) != nil {
                    throw CellError.compile("cannot assign to value: '\(name)' is not a variable", at: reference)
                }
                throw undefinedName(name, at: reference, in: scope)
            }
            return .variable(name: name, scope: owner, node: Syntax(reference))
        case .memberAccessExpr(let member):
            guard let base = member.base else {
                throw CellError.compile("cannot assign to an implicit member expression", at: member)
            }
            if base.is(SuperExprSyntax.self) {
                let (selfValue, superclass) = try superContext(in: scope, at: base)
                return .superMember(object: selfValue, superclass: superclass, name: cache.text(member.declName.baseName),
                                    node: Syntax(member))
            }
            if let type = try staticBase(base, in: scope), userTypes[type.memberTableName] != nil
                || extensionTables[type.memberTableName] != nil {
                return .staticMember(type: type, name: cache.text(member.declName.baseName), node: Syntax(member))
            }
            return .member(base: try resolveLValue(base, in: scope), name: cache.text(member.declName.baseName),
                           node: Syntax(member))
        case .subscriptCallExpr(let subscriptCall):
            let base: LValue
            if hasUserSubscripts, let type = try staticBase(subscriptCall.calledExpression, in: scope),
               userTypes[type.memberTableName].map({ !$0.members.staticSubscripts.isEmpty }) == true {
                base = .typeItself(type)
            } else {
                base = try resolveLValue(subscriptCall.calledExpression, in: scope)
            }
            var index: [Value] = []
            for argument in subscriptCall.arguments {
                index.append(try evaluate(argument.expression, in: scope))
            }
            return .element(base: base, index: index, labels: subscriptCall.arguments.map { $0.label?.text },
                            node: Syntax(subscriptCall))
        case .tupleExpr(let tuple) where tuple.elements.count == 1:
            return try resolveLValue(tuple.elements.first!.expression, in: scope)
        case .inOutExpr(let inOut):
            return try resolveLValue(inOut.expression, in: scope)
        case .forceUnwrapExpr(let unwrap):
            return .unwrapped(base: try resolveLValue(unwrap.expression, in: scope), chained: false, node: Syntax(unwrap))
        case .optionalChainingExpr(let chain):
            return .unwrapped(base: try resolveLValue(chain.expression, in: scope), chained: true, node: Syntax(chain))
        case .functionCallExpr:
            throw CellError.compile("cannot assign to value: function call returns immutable value", at: expression)
        default:
            throw CellError.compile("cannot assign to this expression", at: expression)
        }
    }

    /// The declared type of a variable target (assignments must keep it); nil for other targets, whose
    /// setters check.
    func lvalueType(_ lvalue: LValue) throws -> TypeRef? {
        switch lvalue {
        case .variable(let name, let scope, _):
            return scope.lookup(name)?.type
        case .box(let binding, _, _):
            return binding.type
        case .element(let base, let index, _, _):
            if case .array(let array) = try read(base), index.count == 1, case .int = index[0] { return array.elementType }
            if case .dictionary(let dictionary) = try read(base) { return .optional(dictionary.valueType) }
            return nil
        case .member(let base, let name, _):
            let baseValue = try read(base)
            if let definition = baseValue.userDefinition, let index = definition.storedIndex(of: name) {
                return definition.allStoredProperties[index].type
            }
            return registry.instanceMember(name, of: baseValue.type).first?.returnType
        case .staticMember(let type, let name, _):
            return try staticStorage(name, of: type)?.bindings[name]?.type
        case .unwrapped(let base, _, _):
            return try lvalueType(base)?.optionalWrapped
        case .superMember(_, let superclass, let name, _):
            if let index = superclass.storedIndex(of: name) { return superclass.allStoredProperties[index].type }
            return superclass.lookupMember({ $0.computed[name] })?.0.type
        case .typeItself:
            return nil
        }
    }

    func read(_ lvalue: LValue) throws -> Value {
        switch lvalue {
        case .variable(let name, let scope, _):
            return scope.lookup(name)?.value ?? .void
        case .box(let binding, _, _):
            return binding.value
        case .member(let base, let name, let node):
            let value = try read(base)
            if case .tuple(let elements, let labels) = value {
                if let index = Int(name), elements.indices.contains(index) { return elements[index] }
                if let index = labels.firstIndex(of: name) { return elements[index] }
            }
            return try property(name, of: value, node: node)
        case .element(let base, let index, let labels, let node):
            return try subscriptRead(try read(base), index: index, labels: labels, node: node)
        case .staticMember(let type, let name, let node):
            return try staticValue(name, of: type, node: node)
        case .superMember(let object, let superclass, let name, let node):
            return try superProperty(name, of: object, superclass: superclass, node: node)
        case .typeItself(let type):
            return .metatype(type)
        case .unwrapped(let base, let chained, let node):
            guard case .optional(let wrapped, _) = try read(base) else {
                throw CellError.compile("cannot force unwrap value of non-optional type", at: node)
            }
            guard let wrapped else {
                if chained { throw OptionalChainNil() }
                throw CellError.runtime("Unexpectedly found nil while unwrapping an Optional value", at: node)
            }
            return wrapped
        }
    }

    /// Reads, changes and writes back a target. The new value is written back even when `body` throws
    /// part-way (a network interrupted during training keeps the weights it reached).
    func modify<T>(_ lvalue: LValue, _ body: (inout Value) throws -> T) throws -> T {
        switch lvalue {
        case .variable(let name, let scope, let node):
            guard let binding = scope.lookup(name) else {
                throw CellError.compile("cannot find '\(name)' in scope", at: node)
            }
            return try modify(binding, named: name, at: node, body)
        case .box(let binding, let name, let node):
            return try modify(binding, named: name, at: node, body)
        case .unwrapped(let base, let chained, let node):
            return try modify(base) { optional in
                guard case .optional(let wrapped, let wrappedType) = optional else {
                    throw CellError.compile("cannot force unwrap value of non-optional type '\(optional.type)'", at: node)
                }
                guard var inner = wrapped else {
                    if chained { throw OptionalChainNil() }
                    throw CellError.runtime("Unexpectedly found nil while unwrapping an Optional value", at: node)
                }
                optional = .void
                defer { optional = .optional(inner, wrappedType) }
                return try body(&inner)
            }
        case .staticMember(let type, let name, let node):
            var receiver = Value.metatype(type)
            guard let result = try modifyUserProperty(name, of: &receiver, node: node, body) else {
                throw CellError.compile("cannot assign to property: '\(name)' is not a static stored property of '\(type)'", at: node)
            }
            return result
        case .typeItself(let type):
            var receiver = Value.metatype(type)
            return try body(&receiver)
        case .superMember(let object, let superclass, let name, let node):
            var receiver = object
            guard let result = try modifyUserProperty(name, of: &receiver, node: node, from: superclass, body) else {
                throw CellError.compile("value of type '\(superclass.name)' has no member '\(name)'", at: node)
            }
            return result
        case .member(let base, let name, let node):
            if let (variable, binding) = base.variableBinding, variable != "self", !binding.isMutable,
               binding.value.userDefinition.map({ $0.kind != .classType }) == true {
                throw CellError.compile("cannot assign to property: '\(variable)' is a 'let' constant", at: node)
            }
            // A library class (a figure's `Plot`) is a reference: setting its property changes the
            // object itself, so the base needs no write-back and may be a `let` or a subscript result.
            do {
                var referenceBase = try read(base)
                if Self.isReference(referenceBase) {
                    return try modifyMember(name, of: &referenceBase, node: node, body)
                }
            }
            return try modify(base) { baseValue in
                try modifyMember(name, of: &baseValue, node: node, body)
            }
        case .element(let base, let index, let labels, let node):
            // A subscript setter of a class changes the object, which may be held by a `let`.
            if hasUserSubscripts, case .object = try read(base) {
                var object = try read(base)
                return try subscriptModify(&object, index: index, labels: labels, node: node, body)
            }
            return try modify(base) { baseValue in
                try subscriptModify(&baseValue, index: index, labels: labels, node: node, body)
            }
        }
    }

    /// Changes a variable in place. The value is taken out of the binding while `body` runs, so that a
    /// collection's storage has one owner and is changed in place (an append is amortised O(1), not a
    /// copy), and put back even when `body` throws.
    private func modify<T>(_ binding: Scope.Binding, named name: String, at node: Syntax,
                           _ body: (inout Value) throws -> T) throws -> T {
        if !binding.isInitialized {
            // The first assignment of a declaration without an initial value (`let x: Int`).
            var value = Value.void
            let result = try body(&value)
            guard let converted = Conversion.convert(value, to: binding.type, literal: true) else {
                throw CellError.compile("cannot assign value of type '\(value.type)' to type '\(binding.type)'", at: node)
            }
            binding.value = converted
            binding.isInitialized = true
            return result
        }
        guard binding.isMutable else {
            if name == "self" {
                throw CellError.compile("cannot assign to property: 'self' is immutable", at: node)
            }
            throw CellError.compile("cannot assign to value: '\(name)' is a 'let' constant", at: node)
        }
        var value = Value.void
        swap(&value, &binding.value)
        defer { binding.value = value }
        return try body(&value)
    }

    /// True for library objects of class type (shared by reference, like Swift's classes).
    static func isReference(_ value: Value) -> Bool {
        if case .object = value { return true }
        guard case .native(let native) = value else { return false }
        return Mirror(reflecting: native.object).displayStyle == .class
    }

    /// Reads property `name` of `baseValue`, lets `body` change it, and writes it back through its setter.
    private func modifyMember<T>(_ name: String, of baseValue: inout Value, node: Syntax,
                                 _ body: (inout Value) throws -> T) throws -> T {
        if let result = try modifyUserProperty(name, of: &baseValue, node: node, body) { return result }
        if case .tuple(var elements, let labels) = baseValue {
            // `pair.0 += 1`, `point.x = 3`: the element changed in place, keeping its type.
            guard let index = Int(name).flatMap({ elements.indices.contains($0) ? $0 : nil }) ?? labels.firstIndex(of: name) else {
                throw noMember(name, of: baseValue.type, at: node)
            }
            let type = elements[index].type
            baseValue = .void  // `elements` holds the only reference, so an array inside changes in place
            var element = elements[index]
            elements[index] = .void
            defer { baseValue = .tuple(elements, labels: labels) }
            let result: T
            do { result = try body(&element) } catch { elements[index] = element; throw error }
            guard let converted = Conversion.convert(element, to: type, literal: true) else {
                elements[index] = element
                throw CellError.compile("cannot assign value of type '\(element.type)' to type '\(type)'", at: node)
            }
            elements[index] = converted
            return result
        }
        let symbols = registry.instanceMember(name, of: baseValue.type)
        guard let symbol = symbols.first(where: { $0.kind == .property }) else {
            throw noMember(name, of: baseValue.type, at: node)
        }
        guard let setter = symbol.setter else {
            throw CellError.compile("cannot assign to property: '\(name)' is a get-only property", at: node)
        }
        let context = CallContext(evaluator: self)
        var memberValue = try symbol.implementation(&baseValue, [], context)
        let result = try body(&memberValue)
        guard let converted = Conversion.convert(memberValue, to: symbol.returnType, literal: false) else {
            throw CellError.compile("cannot assign value of type '\(memberValue.type)' to type '\(symbol.returnType)'",
                                    at: node)
        }
        try setter(&baseValue, converted, context)
        return result
    }
}
