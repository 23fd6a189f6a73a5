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
    var members = MemberTable()
    /// Initializers declared in the type's body (they replace the memberwise initializer).
    var initializers: [UserFunction] = []
    /// Initializers from extensions (they keep the memberwise initializer).
    var extensionInitializers: [UserFunction] = []
    var cases: [EnumCase] = []
    /// `Int`, `String` or `Double` for an enumeration with raw values.
    var rawType: TypeRef?
    /// The protocols named in the declaration and its extensions.
    var conformances: Set<String> = []
    var superclass: UserType?
    var isFinal = false

    init(kind: Kind, name: String, scope: Scope, node: Syntax) {
        self.kind = kind
        self.name = name
        self.scope = scope
        self.node = node
    }

    var type: TypeRef { .named(name) }
    /// The name without its enclosing types: `Book` for `Library.Book`.
    var shortName: String {
        guard let dot = name.lastIndex(of: ".") else { return name }
        return String(name[name.index(after: dot)...])
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
    var isMutable: Bool
    var defaultValue: ExprSyntax?
    var willSet: UserFunction?
    var didSet: UserFunction?
}

/// A computed property: its getter, and its setter when it has one.
struct ComputedProperty {
    var type: TypeRef
    var getter: UserFunction
    var setter: UserFunction?
}

/// The methods, computed properties and static members of a cell type or of an extension of a
/// library or standard type.
struct MemberTable {
    var methods: [String: [UserFunction]] = [:]
    var computed: [String: ComputedProperty] = [:]
    var staticMethods: [String: [UserFunction]] = [:]
    var staticComputed: [String: ComputedProperty] = [:]
    /// Static stored properties live in a scope of their own, created when the type is declared.
    var staticStorage: Scope?
    /// Static stored properties not used yet: their initial values are computed on first use.
    var staticInitializers: [String: StaticInitializer] = [:]

    var isEmpty: Bool {
        methods.isEmpty && computed.isEmpty && staticMethods.isEmpty && staticComputed.isEmpty
            && (staticStorage?.bindings.isEmpty ?? true) && staticInitializers.isEmpty
    }

    var memberNames: [String] {
        Array(methods.keys) + Array(computed.keys)
    }
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
    let definition: UserType
    var fields: [Value]

    init(definition: UserType, fields: [Value]) {
        self.definition = definition
        self.fields = fields
    }
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
