import SwiftSyntax

/// Using the types cells declare: making instances, reading and writing their properties, calling
/// their methods with `self`, implicit `self` inside members, and members that extensions add to
/// library and standard types.
extension Evaluator {
    // MARK: Looking members up

    /// The cell type of a value, if it has one.
    func definition(of value: Value) -> UserType? {
        switch value {
        case .record(let record): return record.definition
        case .object(let object): return object.definition
        case .enumeration(let enumValue): return enumValue.definition
        default: return nil
        }
    }

    /// The protocols whose extensions may give `value` members.
    func protocolTables(for type: UserType?) -> [MemberTable] {
        guard let type, !protocols.isEmpty else { return [] }
        var tables: [MemberTable] = []
        var current: UserType? = type
        while let each = current {
            for name in each.conformances.sorted() { if let definition = protocols[name] { tables.append(definition.members) } }
            current = each.superclass
        }
        return tables
    }

    /// A static member the extension of a protocol `type` conforms to gives it (`static var kingdom`
    /// in `extension Animal`), when the type declares none of its own.
    func protocolStaticMember<Member>(_ name: String, of type: TypeRef, _ member: (MemberTable) -> Member?) -> Member? {
        guard !protocols.isEmpty, let userType = userTypes[type.memberTableName] else { return nil }
        return protocolTables(for: userType).lazy.compactMap(member).first
    }

    /// An instance method a cell declared for the value's type (or an extension added), with its owner.
    func userMethods(_ name: String, of value: Value) -> [UserFunction]? {
        if let type = definition(of: value) {
            if let (methods, _) = type.lookupMember({ $0.methods[name] }) { return methods }
            for table in protocolTables(for: type) { if let methods = table.methods[name] { return methods } }
            return nil
        }
        if extensionTables.isEmpty { return nil }
        let tableName = value.type.memberTableName
        if let methods = extensionTables[tableName]?.methods[name] { return methods }
        return libraryProtocolTables(tableName).lazy.compactMap { $0.methods[name] }.first
    }

    /// The member tables of the cell protocols a library type was extended to conform to (their
    /// extensions' methods and computed properties are the type's).
    private func libraryProtocolTables(_ tableName: String) -> [MemberTable] {
        libraryConformances[tableName]?.sorted().compactMap { protocols[$0]?.members } ?? []
    }

    func userComputed(_ name: String, of value: Value) -> ComputedProperty? {
        if let type = definition(of: value) {
            if let (computed, _) = type.lookupMember({ $0.computed[name] }) { return computed }
            for table in protocolTables(for: type) { if let computed = table.computed[name] { return computed } }
            return nil
        }
        if extensionTables.isEmpty { return nil }
        let tableName = value.type.memberTableName
        if let computed = extensionTables[tableName]?.computed[name] { return computed }
        return libraryProtocolTables(tableName).lazy.compactMap { $0.computed[name] }.first
    }

    /// True when `name` is a member of `value` (what an unqualified name inside a method may mean).
    func hasMember(_ name: String, _ value: Value) -> Bool {
        if case .metatype(let type) = value {
            if let userType = userTypes[type.memberTableName] {
                return userType.members.staticMethods[name] != nil || userType.members.staticComputed[name] != nil
                    || userType.members.staticStorage?.defines(name) == true || userType.caseIndex(of: name) != nil
                    || userType.members.staticInitializers[name] != nil
                    || (name == "allCases" && userType.conforms(to: "CaseIterable"))
                    || protocolStaticMember(name, of: type, { $0.staticComputed[name] != nil || $0.staticMethods[name] != nil ? true : nil }) != nil
            }
            if let table = extensionTables[type.memberTableName] {
                return table.staticMethods[name] != nil || table.staticComputed[name] != nil
                    || table.staticStorage?.defines(name) == true || table.staticInitializers[name] != nil
            }
            return !registry.staticMember(name, of: type).isEmpty
        }
        if let type = definition(of: value), type.storedIndex(of: name) != nil { return true }
        if userComputed(name, of: value) != nil || userMethods(name, of: value) != nil { return true }
        if definition(of: value) == nil { return !registry.instanceMember(name, of: value.type).isEmpty }
        return name == "rawValue" && definition(of: value)?.rawType != nil
    }

    /// Where an unqualified name comes from: a binding of some scope, or a member of the `self` of
    /// the method being run.
    enum NameResolution {
        case binding(Scope)
        case selfMember(Scope)
        case none
    }

    func resolveName(_ name: String, in scope: Scope) -> NameResolution {
        var current: Scope? = scope
        while let each = current {
            if each.defines(name) { return .binding(each) }
            if each.isMethodContext, let selfBinding = each.bindings["self"], hasMember(name, selfBinding.value) {
                return .selfMember(each)
            }
            current = each.parent
        }
        return .none
    }

    // MARK: Properties

    /// A property of a cell type's value, or a computed property an extension added; nil when the
    /// value has no such member (the registry is asked next).
    func userProperty(_ name: String, of value: Value, node: some SyntaxProtocol) throws -> Value? {
        if case .metatype(let type) = value { return try userStaticProperty(name, of: type, node: node) }
        switch value {
        case .record(let record):
            if let index = record.definition.storedIndex(of: name) {
                if case .void = record.fields[index], let value = try lazyValue(of: value, at: index) { return value }
                return record.fields[index]
            }
        case .object(let object):
            if let index = object.definition.storedIndex(of: name) {
                if let computed = Self.overridingComputed(name, from: object.definition) {
                    var receiver = value
                    return try callMethod(computed.getter, self: &receiver, arguments: [], node: node)
                }
                let field = try object.field(index)
                if case .void = field, let value = try lazyValue(of: value, at: index) {
                    object.setField(index, value)
                    return value
                }
                return field
            }
        case .enumeration(let enumValue):
            if name == "rawValue", let raw = enumValue.enumCase.rawValue { return raw }
        default:
            break
        }
        if let computed = userComputed(name, of: value) {
            var receiver = value
            return try callMethod(computed.getter, self: &receiver, arguments: [], node: node)
        }
        if name == "localizedDescription", let type = definition(of: value), type.conforms(to: "Error") {
            return .string(Self.localizedDescription(of: value, type: type))
        }
        if definition(of: value) != nil, userMethods(name, of: value) == nil {
            let type = definition(of: value)!
            let names = type.allStoredProperties.map(\.name) + type.members.memberNames
            throw CellError.compile("value of type '\(type.name)' has no member '\(name)'" + Suggestions.didYouMean(name, among: names),
                                    at: node)
        }
        return nil
    }

    /// What Foundation's `localizedDescription` says of a cell type's error: its qualified name and
    /// code, the code being an `Int` raw value, an enumeration case's number (cases with associated
    /// values first, as Swift lays them out), or 1.
    static func localizedDescription(of value: Value, type: UserType) -> String {
        var code = 1
        if case .enumeration(let enumValue) = value {
            if case .int(let raw)? = enumValue.enumCase.rawValue {
                code = raw
            } else {
                let order = type.cases.indices.filter { type.cases[$0].hasPayload } + type.cases.indices.filter { !type.cases[$0].hasPayload }
                code = order.firstIndex(of: enumValue.caseIndex) ?? 0
            }
        }
        return "The operation could not be completed. (\(UserDescriptions.name(of: type, qualified: true)) error \(code).)"
    }

    /// A computed property with which a subclass overrides a stored property it inherits
    /// (`override var target: Double { get { … } set { … } }`), looked up from `type` upwards.
    static func overridingComputed(_ name: String, from type: UserType) -> ComputedProperty? {
        guard type.superclass != nil else { return nil }
        return type.lookupMember { $0.computed[name] }?.0
    }

    /// `super.name`: the property as `superclass` has it (its computed property, an override of
    /// one higher up, or the stored field itself), on the object `selfValue`.
    func superProperty(_ name: String, of selfValue: Value, superclass: UserType, node: some SyntaxProtocol) throws -> Value {
        if let computed = superclass.lookupMember({ $0.computed[name] })?.0 {
            var receiver = selfValue
            return try callMethod(computed.getter, self: &receiver, arguments: [], node: node)
        }
        if case .object(let object) = selfValue, let index = superclass.storedIndex(of: name) {
            let field = try object.field(index)
            if case .void = field, let value = try lazyValue(of: selfValue, at: index) {
                object.setField(index, value)
                return value
            }
            return field
        }
        return try property(name, of: selfValue, node: node)
    }

    /// The first value of the `lazy var` stored at `index` of `value`, computed now with `self` bound
    /// (nil when the property is not lazy).
    private func lazyValue(of value: Value, at index: Int) throws -> Value? {
        guard let definition = definition(of: value) else { return nil }
        let properties = definition.allStoredProperties
        guard index < properties.count, properties[index].isLazy, let source = properties[index].defaultValue else { return nil }
        let context = Scope(parent: definition.scope)
        context.isMethodContext = true
        context.define("self", .init(value: value, isMutable: false, type: value.type))
        let result = try inTypeContext(definition.unspecialized.name) {
            try evaluate(source, in: context, expecting: properties[index].type)
        }
        return conversion(of: result, to: properties[index].type, literalIfWritten: source) ?? result
    }

    /// The storage of a static stored property, initialized on first use.
    func staticStorage(_ name: String, of type: TypeRef) throws -> Scope? {
        let tableName = type.memberTableName
        guard let table = userTypes[tableName]?.members ?? extensionTables[tableName], let storage = table.staticStorage else {
            return nil
        }
        if storage.defines(name) { return storage }
        guard let initializer = table.staticInitializers[name] else { return nil }
        var value = try evaluate(initializer.expression, in: storage, expecting: initializer.type)
        if let annotated = initializer.type {
            guard let converted = conversion(of: value, to: annotated, literalIfWritten: initializer.expression) else {
                throw conversionError(value, to: annotated, context: "specified type", at: initializer.expression)
            }
            value = converted
        }
        storage.define(name, .init(value: value, isMutable: initializer.isMutable, type: initializer.type ?? value.type))
        return storage
    }

    func userStaticProperty(_ name: String, of type: TypeRef, node: some SyntaxProtocol) throws -> Value? {
        let tableName = type.memberTableName
        guard let table = userTypes[tableName]?.members ?? extensionTables[tableName] else { return nil }
        if let userType = userType(for: type) {
            if let index = userType.caseIndex(of: name) {
                let enumCase = userType.cases[index]
                if enumCase.hasPayload {
                    throw CellError.compile("enum case '\(name)' has associated values; use '\(type).\(name)(...)'", at: node)
                }
                return .enumeration(EnumValue(definition: userType, caseIndex: index, payload: []))
            }
            if name == "allCases", userType.conforms(to: "CaseIterable") {
                let cases = userType.cases.indices.map { Value.enumeration(EnumValue(definition: userType, caseIndex: $0, payload: [])) }
                return .array(ArrayValue(cases, elementType: userType.type))
            }
        }
        if let binding = try staticStorage(name, of: type)?.bindings[name] { return binding.value }
        if let computed = table.staticComputed[name] ?? protocolStaticMember(name, of: type, { $0.staticComputed[name] }) {
            var receiver = Value.metatype(type)
            return try callMethod(computed.getter, self: &receiver, arguments: [], node: node)
        }
        if userTypes[tableName] != nil, table.staticMethods[name] == nil,
           protocolStaticMember(name, of: type, { $0.staticMethods[name] }) == nil {
            throw CellError.compile("type '\(type)' has no member '\(name)'", at: node)
        }
        return nil
    }

    /// Changes a stored or computed property of a cell type's value in place (observers run), or
    /// returns nil when the value has no such member.
    /// `dispatch` is the class member lookup starts from (`super.name` names the superclass's); nil
    /// for the value's own type.
    func modifyUserProperty<T>(_ name: String, of base: inout Value, node: Syntax, from dispatch: UserType? = nil,
                               _ body: (inout Value) throws -> T) throws -> T? {
        if case .metatype(let type) = base, let storage = try staticStorage(name, of: type),
           let binding = storage.bindings[name] {
            guard binding.isMutable else {
                throw CellError.compile("cannot assign to property: '\(name)' is a 'let' constant", at: node)
            }
            var value = binding.value
            storage.store(.void, for: name)
            defer { storage.store(value, for: name) }
            return try body(&value)
        }
        guard let type = definition(of: base) else {
            if let computed = userComputed(name, of: base) { return try modifyComputed(computed, name: name, of: &base, node: node, body) }
            return nil
        }
        if let index = type.storedIndex(of: name) {
            if case .object = base, let computed = Self.overridingComputed(name, from: dispatch ?? type) {
                return try modifyComputed(computed, name: name, of: &base, node: node, body)
            }
            let property = type.allStoredProperties[index]
            let initializing = isInitializing(base)
            guard property.isMutable || initializing else {
                throw CellError.compile("cannot assign to property: '\(name)' is a 'let' constant", at: node)
            }
            // The field is taken out while `body` changes it, so arrays inside are changed in place.
            var field: Value
            switch base {
            case .record(var record):
                base = .void  // `record` holds the only reference to the fields: changed in place
                field = record.fields[index]
                record.fields[index] = .void
                base = .record(record)
            case .object(let object):
                field = try object.field(index)
                object.fields[index] = .void
            default:
                return nil
            }
            if property.isLazy, case .void = field, let first = try lazyValue(of: base, at: index) { field = first }
            let oldValue = field
            var failure: Error?
            var result: T?
            do { result = try body(&field) } catch { failure = error }
            if failure == nil, property.type != .any {
                if let converted = Conversion.convert(field, to: property.type, literal: true) {
                    field = converted
                } else {
                    failure = CellError.compile("cannot assign value of type '\(field.type)' to type '\(property.type)'", at: node)
                    field = oldValue
                }
            }
            // The property's own observers, then those each subclass down to the value's class adds:
            // `willSet`s run from the most derived class up, `didSet`s from the declaring class down,
            // as each override's setter calls its superclass's.
            var observers = [PropertyObservers(willSet: property.willSet, didSet: property.didSet)]
            if case .object = base { observers += Self.overridingObservers(of: name, from: dispatch ?? type) }
            let observed = failure == nil && !initializing && observers.contains { $0.willSet != nil || $0.didSet != nil }
            if observed {
                store(oldValue, at: index, in: &base)
                for willSet in observers.reversed().compactMap(\.willSet) {
                    var receiver = base
                    _ = try callMethod(willSet, self: &receiver, arguments: [field], node: node)
                }
            }
            store(field, at: index, in: &base)
            if let failure { throw failure }
            if observed {
                for didSet in observers.compactMap(\.didSet) {
                    _ = try callMethod(didSet, self: &base, arguments: [oldValue], node: node)
                }
            }
            return result
        }
        if let computed = userComputed(name, of: base) { return try modifyComputed(computed, name: name, of: &base, node: node, body) }
        if case .enumeration = base { return nil }
        throw CellError.compile("value of type '\(type.name)' has no member '\(name)'", at: node)
    }

    /// The observers subclasses add to the inherited stored property `name`, from the class nearest
    /// the declaring one down to `type`.
    static func overridingObservers(of name: String, from type: UserType) -> [PropertyObservers] {
        var result: [PropertyObservers] = []
        var current: UserType? = type
        while let each = current {
            if let observers = each.members.overridingObservers[name] { result.insert(observers, at: 0) }
            current = each.superclass
        }
        return result
    }

    private func store(_ value: Value, at index: Int, in base: inout Value) {
        switch base {
        case .record(var record):
            base = .void
            record.fields[index] = value
            base = .record(record)
        case .object(let object):
            object.setField(index, value)
        default:
            break
        }
    }

    private func modifyComputed<T>(_ computed: ComputedProperty, name: String, of base: inout Value, node: Syntax,
                                   _ body: (inout Value) throws -> T) throws -> T {
        guard let setter = computed.setter else {
            throw CellError.compile("cannot assign to property: '\(name)' is a get-only property", at: node)
        }
        var value = try callMethod(computed.getter, self: &base, arguments: [], node: node)
        let result = try body(&value)
        guard let converted = Conversion.convert(value, to: computed.type, literal: true) else {
            throw CellError.compile("cannot assign value of type '\(value.type)' to type '\(computed.type)'", at: node)
        }
        _ = try callMethod(setter, self: &base, arguments: [converted], node: node)
        return result
    }

    /// True while an initializer of the value's type, or of a superclass of it (an inherited
    /// initializer), runs on it: its `let` properties may be set once.
    func isInitializing(_ value: Value) -> Bool {
        guard let type = definition(of: value) else { return false }
        return initializing.contains { type.isSubtype(of: $0) }
    }

    // MARK: Deinitializers

    /// Runs the `deinit` of each released instance waiting for it: the class's own, then its
    /// superclasses', as Swift does; instances those release wait for the next round.
    func runPendingDeinitializers() throws {
        while !finalizations.pending.isEmpty {
            let batch = finalizations.pending
            finalizations.pending = []
            for object in batch {
                try checkInterruptPeriodically()
                var type: UserType? = object.definition
                while let each = type {
                    if let body = each.deinitializer {
                        var receiver = Value.object(object)
                        _ = try callMethod(body, self: &receiver, arguments: [], node: Optional<Syntax>.none)
                    }
                    type = each.superclass
                }
            }
        }
    }

    // MARK: Methods

    /// Runs a method, accessor or initializer with `self` bound to `selfValue` (changed in place by
    /// mutating members of structures and enumerations).
    func callMethod(_ function: UserFunction, self selfValue: inout Value, arguments: [Value], node: (some SyntaxProtocol)?,
                    callArguments: [ArgumentSyntax] = [], callScope: Scope? = nil) throws -> Value {
        let context = Scope(parent: function.captured)
        context.isMethodContext = true
        let isReference: Bool = { if case .object = selfValue { return true } else { return false } }()
        let mutable = function.isMutating && !isReference
        let selfType = function.isInitializer ? (function.owner?.type ?? selfValue.type) : selfValue.type
        context.define("self", .init(value: selfValue, isMutable: mutable, type: selfType))
        if let owner = function.owner, owner.superclass != nil, !isStaticReceiver(selfValue) {
            context.define("super", .init(value: selfValue, isMutable: false, type: owner.superclass!.type))
            context.superclassOwner = owner.superclass
        }
        if mutable { selfValue = .void }
        defer {
            if mutable { selfValue = context.bindings["self"]?.value ?? .void }
        }
        let callerSelf = specializedSelf
        let ownSelf = function.owner?.genericParameters.isEmpty == false ? definition(of: context.bindings["self"]?.value ?? .void) : nil
        let switchesSelf = ownSelf != nil || callerSelf != nil
        if switchesSelf { specializedSelf = ownSelf }
        defer { if switchesSelf { specializedSelf = callerSelf } }
        if let callScope, let call = node.flatMap({ Syntax($0).as(FunctionCallExprSyntax.self) }) {
            return try callUserWritingBack(function, values: arguments, arguments: callArguments, in: callScope, node: call,
                                           parent: context)
        }
        return try callUser(function, arguments: arguments, node: node, parent: context)
    }

    private func isStaticReceiver(_ value: Value) -> Bool {
        if case .metatype = value { return true }
        return false
    }

    /// Calls method `name` of a cell type's value (or one an extension added), or returns nil when
    /// there is none.
    func callUserMethod(_ name: String, on base: ExprSyntax, baseValue: inout Value, arguments: [ArgumentSyntax],
                        in scope: Scope, node: FunctionCallExprSyntax) throws -> Value? {
        if case .metatype(let type) = baseValue {
            return try callUserStatic(name, of: type, arguments: arguments, in: scope, node: node)
        }
        guard let methods = userMethods(name, of: baseValue) else {
            if let computed = userComputed(name, of: baseValue) {
                var receiver = baseValue
                let value = try callMethod(computed.getter, self: &receiver, arguments: [], node: node)
                return try callFunctionValue(value, arguments: arguments, in: scope, calleeName: name, node: node)
            }
            if let type = definition(of: baseValue), type.storedIndex(of: name) != nil {
                // A stored closure (`lazy var asHTML: () -> String = { ... }`, computed on first use).
                let field = try userProperty(name, of: baseValue, node: node.calledExpression) ?? .void
                return try callFunctionValue(field, arguments: arguments, in: scope, calleeName: name, node: node)
            }
            if let value = try callSequenceMethod(name, on: baseValue, arguments: arguments, in: scope, node: node) {
                return value
            }
            if let type = definition(of: baseValue) {
                throw CellError.compile("value of type '\(type.name)' has no member '\(name)'"
                                            + Suggestions.didYouMean(name, among: type.members.memberNames), at: node.calledExpression)
            }
            return nil
        }
        let resolved = try resolveCall(methods.map(\.candidate), arguments: arguments, in: scope, calleeName: name, node: node)
        let method = methods[resolved.index]
        if method.isMutating, definition(of: baseValue)?.kind != .classType {
            let lvalue = try mutationTarget(base, releasing: &baseValue, in: scope)
            return try modify(lvalue) { receiver in
                try callMethod(method, self: &receiver, arguments: resolved.values, node: node, callArguments: arguments,
                               callScope: scope)
            }
        }
        var receiver = baseValue
        return try callMethod(method, self: &receiver, arguments: resolved.values, node: node, callArguments: arguments,
                              callScope: scope)
    }

    /// `Type.method(...)`, `Type(...)`, `Type.case(...)` for cell types and extended library types.
    func callUserStatic(_ name: String, of type: TypeRef, arguments: [ArgumentSyntax], in scope: Scope,
                        node: FunctionCallExprSyntax) throws -> Value? {
        let tableName = type.memberTableName
        if let userType = userType(for: type) {
            if name == "init" { return try construct(userType, arguments: arguments, in: scope, node: node) }
            if let index = userType.caseIndex(of: name) {
                return try makeCase(userType, index: index, arguments: arguments, in: scope, node: node)
            }
        }
        guard let table = userTypes[tableName]?.members ?? extensionTables[tableName] else { return nil }
        if let methods = table.staticMethods[name] ?? protocolStaticMember(name, of: type, { $0.staticMethods[name] }) {
            let resolved = try resolveCall(methods.map(\.candidate), arguments: arguments, in: scope, calleeName: name, node: node)
            var receiver = Value.metatype(userTypes[tableName]?.type ?? type)
            return try callMethod(methods[resolved.index], self: &receiver, arguments: resolved.values, node: node,
                                  callArguments: arguments, callScope: scope)
        }
        if let value = try userStaticProperty(name, of: type, node: node.calledExpression) {
            return try callFunctionValue(value, arguments: arguments, in: scope, calleeName: name, node: node)
        }
        return nil
    }

    // MARK: Making values

    private func makeCase(_ type: UserType, index: Int, arguments: [ArgumentSyntax], in scope: Scope,
                          node: FunctionCallExprSyntax) throws -> Value {
        let enumCase = type.cases[index]
        guard enumCase.hasPayload else {
            throw CellError.compile("enum case '\(enumCase.name)' has no associated values", at: node.calledExpression)
        }
        let parameters = zip(enumCase.labels, enumCase.types).enumerated().map { position, pair in
            ParameterSpec(label: pair.0, name: pair.0 ?? "_\(position)", type: pair.1, defaultSource: nil,
                          isVariadic: false, isInout: false)
        }
        let candidate = CallCandidate(parameters: parameters, name: "\(type.name).\(enumCase.name)",
                                      signature: "case \(enumCase.name)(...)", defaultScope: type.scope)
        let resolved = try resolveCall([candidate], arguments: arguments, in: scope, calleeName: candidate.name, node: node)
        return settlingTypeArguments(.enumeration(EnumValue(definition: type, caseIndex: index, payload: resolved.values)))
    }

    /// `Type(...)`: the memberwise initializer of a structure, a declared initializer, `init?(rawValue:)`
    /// of an enumeration with raw values.
    func construct(_ type: UserType, arguments: [ArgumentSyntax], in scope: Scope, node: FunctionCallExprSyntax) throws -> Value {
        let value = try constructValue(type, arguments: arguments, in: scope, node: node)
        return type.genericParameters.isEmpty ? value : settlingTypeArguments(value)
    }

    private func constructValue(_ type: UserType, arguments: [ArgumentSyntax], in scope: Scope,
                                node: FunctionCallExprSyntax) throws -> Value {
        let declared = type.initializers + type.extensionInitializers
        var candidates: [CallCandidate] = declared.map(\.candidate)
        var memberwise: [ParameterSpec]?
        if type.kind == .structure, type.initializers.isEmpty {
            let initializer = type.memberwiseInitializer
            memberwise = initializer.parameters
            candidates.append(initializer)
        }
        if type.kind == .classType {
            // A class's own initializers and those it inherits (Swift's two rules of initializer
            // inheritance); a class with none, whose properties all have defaults, has `init()`.
            let available = availableInitializers(of: type)
            if !available.isEmpty {
                let resolved = try resolveCall(available.map(\.candidate), arguments: arguments, in: scope,
                                               calleeName: "\(type.name).init", node: node)
                let initializer = available[resolved.index]
                var receiver = Value.object(try newObject(type))
                let succeeded = try runInitializer(initializer, on: &receiver, arguments: resolved.values, node: node)
                if !type.genericParameters.isEmpty { receiver = settlingTypeArguments(receiver) }
                if initializer.isFailable { return .optional(succeeded ? receiver : nil, receiver.type) }
                return receiver
            }
            memberwise = []
            candidates.append(CallCandidate(parameters: [], name: "\(type.name).init", signature: "init()", defaultScope: nil))
        }
        if type.kind == .enumeration, let rawType = type.rawType {
            let parameter = ParameterSpec(label: "rawValue", name: "rawValue", type: rawType, defaultSource: nil,
                                          isVariadic: false, isInout: false)
            let candidate = CallCandidate(parameters: [parameter], name: "\(type.name).init",
                                          signature: "init?(rawValue: \(rawType))", defaultScope: nil)
            if declared.isEmpty {
                let resolved = try resolveCall([candidate], arguments: arguments, in: scope, calleeName: candidate.name, node: node)
                let index = type.cases.firstIndex { $0.rawValue.map { (try? Equality.equal($0, resolved.values[0])) ?? false } ?? false }
                return .optional(index.map { .enumeration(EnumValue(definition: type, caseIndex: $0, payload: [])) }, type.type)
            }
        }
        guard !candidates.isEmpty else {
            throw CellError.compile("'\(type.name)' cannot be constructed because it has no accessible initializers",
                                    at: node.calledExpression)
        }
        let resolved = try resolveCall(candidates, arguments: arguments, in: scope, calleeName: "\(type.name).init", node: node)
        if resolved.index < declared.count {
            let initializer = declared[resolved.index]
            var receiver: Value
            switch type.kind {
            case .structure: receiver = .record(try newRecord(type))
            case .classType: receiver = .object(try newObject(type))
            case .enumeration: receiver = .void
            }
            let succeeded = try runInitializer(initializer, on: &receiver, arguments: resolved.values, node: node)
            if !type.genericParameters.isEmpty { receiver = settlingTypeArguments(receiver) }
            if initializer.isFailable { return .optional(succeeded ? receiver : nil, receiver.type) }
            return receiver
        }
        if type.kind == .classType { return .object(try newObject(type)) }
        guard let memberwise else { return .record(try newRecord(type)) }
        // The memberwise initializer sets every property it has a parameter for; only the others take
        // their default values (a default is not evaluated when an argument replaces it, as in Swift).
        var fields: [Value] = []
        fields.reserveCapacity(type.storedProperties.count)
        var next = 0
        for property in type.storedProperties {
            if next < memberwise.count, memberwise[next].name == property.name, next < resolved.values.count {
                fields.append(resolved.values[next])
                next += 1
            } else {
                fields.append(try defaultField(property, scope: type.scope))
            }
        }
        return .record(RecordValue(definition: type, fields: fields))
    }

    /// The initializers a class can be constructed with: its own, and those it inherits by Swift's
    /// rules. Rule 1: a subclass that declares no designated initializer, and whose new stored
    /// properties all have default values, inherits every designated initializer of its superclass.
    /// Rule 2: a subclass that provides every designated initializer of its superclass (by rule 1,
    /// or by overriding each, also as a convenience initializer) inherits its convenience initializers.
    func availableInitializers(of type: UserType) -> [UserFunction] {
        let own = type.initializers + type.extensionInitializers
        guard type.kind == .classType, let superclass = type.superclass else { return own }
        let inherited = availableInitializers(of: superclass)
        let provides = { (candidate: UserFunction) in own.contains { Self.sameSignature($0, candidate) } }
        var result = own
        let superDesignated = inherited.filter { !$0.isConvenience }
        let providesDesignated: Bool
        if !own.contains(where: { !$0.isConvenience }), type.storedProperties.allSatisfy(Self.hasInitialValue) {
            result += superDesignated.filter { !provides($0) }
            providesDesignated = true
        } else {
            providesDesignated = superDesignated.allSatisfy(provides)
        }
        if providesDesignated { result += inherited.filter { $0.isConvenience && !provides($0) } }
        return result
    }

    /// True when a stored property is set before any initializer runs: a default value, an optional
    /// `var` (nil), or a `lazy var`.
    static func hasInitialValue(_ property: StoredProperty) -> Bool {
        property.defaultValue != nil || property.isLazy || (property.isMutable && property.type.isOptionalType)
    }

    /// Two initializers with the same argument labels and parameter types (one overrides the other).
    static func sameSignature(_ first: UserFunction, _ second: UserFunction) -> Bool {
        first.parameters.count == second.parameters.count && zip(first.parameters, second.parameters).allSatisfy {
            $0.label == $1.label && $0.type == $1.type && $0.isVariadic == $1.isVariadic && $0.isInout == $1.isInout
        }
    }

    /// Runs an initializer's body on a fresh value; false when a failable initializer returned nil.
    @discardableResult
    func runInitializer(_ initializer: UserFunction, on receiver: inout Value, arguments: [Value],
                        node: FunctionCallExprSyntax) throws -> Bool {
        guard let owner = initializer.owner else { return true }
        initializing.append(owner)
        defer { initializing.removeLast() }
        let result: Value
        do {
            result = try callMethod(initializer, self: &receiver, arguments: arguments, node: node)
        } catch is InitializerFailed {
            return false
        }
        if case .optional(nil, _) = result { return false }
        if case .record(let record) = receiver, let missing = zip(record.definition.allStoredProperties, record.fields)
            .first(where: { if case .void = $1 { return $0.type != .void && !$0.isLazy } else { return false } }) {
            throw CellError.compile("return from initializer without initializing all stored properties; '\(missing.0.name)' is not initialized",
                                    at: node)
        }
        return true
    }

    /// A structure value with every property at its default (properties without one are filled in by
    /// the initializer).
    func newRecord(_ type: UserType) throws -> RecordValue {
        RecordValue(definition: type, fields: try defaultFields(type.allStoredProperties, scope: type.scope))
    }

    func newObject(_ type: UserType) throws -> ObjectValue {
        var fields: [Value] = []
        var chain: [UserType] = []
        var current: UserType? = type
        while let each = current { chain.insert(each, at: 0); current = each.superclass }
        for each in chain { fields += try defaultFields(each.storedProperties, scope: each.scope) }
        return ObjectValue(definition: type, fields: fields)
    }

    private func defaultFields(_ properties: [StoredProperty], scope: Scope) throws -> [Value] {
        try properties.map { try defaultField($0, scope: scope) }
    }

    /// A stored property's value before an initializer sets it: its default value, `nil` for an
    /// optional `var`, or `()` (not yet initialized).
    func defaultField(_ property: StoredProperty, scope: Scope) throws -> Value {
        // A `lazy var` stays unset (`()`) until it is first read.
        if property.isLazy { return .void }
        if let source = property.defaultValue {
            let value = try evaluate(source, in: scope, expecting: property.type)
            return conversion(of: value, to: property.type, literalIfWritten: source) ?? value
        }
        if case .optional(let wrapped) = property.type, property.isMutable { return .optional(nil, wrapped) }
        return .void
    }
}

extension Evaluator {
    // MARK: super

    /// The `self` of the method being run and the superclass `super` names there.
    func superContext(in scope: Scope, at node: some SyntaxProtocol) throws -> (Value, UserType) {
        var current: Scope? = scope
        while let each = current {
            if each.isMethodContext {
                guard let superclass = each.superclassOwner, let selfValue = each.bindings["self"]?.value else { break }
                return (selfValue, superclass)
            }
            current = each.parent
        }
        throw CellError.compile("'super' cannot be used outside of a class member with a superclass", at: node)
    }

    /// `super.method(...)` and `super.init(...)`: the superclass's member, run on the same object.
    func callSuper(_ name: String, arguments: [ArgumentSyntax], in scope: Scope, node: FunctionCallExprSyntax) throws -> Value {
        let (selfValue, superclass) = try superContext(in: scope, at: node.calledExpression)
        var receiver = selfValue
        if name == "init" {
            // A designated initializer delegates up to a designated initializer of the superclass
            // (its own or one it inherits); none means the superclass's `init()`, which sets only defaults.
            let initializers = availableInitializers(of: superclass).filter { !$0.isConvenience }
            if initializers.isEmpty { return .void }
            let resolved = try resolveCall(initializers.map(\.candidate), arguments: arguments, in: scope,
                                           calleeName: "\(superclass.name).init", node: node)
            // A failable superclass initializer that fails makes this one fail too.
            guard try runInitializer(initializers[resolved.index], on: &receiver, arguments: resolved.values, node: node) else {
                throw InitializerFailed()
            }
            return .void
        }
        guard let (methods, _) = superclass.lookupMember({ $0.methods[name] }) else {
            throw CellError.compile("value of type '\(superclass.name)' has no member '\(name)'", at: node.calledExpression)
        }
        let resolved = try resolveCall(methods.map(\.candidate), arguments: arguments, in: scope, calleeName: name, node: node)
        return try callMethod(methods[resolved.index], self: &receiver, arguments: resolved.values, node: node,
                              callArguments: arguments, callScope: scope)
    }
}

extension Evaluator {
    /// `self.init(...)` inside an initializer: another initializer of the same type makes the value
    /// (a structure's or enumeration's `self` is replaced; a class's runs on the same object).
    func delegateInitializer(arguments: [ArgumentSyntax], in scope: Scope, node: FunctionCallExprSyntax) throws -> Value {
        var current: Scope? = scope
        while let each = current, !each.isMethodContext { current = each.parent }
        guard let context = current, let selfBinding = context.bindings["self"], case .named(let name) = selfBinding.type,
              let type = userTypes[name] ?? definition(of: selfBinding.value) else {
            throw CellError.compile("'self.init' is only allowed in an initializer", at: node.calledExpression)
        }
        if case .object = selfBinding.value {
            // `self.init(...)` in a class dispatches on the object's own class: a convenience
            // initializer inherited from a superclass reaches the subclass's override.
            let dynamicType = definition(of: selfBinding.value) ?? type
            let initializers = availableInitializers(of: dynamicType)
            let resolved = try resolveCall(initializers.map(\.candidate), arguments: arguments, in: scope,
                                           calleeName: "\(dynamicType.name).init", node: node)
            var receiver = selfBinding.value
            guard try runInitializer(initializers[resolved.index], on: &receiver, arguments: resolved.values, node: node) else {
                throw InitializerFailed()
            }
            return .void
        }
        let made = try construct(type, arguments: arguments, in: scope, node: node)
        if case .optional(let wrapped, _) = made {
            guard let wrapped else { throw InitializerFailed() }
            context.store(wrapped, for: "self")
        } else {
            context.store(made, for: "self")
        }
        return .void
    }
}

/// A failable initializer delegated to another that returned nil.
struct InitializerFailed: Error {}
