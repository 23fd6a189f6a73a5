/// The static type of a value in a cell, spelled the way Swift spells it.
///
/// Cells are dynamically evaluated, but every value knows its Swift type so that annotations,
/// assignments, argument passing and error messages behave (and read) like Swift.
///
/// Only the cases that nest a type are boxed: a nominal type, the one the evaluator meets on every
/// step (`Int`, `Double`), is held inline, so making and comparing it allocates nothing.
public enum TypeRef: Hashable, Sendable, CustomStringConvertible {
    /// A nominal type such as `Int`, `MLP` or `Range<Int>`.
    case named(String)
    /// `[Element]`.
    indirect case array(TypeRef)
    /// `[Key: Value]`.
    indirect case dictionary(TypeRef, TypeRef)
    /// `Set<Element>`.
    indirect case set(TypeRef)
    /// `Wrapped?`.
    indirect case optional(TypeRef)
    /// `(A, B) -> R`.
    indirect case function([TypeRef], TypeRef)
    /// `(A, B)`; `()` is `Void`.
    case tuple([TypeRef])
    /// `Any`: accepts every value (used for generic library parameters such as `print`'s items).
    case any

    public static let int = TypeRef.named("Int")
    public static let double = TypeRef.named("Double")
    public static let float = TypeRef.named("Float")
    public static let string = TypeRef.named("String")
    public static let bool = TypeRef.named("Bool")
    public static let void = TypeRef.tuple([])
    /// `Character`: held as a one-character `String` value; arrays of characters keep this element type.
    public static let character = TypeRef.named("Character")

    /// True for `Any` (a pattern match, cheaper than comparing with `.any` on every step of compiled code).
    @inline(__always)
    var isAny: Bool {
        if case .any = self { return true }
        return false
    }

    /// `expected` when it is `Int`, `Double` or `Float` (the hint an arithmetic operator passes on to
    /// its operands), else nil.
    @inline(__always)
    static func numericHint(_ expected: TypeRef?) -> TypeRef? {
        guard case .named(let name)? = expected else { return nil }
        return name == "Int" || name == "Double" || name == "Float" ? expected : nil
    }

    public var description: String {
        switch self {
        case .named(let name): return name
        case .array(let element): return "[\(element)]"
        case .dictionary(let key, let value): return "[\(key): \(value)]"
        case .set(let element): return "Set<\(element)>"
        case .optional(let wrapped):
            if case .function = wrapped { return "(\(wrapped))?" }
            return "\(wrapped)?"
        case .function(let parameters, let result):
            return "(\(parameters.map(\.description).joined(separator: ", "))) -> \(result)"
        case .tuple(let elements):
            if elements.isEmpty { return "Void" }
            return "(\(elements.map(\.description).joined(separator: ", ")))"
        case .any: return "Any"
        }
    }

    /// The name used to look up members in the registry: `[Int]` → `Array`, `Int?` → `Optional`.
    public var memberTableName: String {
        switch self {
        case .named(let name):
            if let angle = name.firstIndex(of: "<") { return String(name[..<angle]) }
            return name
        case .array: return "Array"
        case .dictionary: return "Dictionary"
        case .set: return "Set"
        case .optional: return "Optional"
        case .function: return "Function"
        case .tuple(let elements): return elements.isEmpty ? "Void" : "Tuple"
        case .any: return "Any"
        }
    }

    /// True for `Any` and for structures of it (`(Any, Any)`, `[Any]`, `Any?`): what a generic
    /// function's types become with their parameters erased.
    var isErasedStructure: Bool {
        switch self {
        case .any: return true
        case .tuple(let elements): return !elements.isEmpty && elements.allSatisfy(\.isErasedStructure)
        case .array(let element), .optional(let element), .set(let element): return element.isErasedStructure
        case .dictionary(let key, let value): return key.isErasedStructure && value.isErasedStructure
        default: return false
        }
    }

    /// True for a function type (`(Int) -> Bool`), what a closure expression can be.
    var isFunctionType: Bool {
        if case .function = self { return true }
        return false
    }

    /// True for the numeric types that integer literals can become.
    var isFloatingPoint: Bool {
        guard case .named(let name) = self else { return false }
        return name == "Double" || name == "Float"
    }
}

extension String {
    /// True when the ASCII character `mark` occurs in the text: a byte search, for type names checked
    /// on every conversion (Foundation's `contains(_:)` on a string costs a locale-aware search).
    @inline(__always)
    func containsASCII(_ mark: Unicode.Scalar) -> Bool {
        utf8.contains(UInt8(truncatingIfNeeded: mark.value))
    }
}

extension TypeRef {
    /// The type as swiftc's diagnostics spell it: `()` for `Void` (as in "cannot convert return
    /// expression of type '()'"), the type's own name otherwise.
    var diagnosticName: String {
        self == .void ? "()" : description
    }
}

extension TypeRef {
    /// The type as `print(type(of: x))` writes it: standard generic types by their generic names
    /// (`Array<Double>`, `Optional<Int>`, `Dictionary<String, Int>`), a nested type by its own name
    /// (`Book`, not `Library.Book`).
    var printedName: String {
        switch self {
        case .named(let name):
            if !name.containsASCII("<"), let dot = name.lastIndex(of: ".") { return String(name[name.index(after: dot)...]) }
            return name
        case .array(let element): return "Array<\(element.printedName)>"
        case .dictionary(let key, let value): return "Dictionary<\(key.printedName), \(value.printedName)>"
        case .set(let element): return "Set<\(element.printedName)>"
        case .optional(let wrapped): return "Optional<\(wrapped.printedName)>"
        case .tuple(let elements): return "(" + elements.map(\.printedName).joined(separator: ", ") + ")"
        case .function(let parameters, let result):
            return "(" + parameters.map(\.printedName).joined(separator: ", ") + ") -> " + result.printedName
        case .any: return "Any"
        }
    }
}
