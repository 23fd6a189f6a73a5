import SwiftSyntax

/// The module name a compiled program's qualified type names use (`main.Point` inside an array's
/// description); cells print as a program built from a file named `main.swift` prints.
let cellModuleName = "main"

/// A type a cell declared: a structure, an enumeration or a class, with its members.
///
/// A value of the type holds the definition it was made with, so it keeps working after a later cell
/// declares a type of the same name (the two are different types, as in Swift).
final class UserType {
    enum Kind: Equatable {
        case structure, enumeration, classType

        var keyword: String {
            switch self {
            case .structure: return "struct"
            case .enumeration: return "enum"
            case .classType: return "class"
            }
        }
    }

    let kind: Kind
    let name: String
    /// The scope the declaration appeared in: default values and member bodies see its names.
    let scope: Scope
    let node: Syntax
    /// Stored properties in declaration order (a structure's memberwise initializer follows it).
    var storedProperties: [StoredProperty] = []
    var cases: [EnumCase] = []
    /// `Int`, `String` or `Double` for an enumeration with raw values.
    var rawType: TypeRef?
    var superclass: UserType?
    var isFinal = false
    /// Declared `@propertyWrapper`: its name is an attribute of the properties it wraps.
    var isPropertyWrapper = false
    /// The properties declared with a wrapper, in declaration order.
    var wrappedProperties: [WrappedProperty] = []
    /// The module its qualified name starts with: the cells' own (`main`), or `Swift` for the
    /// standard types cells declare in Swift (`Result`).
    var moduleName = cellModuleName

    /// A generic type's parameters (`Element` of `struct Stack<Element>`); empty for other types.
    var genericParameters: [String] = []
    /// For a specialization such as `Stack<Int>`: the generic type it specializes, whose members it
    /// shares, and the types its parameters stand for.
    private(set) var genericDefinition: UserType?
    private(set) var typeArguments: [TypeRef] = []
    /// The specializations made of this generic type, one per list of type arguments, so that two
    /// `Stack<Int>` values have the same type.
    private var specializations: [[TypeRef]: UserType] = [:]

    /// The field indices of the `weak` and `unowned` stored properties (superclasses' included).
    var nonOwningFields: [Int: ReferenceOwnership] {
        if let cached = cachedNonOwningFields, cached.count == storedPropertyCount { return cached.fields }
        var fields: [Int: ReferenceOwnership] = [:]
        for (index, property) in allStoredProperties.enumerated() where property.ownership != .strong {
            fields[index] = property.ownership
        }
        cachedNonOwningFields = (storedPropertyCount, fields)
        return fields
    }
    private var cachedNonOwningFields: (count: Int, fields: [Int: ReferenceOwnership])?

    /// A class's `deinit` body (a specialization's is its generic class's).
    var deinitializer: UserFunction? {
        get { unspecialized.ownDeinitializer }
        set { unspecialized.ownDeinitializer = newValue }
    }
    /// Where a released instance waits for its class's `deinit` to run (set for classes with one in
    /// their chain; a specialization's is its generic class's).
    var finalizations: FinalizationQueue? {
        get { unspecialized.ownFinalizations }
        set { unspecialized.ownFinalizations = newValue }
    }
    private var ownDeinitializer: UserFunction?
    private weak var ownFinalizations: FinalizationQueue?

    private var ownMembers = MemberTable()
    private var ownInitializers: [UserFunction] = []
    private var ownExtensionInitializers: [UserFunction] = []
    private var ownConformances: Set<String> = []

    /// The methods, computed properties and static members (a specialization's are its generic type's).
    var members: MemberTable {
        get { genericDefinition?.members ?? ownMembers }
        set { if let genericDefinition { genericDefinition.members = newValue } else { ownMembers = newValue } }
    }
    /// Initializers declared in the type's body (they replace the memberwise initializer).
    var initializers: [UserFunction] {
        get { genericDefinition?.initializers ?? ownInitializers }
        set { if let genericDefinition { genericDefinition.initializers = newValue } else { ownInitializers = newValue } }
    }
    /// Initializers from extensions (they keep the memberwise initializer).
    var extensionInitializers: [UserFunction] {
        get { genericDefinition?.extensionInitializers ?? ownExtensionInitializers }
        set {
            if let genericDefinition { genericDefinition.extensionInitializers = newValue } else { ownExtensionInitializers = newValue }
        }
    }
    /// The protocols named in the declaration and its extensions.
    var conformances: Set<String> {
        get { genericDefinition?.conformances ?? ownConformances }
        set { if let genericDefinition { genericDefinition.conformances = newValue } else { ownConformances = newValue } }
    }

    init(kind: Kind, name: String, scope: Scope, node: Syntax) {
        self.kind = kind
        self.name = name
        self.scope = scope
        self.node = node
    }

    var type: TypeRef { .named(name) }
    /// The name without its enclosing types: `Book` for `Library.Book`, `Stack<Int>` for `Outer.Stack<Int>`.
    var shortName: String {
        let base = name.firstIndex(of: "<").map { name[..<$0] } ?? Substring(name)
        guard let dot = base.lastIndex(of: ".") else { return name }
        return String(name[name.index(after: dot)...])
    }

    /// The generic type itself, for a specialization; the type otherwise.
    var unspecialized: UserType { genericDefinition ?? self }

    /// This generic type with its parameters standing for `arguments` (`Stack<Int>`): stored
    /// properties and associated values typed accordingly, members shared. Itself when no argument
    /// is known.
    func specialized(with arguments: [TypeRef]) -> UserType {
        let generic = unspecialized
        guard !generic.genericParameters.isEmpty, arguments.count == generic.genericParameters.count,
              arguments.contains(where: { $0 != .any }) else { return generic }
        if let made = generic.specializations[arguments] { return made }
        let made = UserType(kind: generic.kind,
                            name: generic.name + "<" + arguments.map(\.description).joined(separator: ", ") + ">",
                            scope: generic.scope, node: generic.node)
        made.genericDefinition = generic
        made.typeArguments = arguments
        made.genericParameters = generic.genericParameters
        let substitutions = Dictionary(zip(generic.genericParameters, arguments), uniquingKeysWith: { first, _ in first })
        made.storedProperties = generic.storedProperties.map { property in
            var property = property
            if let pattern = property.pattern { property.type = pattern.substituting(substitutions) }
            return property
        }
        made.cases = generic.cases.map { enumCase in
            var enumCase = enumCase
            if let patterns = enumCase.patterns { enumCase.types = patterns.map { $0.substituting(substitutions) } }
            return enumCase
        }
        made.rawType = generic.rawType
        made.moduleName = generic.moduleName
        made.superclass = generic.superclass
        made.isFinal = generic.isFinal
        generic.specializations[arguments] = made
        return made
    }

    /// The type arguments `values` imply when they fill `patterns` (the declared types of stored
    /// properties or associated values, written with the generic parameters): `Pair(first: 1,
    /// second: "one")` is a `Pair<Int, String>`. A parameter nothing determines stays `Any`.
    func inferredArguments(from values: [Value], patterns: [TypeRef?]) -> [TypeRef] {
        var bindings: [String: TypeRef] = [:]
        let parameters = Set(genericParameters)
        for (value, pattern) in zip(values, patterns) {
            guard let pattern else { continue }
            TypeRef.bind(pattern, to: value, parameters: parameters, into: &bindings)
        }
        return genericParameters.map { bindings[$0] ?? .any }
    }


    /// A structure's memberwise initializer: a parameter for each stored property except the `let`s
    /// that have a default value, in declaration order. Made once per set of stored properties.
    var memberwiseInitializer: CallCandidate {
        if let cached = memberwiseCache, cached.propertyCount == storedProperties.count { return cached.candidate }
        let parameters = storedProperties.compactMap { property -> ParameterSpec? in
            if !property.isMutable && property.defaultValue != nil { return nil }
            let defaultSource = property.defaultValue ?? (property.type.isOptionalType && property.isMutable
                                                          ? ExprSyntax(NilLiteralExprSyntax()) : nil)
            return ParameterSpec(label: property.name, name: property.name, type: property.type,
                                 defaultSource: defaultSource, isVariadic: false, isInout: false)
        }
        let candidate = CallCandidate(parameters: parameters, name: "\(name).init",
                                      signature: "init(" + parameters.map { "\($0.name): \($0.type)" }.joined(separator: ", ") + ")",
                                      defaultScope: scope)
        memberwiseCache = (storedProperties.count, candidate)
        return candidate
    }
    private var memberwiseCache: (propertyCount: Int, candidate: CallCandidate)?

    /// The stored properties of a class and its superclasses, superclass first.
    var allStoredProperties: [StoredProperty] {
        guard let superclass else { return storedProperties }
        return superclass.allStoredProperties + storedProperties
    }

    /// The number of stored properties of the type and its superclasses.
    var storedPropertyCount: Int { (superclass?.storedPropertyCount ?? 0) + storedProperties.count }

    /// Where the property `name` sits in a value's fields (superclass fields first), found without
    /// building the list of all of them: it is asked at every property access.
    func storedIndex(of name: String) -> Int? {
        guard let superclass else { return storedProperties.firstIndex { $0.name == name } }
        if let inherited = superclass.storedIndex(of: name) { return inherited }
        return storedProperties.firstIndex { $0.name == name }.map { $0 + superclass.storedPropertyCount }
    }

    func caseIndex(of name: String) -> Int? { cases.firstIndex { $0.name == name } }

    /// True when the stored property `name` (declared here or in a superclass) has an implicitly
    /// unwrapped optional type.
    func implicitlyUnwraps(_ name: String) -> Bool {
        if let property = storedProperties.first(where: { $0.name == name }) { return property.implicitlyUnwraps }
        return superclass?.implicitlyUnwraps(name) ?? false
    }

    /// True when the type conforms to `protocolName` (its own list or a superclass's).
    func conforms(to protocolName: String) -> Bool {
        if conformances.contains(protocolName) { return true }
        return superclass?.conforms(to: protocolName) ?? false
    }

    /// `self` or a superclass of it.
    func isSubtype(of other: UserType) -> Bool {
        var current: UserType? = self
        while let type = current {
            if type === other { return true }
            current = type.superclass
        }
        return false
    }

    /// A member found on this type or up the superclass chain, with the class that declared it.
    func lookupMember<T>(_ find: (MemberTable) -> T?) -> (T, UserType)? {
        var current: UserType? = self
        while let type = current {
            if let found = find(type.members) { return (found, type) }
            current = type.superclass
        }
        return nil
    }
}

/// A stored property of a cell type.
struct StoredProperty {
    var name: String
    var type: TypeRef
    /// In a generic type: the declared type with its generic parameters named (`[Element]`), from
    /// which a specialization's property type is made (`type` has them as `Any`).
    var pattern: TypeRef?
    var isMutable: Bool
    /// `lazy var`: the default value is computed on the first read, not when the instance is made.
    var isLazy = false
    var defaultValue: ExprSyntax?
    var willSet: UserFunction?
    var didSet: UserFunction?
    /// `weak` and `unowned` properties do not keep their instance alive.
    var ownership = ReferenceOwnership.strong
    /// Declared with an implicitly unwrapped optional type (`var capitalCity: City!`).
    var implicitlyUnwraps = false
}

/// How a stored property holds the instance it refers to.
enum ReferenceOwnership {
    case strong
    /// `weak var`: an optional that becomes nil when the instance is released.
    case weak
    /// `unowned`: reading it after the instance was released is an error.
    case unowned
}

/// A computed property: its getter, and its setter when it has one.
struct ComputedProperty {
    var type: TypeRef
    var getter: UserFunction
    var setter: UserFunction?
}

/// A `subscript` a cell type or an extension declared: its parameters (unlabeled unless given an
/// argument label, as Swift's are), its getter and its setter when it has one.
struct UserSubscript {
    var parameters: [ParameterSpec]
    var type: TypeRef
    var getter: UserFunction
    /// Takes the subscript's parameters and then the new value.
    var setter: UserFunction?
}

/// The methods, computed properties and static members of a cell type or of an extension of a
/// library or standard type.
struct MemberTable {
    var methods: [String: [UserFunction]] = [:]
    var subscripts: [UserSubscript] = []
    /// `static subscript(n: Int) -> Planet`: subscripts of the type itself (`Planet[4]`).
    var staticSubscripts: [UserSubscript] = []
    var computed: [String: ComputedProperty] = [:]
    var staticMethods: [String: [UserFunction]] = [:]
    var staticComputed: [String: ComputedProperty] = [:]
    /// Static stored properties live in a scope of their own, created when the type is declared.
    var staticStorage: Scope?
    /// Static stored properties not used yet: their initial values are computed on first use.
    var staticInitializers: [String: StaticInitializer] = [:]
    /// `override var name: T { didSet { ... } }` in a subclass: observers added to a stored property
    /// the class inherits (it stays the superclass's storage).
    var overridingObservers: [String: PropertyObservers] = [:]

    var isEmpty: Bool {
        methods.isEmpty && computed.isEmpty && staticMethods.isEmpty && staticComputed.isEmpty && subscripts.isEmpty && staticSubscripts.isEmpty
            && (staticStorage?.bindings.isEmpty ?? true) && staticInitializers.isEmpty
    }

    var memberNames: [String] {
        Array(methods.keys) + Array(computed.keys)
    }
}

/// The `willSet` and `didSet` observers a subclass adds to an inherited stored property.
struct PropertyObservers {
    var willSet: UserFunction?
    var didSet: UserFunction?
}

/// A static stored property's declaration, until its first use.
struct StaticInitializer {
    var expression: ExprSyntax
    var type: TypeRef?
    var isMutable: Bool
}

/// One case of a cell enumeration.
struct EnumCase {
    var name: String
    /// The associated values' labels (nil for unlabeled) and types.
    var labels: [String?]
    var types: [TypeRef]
    var rawValue: Value?
    /// In a generic enumeration: the associated values' declared types with the generic parameters named.
    var patterns: [TypeRef]?
    var hasPayload: Bool { !types.isEmpty }
}

/// An instance of a cell structure: its type and its stored properties' values (copied on
/// assignment, as Swift copies structures).
public struct RecordValue {
    let definition: UserType
    var fields: [Value]
}

/// An instance of a cell class: shared by reference.
public final class ObjectValue {
    /// Variable only so that a generic class's instance takes the specialization its initializer's
    /// arguments imply, once they have run.
    var definition: UserType
    /// The stored properties, superclass fields first. A `weak` or `unowned` property's instance is
    /// not held here but in `referents` (read them with `field(_:)`, write with `setField(_:_:)`).
    var fields: [Value]
    /// The instances `weak` and `unowned` properties refer to, by field index, held weakly.
    private var referents: [Int: Referent] = [:]
    /// True for the stand-in a released instance's `deinit` runs on: its own release runs none.
    private var isFinalizing = false

    private struct Referent {
        weak var object: ObjectValue?
        let ownership: ReferenceOwnership
        let wrappedType: TypeRef
    }

    init(definition: UserType, fields: [Value]) {
        self.definition = definition
        self.fields = fields
        for (index, ownership) in definition.nonOwningFields where index < fields.count {
            setField(index, fields[index], ownership: ownership)
        }
    }

    /// The value of stored property `index`: for a `weak` one, its instance or nil once released;
    /// for an `unowned` one, an error once released (Swift's trap).
    func field(_ index: Int) throws -> Value {
        guard !referents.isEmpty, let referent = referents[index] else { return fields[index] }
        if let object = referent.object {
            return referent.ownership == .weak ? .optional(.object(object), referent.wrappedType) : .object(object)
        }
        if referent.ownership == .weak { return .optional(nil, referent.wrappedType) }
        throw CellError(.runtime, "Attempted to read an unowned reference but the object was already deallocated", position: nil)
    }

    /// Stores `value` in stored property `index` (weakly for a `weak` or `unowned` one).
    func setField(_ index: Int, _ value: Value) {
        guard let ownership = definition.nonOwningFields[index] else {
            fields[index] = value
            return
        }
        setField(index, value, ownership: ownership)
    }

    private func setField(_ index: Int, _ value: Value, ownership: ReferenceOwnership) {
        var referenced = value
        var wrappedType = value.type
        if case .optional(let wrapped, let type) = value {
            wrappedType = type
            guard let wrapped else {
                referents[index] = nil
                fields[index] = value
                return
            }
            referenced = wrapped
        }
        guard case .object(let object) = referenced else {
            // Not an instance of a cell class (a library object): held as it is.
            referents[index] = nil
            fields[index] = value
            return
        }
        referents[index] = Referent(object: object, ownership: ownership, wrappedType: wrappedType)
        fields[index] = ownership == .weak ? .optional(nil, wrappedType) : .void
    }

    /// When the last reference goes, as in Swift, the class's `deinit` is due: a stand-in holding
    /// the instance's properties waits in the queue for it (cell code cannot run inside Swift's
    /// `deinit`, which may come in the middle of any of the evaluator's own changes; the evaluator
    /// runs it before its next statement).
    deinit {
        guard !isFinalizing, let queue = definition.finalizations else { return }
        let standIn = ObjectValue(definition: definition, fields: fields)
        standIn.isFinalizing = true
        queue.pending.append(standIn)
    }
}

/// Instances of cell classes with a `deinit`, released and waiting for it to run.
final class FinalizationQueue {
    var pending: [ObjectValue] = []
    /// True once a class with a `deinit` has been declared: compiled code then looks at the queue
    /// before each statement.
    var isInUse = false
}

/// A value of a cell enumeration: the case and its associated values.
public struct EnumValue {
    let definition: UserType
    let caseIndex: Int
    var payload: [Value]

    var enumCase: EnumCase { definition.cases[caseIndex] }
}

/// An error the library threw, as a `catch` in a cell sees it: `print(error)` shows its message.
struct LibraryErrorValue: CustomStringConvertible {
    var message: String
    var typeName: String?
    var description: String { message }
}

/// Ends the evaluation of an optional chain whose base was nil.
struct OptionalChainNil: Error {}

extension Value {
    /// The cell type of a structure, class or enumeration value.
    var userDefinition: UserType? {
        switch self {
        case .record(let record): return record.definition
        case .object(let object): return object.definition
        case .enumeration(let value): return value.definition
        default: return nil
        }
    }
}
