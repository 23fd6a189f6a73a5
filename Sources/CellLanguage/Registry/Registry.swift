/// The one table of everything a cell can use: global functions and variables, types, initializers,
/// methods, properties, subscripts, static members and enum cases, each with its Swift signature,
/// documentation and an adapter that calls the real library.
///
/// Evaluation resolves names through it; completion, inspection, "did you mean" suggestions and the
/// generated Markdown reference read the same entries, so documentation and behaviour cannot drift.
public final class Registry {
    /// Global functions and variables by base name (overloads share a name).
    public private(set) var globals: [String: [Symbol]] = [:]
    /// Types cells can name.
    public private(set) var types: [String: TypeSymbol] = [:]
    /// Instance members (methods, properties, subscripts) by type, then name.
    public private(set) var instanceMembers: [String: [String: [Symbol]]] = [:]
    /// Static members (initializers under `init`, static methods and properties, enum cases) by type.
    public private(set) var staticMembers: [String: [String: [Symbol]]] = [:]
    /// Registry declarations that did not parse; a test keeps this empty.
    public private(set) var problems: [String] = []
    /// Types in the order they were declared, then their members in order: the reference's order.
    public private(set) var declarationOrder: [Symbol] = []
    /// The sections of the reference, in order, with the types and globals each holds.
    public private(set) var sections: [(title: String, introduction: String)] = []
    private(set) var sectionOfSymbol: [ObjectIdentifier: Int] = [:]
    private(set) var sectionOfType: [String: Int] = [:]

    public init() {}

    /// Starts a new section of the generated reference; later declarations belong to it.
    public func beginSection(_ title: String, introduction: String = "") {
        sections.append((title, introduction))
    }

    /// Declares a type cells can name (`struct MLP`, `enum Optimizer` ...).
    public func declareType(_ name: String, _ declaration: String, documentation: String) {
        types[name] = TypeSymbol(name: name, declaration: declaration, documentation: documentation)
        if !sections.isEmpty { sectionOfType[name] = sections.count - 1 }
    }

    /// Adds one symbol from its Swift declaration. `owner` is the type for members.
    public func add(_ declaration: String, of owner: String? = nil, documentation: String,
                    setter: PropertySetter? = nil,
                    _ implementation: @escaping SymbolImplementation) {
        let parsed: SignatureParser.Parsed
        do {
            parsed = try SignatureParser.parse(declaration, owner: owner)
        } catch {
            problems.append("\(owner.map { "\($0)." } ?? "")\(declaration): \(error)")
            return
        }
        if parsed.isSettable && setter == nil && parsed.kind != .globalVariable {
            problems.append("\(owner ?? "").\(parsed.name) is declared settable but has no setter")
        }
        let symbol = Symbol(kind: parsed.kind, owner: owner, name: parsed.name, parameters: parsed.parameters,
                            returnType: parsed.returnType, signature: declaration, documentation: documentation,
                            isMutating: parsed.isMutating, isThrowing: parsed.isThrowing, isRethrowing: parsed.isRethrowing,
                            implementation: implementation, setter: setter)
        switch parsed.kind {
        case .function, .globalVariable:
            globals[parsed.name, default: []].append(symbol)
        case .initializer, .staticMethod, .staticProperty, .enumCase:
            staticMembers[owner ?? "", default: [:]][parsed.name, default: []].append(symbol)
        case .method, .property, .subscript:
            instanceMembers[owner ?? "", default: [:]][parsed.name, default: []].append(symbol)
        }
        declarationOrder.append(symbol)
        if !sections.isEmpty { sectionOfSymbol[ObjectIdentifier(symbol)] = sections.count - 1 }
    }

    /// Instance members of `type` named `name` (all overloads).
    func instanceMember(_ name: String, of type: TypeRef) -> [Symbol] {
        instanceMembers[type.memberTableName]?[name] ?? []
    }

    /// Static members of `type` named `name` (all overloads).
    func staticMember(_ name: String, of type: TypeRef) -> [Symbol] {
        staticMembers[type.memberTableName]?[name] ?? []
    }

    /// Every instance member name of `type`.
    /// Every member name of every type (instance and static).
    var allMemberNames: Set<String> {
        var names = Set<String>()
        for (_, members) in instanceMembers { names.formUnion(members.keys) }
        for (_, members) in staticMembers { names.formUnion(members.keys) }
        return names
    }

    func instanceMemberNames(of type: TypeRef) -> [String] {
        Array(instanceMembers[type.memberTableName]?.keys ?? [:].keys).filter { $0 != "subscript" }
    }

    /// Every static member name of `type`, without `init`.
    func staticMemberNames(of type: TypeRef) -> [String] {
        Array(staticMembers[type.memberTableName]?.keys ?? [:].keys).filter { $0 != "init" }
    }

    /// The section a symbol was declared in.
    func section(of symbol: Symbol) -> Int? { sectionOfSymbol[ObjectIdentifier(symbol)] }
    func section(ofType name: String) -> Int? { sectionOfType[name] }
}
