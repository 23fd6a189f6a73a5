/// Typed access to values for library adapters. The evaluator has already checked arguments against
/// the signature, so these only fail if a signature and its adapter disagree, and then with an error.
extension Value {
    public func asInt() throws -> Int {
        if case .int(let value) = self { return value }
        throw LibraryUsageError("expected a value of type 'Int', got '\(type)'")
    }

    public func asDouble() throws -> Double {
        if case .double(let value) = self { return value }
        if case .int(let value) = self { return Double(value) }
        throw LibraryUsageError("expected a value of type 'Double', got '\(type)'")
    }

    public func asBool() throws -> Bool {
        if case .bool(let value) = self { return value }
        throw LibraryUsageError("expected a value of type 'Bool', got '\(type)'")
    }

    public func asString() throws -> String {
        if case .string(let value) = self { return value }
        throw LibraryUsageError("expected a value of type 'String', got '\(type)'")
    }

    public func asArray() throws -> ArrayValue {
        if case .array(let value) = self { return value }
        throw LibraryUsageError("expected an array, got '\(type)'")
    }

    public func asDoubles() throws -> [Double] {
        let array = try asArray()
        return try array.doubles ?? array.map { try $0.asDouble() }
    }

    public func asInts() throws -> [Int] {
        let array = try asArray()
        return try array.ints ?? array.map { try $0.asInt() }
    }

    /// The library object inside a native value, as `T`.
    public func asNative<T>(_ type: T.Type) throws -> T {
        if case .native(let native) = self, let object = native.object as? T { return object }
        throw LibraryUsageError("expected a value of type '\(T.self)', got '\(self.type)'")
    }

    /// The wrapped value of an optional, or nil.
    public var unwrapped: Value? {
        if case .optional(let wrapped, _) = self { return wrapped }
        return self
    }

    /// An array of `Double`s.
    public static func doubles(_ values: [Double]) -> Value {
        .array(ArrayValue(values.map { .double($0) }, elementType: .double))
    }

    /// An array of `Int`s.
    public static func ints(_ values: [Int]) -> Value {
        .array(ArrayValue(values.map { .int($0) }, elementType: .int))
    }
}

extension Value {
    /// A tuple (or an optional tuple) with the element labels of a declared tuple type.
    func relabeled(_ labels: [String?]) -> Value {
        switch self {
        case .tuple(let elements, _) where elements.count == labels.count:
            return .tuple(elements, labels: labels)
        case .optional(let wrapped?, .tuple(let types)) where types.count == labels.count:
            return .optional(wrapped.relabeled(labels), .tuple(types))
        default:
            return self
        }
    }
}

extension Value {
    /// The number of elements of an array or characters of a string; nil for other values.
    /// True for a `String` (or a `Character` or `Substring`, which cells hold as one).
    var isString: Bool {
        if case .string = self { return true }
        return false
    }

    var collectionCount: Int? {
        switch self {
        case .array(let array): return array.count
        case .string(let text): return text.count
        default: return nil
        }
    }
}

extension Value {
    /// The array inside, moved out and the value left `()`: the caller holds the only reference, so
    /// changing the array does not copy it. (A pattern match on the value keeps a second reference
    /// alive in some layouts, which made index writes in a loop quadratic.) Nil for other values.
    mutating func takeArray() -> ArrayValue? {
        guard case .array = self else { return nil }
        let taken = self
        self = .void
        switch consume taken {
        case .array(let array): return array
        default: return nil
        }
    }

    /// The dictionary inside, moved out and the value left `()` (as `takeArray()`). Nil for other values.
    mutating func takeDictionary() -> DictionaryValue? {
        guard case .dictionary = self else { return nil }
        let taken = self
        self = .void
        switch consume taken {
        case .dictionary(let dictionary): return dictionary
        default: return nil
        }
    }

    /// The key type of a dictionary value (read without keeping a reference to its entries).
    var dictionaryKeyType: TypeRef? {
        if case .dictionary(let dictionary) = self { return dictionary.keyType }
        return nil
    }

    /// The type of the element `self[index] op= x` changes when `self` is an array subscripted by one
    /// unlabeled index or a dictionary subscripted with `default:` (whose element is never optional);
    /// nil otherwise, or when the collection's element type is not known (`Any`).
    func elementTypeForCompoundAssignment(labels: [String?]) -> TypeRef? {
        switch self {
        case .array(let array) where labels == [nil]:
            return array.elementType == .any ? nil : array.elementType
        case .dictionary(let dictionary) where labels == [nil, "default"]:
            return dictionary.valueType == .any ? nil : dictionary.valueType
        default:
            return nil
        }
    }

    /// The string inside, moved out and the value left `()` (as `takeArray()`). Nil for other values.
    mutating func takeString() -> String? {
        guard case .string = self else { return nil }
        let taken = self
        self = .void
        switch consume taken {
        case .string(let text): return text
        default: return nil
        }
    }

    /// The element type of an array value (read without keeping a reference to its elements).
    var arrayElementType: TypeRef? {
        if case .array(let array) = self { return array.elementType }
        return nil
    }
}
