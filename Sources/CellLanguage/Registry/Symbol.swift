import SwiftSyntax

/// What kind of declaration a registry symbol is.
public enum SymbolKind: String, Sendable {
    case function
    case globalVariable
    case initializer
    case method
    case staticMethod
    case property
    case staticProperty
    case enumCase
    case `subscript`
}

/// One parameter of a registry function, as its Swift signature declares it.
public struct ParameterSpec {
    /// The argument label; nil for `_`.
    public var label: String?
    /// The parameter's name inside the function (what the docs talk about).
    public var name: String
    public var type: TypeRef
    /// The default argument's Swift source, evaluated by the cell evaluator when the argument is omitted.
    public var defaultSource: ExprSyntax?
    public var isVariadic: Bool
    public var isInout: Bool
    /// `@autoclosure`: the argument is not evaluated at the call but wrapped into a closure.
    public var isAutoclosure = false

    /// `label name: Type = default`, as a signature shows it.
    var displayLabel: String { label ?? "_" }
}

/// Calls a library function: receives the receiver (for members; `.void` otherwise, mutable for
/// `mutating` members), the arguments in parameter order (variadics collected into one array) and the
/// call context.
public typealias SymbolImplementation = (inout Value, [Value], CallContext) throws -> Value

/// Sets a settable property: receiver, new value.
public typealias PropertySetter = (inout Value, Value, CallContext) throws -> Void

/// One thing cells can use: a global function or variable, an initializer, a method, a property, a
/// static member or an enum case. Evaluation, completion, inspection, suggestions and the Markdown
/// reference all read the same symbol.
public final class Symbol {
    public let kind: SymbolKind
    /// The type the member belongs to (`MLP`, `Array`, `Double` ...); nil for globals.
    public let owner: String?
    public let name: String
    /// The parameters of functions, initializers, methods, subscripts and enum cases with payloads;
    /// nil for properties, variables and plain cases.
    public let parameters: [ParameterSpec]?
    public let returnType: TypeRef
    /// The signature exactly as written in the registry (Swift source).
    public let signature: String
    public let documentation: String
    public let isMutating: Bool
    public let isThrowing: Bool
    /// True for `rethrows`: the call throws only when a closure passed to it does.
    public let isRethrowing: Bool
    let implementation: SymbolImplementation
    let setter: PropertySetter?
    /// The symbol as a candidate of overload resolution (made once: calls resolve against it often).
    let candidate: CallCandidate

    init(kind: SymbolKind, owner: String?, name: String, parameters: [ParameterSpec]?, returnType: TypeRef,
         signature: String, documentation: String, isMutating: Bool, isThrowing: Bool, isRethrowing: Bool = false,
         implementation: @escaping SymbolImplementation, setter: PropertySetter?) {
        self.kind = kind
        self.owner = owner
        self.name = name
        self.parameters = parameters
        self.returnType = returnType
        self.signature = signature
        self.documentation = documentation
        self.isMutating = isMutating
        self.isThrowing = isThrowing
        self.isRethrowing = isRethrowing
        self.implementation = implementation
        self.setter = setter
        let qualified = Self.qualifiedName(kind: kind, name: name, parameters: parameters)
        self.candidate = CallCandidate(parameters: parameters ?? [], name: owner.map { "\($0).\(qualified)" } ?? qualified,
                                       signature: signature, defaultScope: nil)
    }

    /// `name(label:label:)`, Swift's way of naming a function.
    public var qualifiedName: String { Self.qualifiedName(kind: kind, name: name, parameters: parameters) }

    private static func qualifiedName(kind: SymbolKind, name: String, parameters: [ParameterSpec]?) -> String {
        guard let parameters else { return name }
        let base = kind == .initializer ? "init" : (kind == .subscript ? "subscript" : name)
        return base + "(" + parameters.map { "\($0.displayLabel):" }.joined() + ")"
    }

    /// `Owner.qualifiedName` for members, `qualifiedName` for globals.
    public var fullName: String {
        owner.map { "\($0).\(qualifiedName)" } ?? qualifiedName
    }

    /// True when the symbol is called with an argument list (functions, initializers, methods ...).
    var isCallable: Bool { parameters != nil }
}

/// A type the cells can name, with its documentation.
public struct TypeSymbol {
    public let name: String
    public let declaration: String
    public let documentation: String
}
