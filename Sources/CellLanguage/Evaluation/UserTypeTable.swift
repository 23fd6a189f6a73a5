/// The types cells declared, by qualified name: `Library.Book` for a `struct Book` declared inside
/// `class Library` (or inside `extension Library`). A name is looked up as Swift resolves it, from the
/// innermost enclosing type of the code that names it outwards, then at the top level.
struct UserTypeTable {
    private var types: [String: UserType] = [:]
    /// The short names of nested types (`Book`), so that other names skip the enclosing-type search.
    private var nestedNames: Set<String> = []
    /// The qualified name of the type whose declaration or member code is running (`Library`), if any.
    var context: String?

    subscript(name: String) -> UserType? {
        get {
            if let context, nestedNames.contains(name) {
                var prefix = Substring(context)
                while true {
                    if let type = types["\(prefix).\(name)"] { return type }
                    guard let dot = prefix.lastIndex(of: ".") else { break }
                    prefix = prefix[..<dot]
                }
            }
            return types[name]
        }
        set {
            if let dot = name.lastIndex(of: ".") { nestedNames.insert(String(name[name.index(after: dot)...])) }
            if newValue?.genericParameters.isEmpty == false { hasGenericTypes = true }
            types[name] = newValue
        }
    }

    /// True once a type was declared inside another.
    var hasNestedTypes: Bool { !nestedNames.isEmpty }
    /// True once a generic type was declared.
    private(set) var hasGenericTypes = false

    /// The type with exactly this qualified name, wherever the code naming it is.
    func qualified(_ name: String) -> UserType? { types[name] }

    var values: Dictionary<String, UserType>.Values { types.values }

    /// `name` declared inside the context's type (`Book` inside `Library` is `Library.Book`).
    func qualifiedName(declaring name: String) -> String {
        context.map { "\($0).\(name)" } ?? name
    }
}
