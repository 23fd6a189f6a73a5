/// A lexical scope: the names a cell, a function body, a loop body or a closure has defined.
/// Closures capture scopes by reference, as Swift closures capture variables.
final class Scope {
    /// One variable: a box, so that a scope, the compiled code of a loop or function (`CompiledRegion`)
    /// and the closures that capture it all share the same storage.
    final class Binding {
        var value: Value
        var isMutable: Bool
        var type: TypeRef
        /// False for `let x: Int` declared without a value, until its first assignment.
        var isInitialized: Bool
        /// True for a variable declared with an implicitly unwrapped optional type (`String!`).
        var implicitlyUnwraps = false

        /// The element type of the array the variable holds, read without copying the value out (a
        /// copy kept alive past this read would make the next in-place change copy the array).
        var arrayElementType: TypeRef? {
            if case .array(let array) = value { return array.elementType }
            return nil
        }

        init(value: Value, isMutable: Bool, type: TypeRef, isInitialized: Bool = true) {
            self.value = value
            self.isMutable = isMutable
            self.type = type
            self.isInitialized = isInitialized
        }
    }

    private(set) var bindings: [String: Binding] = [:]
    /// Counts the definitions and removals made in this scope (compiled code checks it to know that
    /// the names it resolved still mean the same).
    private(set) var version = 0
    let parent: Scope?
    /// True for the scope a method runs in, which binds `self`: names not found below it are looked
    /// up as members of `self` before the enclosing scopes.
    var isMethodContext = false
    /// In the scope a type's (or an extension's) members are declared in: the type's qualified name,
    /// against which the names of nested types are resolved (`Book` inside `Library`).
    var typeContext: String?
    /// In a method of a subclass: the superclass whose members `super` reaches.
    var superclassOwner: UserType?

    init(parent: Scope?) {
        self.parent = parent
    }

    /// The qualified name of the innermost type whose member declarations enclose this scope.
    var enclosingTypeContext: String? {
        var scope: Scope? = self
        while let current = scope {
            if let context = current.typeContext { return context }
            scope = current.parent
        }
        return nil
    }

    func lookup(_ name: String) -> Binding? {
        var scope: Scope? = self
        while let current = scope {
            if let binding = current.bindings[name] { return binding }
            scope = current.parent
        }
        return nil
    }

    /// Whether `name` is mutable and initialized, and its declared type, without copying its value.
    func flags(of name: String) -> (isMutable: Bool, isInitialized: Bool, type: TypeRef)? {
        var scope: Scope? = self
        while let current = scope {
            if let index = current.bindings.index(forKey: name) {
                let binding = current.bindings.values[index]
                return (binding.isMutable, binding.isInitialized, binding.type)
            }
            scope = current.parent
        }
        return nil
    }

    /// The scope that defines `name`, innermost first.
    func owner(of name: String) -> Scope? {
        var scope: Scope? = self
        while let current = scope {
            if current.bindings[name] != nil { return current }
            scope = current.parent
        }
        return nil
    }

    func define(_ name: String, _ binding: Binding) {
        version &+= 1
        bindings[name] = binding
    }

    func defines(_ name: String) -> Bool { bindings[name] != nil }

    /// Gives a declaration without an initial value its first value.
    func initialize(_ name: String, with value: Value) {
        if let binding = lookup(name) {
            binding.value = value
            binding.isInitialized = true
        }
    }

    /// Moves the value of an existing binding of this scope out, leaving `()` in its place.
    func take(_ name: String) -> Value {
        var value = Value.void
        if let binding = bindings[name] { swap(&value, &binding.value) }
        return value
    }

    /// Replaces the value of an existing binding of this scope.
    func store(_ value: Value, for name: String) {
        bindings[name]?.value = value
    }

    func remove(_ name: String) {
        version &+= 1
        bindings[name] = nil
    }

    /// The sum of the versions of this scope and its parents: unchanged exactly when no scope on the
    /// chain defined or removed a name (versions only grow).
    var chainVersion: Int {
        var total = 0
        var scope: Scope? = self
        while let current = scope {
            total &+= current.version
            scope = current.parent
        }
        return total
    }

    /// Every name visible from this scope.
    var visibleNames: Set<String> {
        var names = Set<String>()
        var scope: Scope? = self
        while let current = scope {
            names.formUnion(current.bindings.keys)
            scope = current.parent
        }
        return names
    }
}
