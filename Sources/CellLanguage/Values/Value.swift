/// A value computed by a cell: Swift's own types plus any library value the registry knows.
///
/// Collections hold `Value`s and are Swift value types, so copying a `Value` copies an array the way
/// Swift does (copy-on-write underneath).
public enum Value {
    /// `()`: what a call of a `Void` function evaluates to.
    case void
    case int(Int)
    /// A value of a fixed-width integer type other than `Int` (`UInt8`, `Int32` …).
    case integer(SizedInteger)
    case double(Double)
    /// `Float`: a 32-bit floating-point number, computed and printed as Swift's `Float`.
    case float(Float)
    case bool(Bool)
    case string(String)
    case array(ArrayValue)
    case dictionary(DictionaryValue)
    /// `Set<Element>`: distinct hashable elements.
    case set(SetValue)
    /// `lower..<upper` or `lower...upper` over `Int`.
    case range(RangeValue)
    /// `Wrapped?`: `nil` or a value, with the wrapped type kept so that `nil` still has a type.
    indirect case optional(Value?, TypeRef)
    /// An unlabeled or labeled tuple, e.g. from `enumerated()` or `for (key, value) in dictionary`.
    case tuple([Value], labels: [String?])
    /// A closure, a function declared in a cell, or a library function used as a value.
    case function(FunctionValue)
    /// A type used as a value: the base of `Double.pi`, `Dataset.fashionMNIST(count:)` or `Int("3")`.
    case metatype(TypeRef)
    /// A value of a library type (a network, a dataset, a figure ...) held opaquely, in one reference
    /// (`NativeValue`), so that copying a `Value` never copies an existential through its witnesses.
    case native(NativeValue)
    /// An instance of a structure declared in a cell.
    case record(RecordValue)
    /// An instance of a class declared in a cell (a reference).
    case object(ObjectValue)
    /// A value of an enumeration declared in a cell.
    case enumeration(EnumValue)

    /// The value's Swift type.
    public var type: TypeRef {
        switch self {
        case .void: return .void
        case .int: return .int
        case .integer(let integer): return integer.kind.type
        case .double: return .double
        case .float: return .float
        case .bool: return .bool
        case .string: return .string
        case .array(let array): return .array(array.elementType)
        case .dictionary(let dictionary): return .dictionary(dictionary.keyType, dictionary.valueType)
        case .set(let set): return .set(set.elementType)
        case .range(let range): return .named(range.isClosed ? "ClosedRange<Int>" : "Range<Int>")
        case .optional(_, let wrapped): return .optional(wrapped)
        case .tuple(let elements, _): return .tuple(elements.map(\.type))
        case .function(let function): return function.type
        case .metatype(let type): return .named("\(type).Type")
        case .native(let native): return .named(native.typeName)
        case .record(let record): return record.definition.type
        case .object(let object): return object.definition.type
        case .enumeration(let value): return value.definition.type
        }
    }

    /// What `print` shows, following Swift's `description` (Double as `1.0`, arrays as `[1, 2]`,
    /// strings inside collections quoted).
    public var description: String {
        switch self {
        case .void: return "()"
        case .int(let value): return String(value)
        case .integer(let integer): return integer.description
        case .double(let value): return String(describing: value)
        case .float(let value): return String(describing: value)
        case .bool(let value): return String(value)
        case .string(let value): return value
        case .array(let array): return "[" + array.elements.map(\.elementDescription).joined(separator: ", ") + "]"
        case .dictionary(let dictionary):
            if dictionary.entries.isEmpty { return "[:]" }
            return "[" + dictionary.entries.map { "\($0.key.elementDescription): \($0.value.elementDescription)" }
                .joined(separator: ", ") + "]"
        case .set(let set): return "[" + set.elements.map(\.elementDescription).joined(separator: ", ") + "]"
        case .range(let range): return "\(range.lower)\(range.isClosed ? "..." : "..<")\(range.upper)"
        case .optional(let wrapped, _):
            guard let wrapped else { return "nil" }
            return "Optional(\(wrapped.elementDescription))"
        case .tuple(let elements, let labels):
            let parts = zip(elements, labels).map { element, label in
                (label.map { "\($0): " } ?? "") + element.elementDescription
            }
            return "(" + parts.joined(separator: ", ") + ")"
        case .function(let function): return function.type.description
        case .metatype(let type): return type.printedName
        case .native(let native): return NativeDescriptions.describe(native)
        case .record, .object, .enumeration: return UserDescriptions.describe(self, qualified: false)
        }
    }

    /// How the value prints inside a collection, an optional or a tuple: its `debugDescription`, and a
    /// type named with its module (`[main.Circle, Swift.Int]`).
    var elementDescription: String {
        if case .metatype(let type) = self { return UserDescriptions.qualifiedName(type) }
        return debugDescription
    }

    /// What Swift's `debugDescription` (and a REPL) shows: strings quoted and escaped.
    public var debugDescription: String {
        switch self {
        case .string(let value): return value.debugDescription
        case .set: return "Set(\(description))"
        case .native(let native) where StringIndices.isStandardValue(native.object):
            // Swift's own values: their `debugDescription` (`"\u{203C}"`) inside collections and optionals.
            return String(reflecting: native.object)
        case .record, .object, .enumeration: return UserDescriptions.describe(self, qualified: true)
        default: return description
        }
    }

    /// True when the value is `()`.
    var isVoid: Bool {
        if case .void = self { return true }
        return false
    }
}

/// A dictionary value; entries keep insertion order so that printing is reproducible.
public struct DictionaryValue {
    public private(set) var entries: [(key: Value, value: Value)] = []
    private var positions: [HashableValue: Int] = [:]
    /// The key and value types, boxed together: held inline, two types would make every `Value`
    /// (whose size is its largest case's) bigger.
    private var types: DictionaryTypes
    public var keyType: TypeRef {
        get { types.key }
        set { types = .pair(newValue, valueType) }
    }
    public var valueType: TypeRef {
        get { types.value }
        set { types = .pair(keyType, newValue) }
    }

    public init(keyType: TypeRef, valueType: TypeRef) {
        types = .pair(keyType, valueType)
    }

    /// The value stored for `key`, or nil.
    public func value(for key: HashableValue) -> Value? {
        positions[key].map { entries[$0].value }
    }

    /// Moves the value for `key` out, leaving `()` in its place until it is set again.
    public mutating func takeValue(for key: HashableValue) -> Value? {
        guard let position = positions[key] else { return nil }
        var value = Value.void
        swap(&value, &entries[position].value)
        return value
    }

    /// Inserts or replaces the value for `key`; `nil` removes it, as Swift's subscript setter does.
    public mutating func set(_ value: Value?, for key: HashableValue, keyValue: Value) {
        if let position = positions[key] {
            if let value {
                entries[position].value = value
            } else {
                entries.remove(at: position)
                positions = [:]
                for (index, entry) in entries.enumerated() {
                    if let hashable = HashableValue(entry.key) { positions[hashable] = index }
                }
            }
        } else if let value {
            positions[key] = entries.count
            entries.append((keyValue, value))
        }
    }

    public var count: Int { entries.count }
}

/// A set value: distinct elements, each with its hash key. Swift leaves a set's order unspecified;
/// cells keep insertion order (a removal moves the last element into the gap), so printing is
/// reproducible and every operation is O(1).
public struct SetValue {
    public private(set) var elements: [Value] = []
    private var positions: [HashableValue: Int] = [:]
    /// Boxed, as a dictionary's types are, so that a `Value` stays small.
    private var type: ElementTypeBox

    public var elementType: TypeRef {
        get { type.type }
        set { type = .of(newValue) }
    }

    public init(elementType: TypeRef) {
        type = .of(elementType)
    }

    public var count: Int { elements.count }

    public func contains(_ key: HashableValue) -> Bool { positions[key] != nil }

    /// Inserts `element` (whose hash key is `key`) unless an equal element is present; returns
    /// whether it was inserted and the member now in the set, as `Set.insert` does.
    @discardableResult
    public mutating func insert(_ element: Value, key: HashableValue) -> (inserted: Bool, member: Value) {
        if let position = positions[key] { return (false, elements[position]) }
        positions[key] = elements.count
        elements.append(element)
        return (true, element)
    }

    /// Removes the element whose hash key is `key` and returns it, or nil when absent.
    public mutating func remove(_ key: HashableValue) -> Value? {
        guard let position = positions.removeValue(forKey: key) else { return nil }
        let removed = elements[position]
        let last = elements.removeLast()
        if position < elements.count {
            elements[position] = last
            if let lastKey = HashableValue(last) { positions[lastKey] = position }
        }
        return removed
    }

    public mutating func removeAll() {
        elements.removeAll()
        positions.removeAll()
    }
}

/// A set's element type in a box.
private indirect enum ElementTypeBox {
    case of(TypeRef)

    var type: TypeRef {
        switch self { case .of(let type): return type }
    }
}

/// A dictionary's key and value types in one box.
private indirect enum DictionaryTypes {
    case pair(TypeRef, TypeRef)

    var key: TypeRef {
        switch self { case .pair(let key, _): return key }
    }

    var value: TypeRef {
        switch self { case .pair(_, let value): return value }
    }
}

/// The values that can be dictionary keys or set elements: Swift's `Hashable` builtins.
public enum HashableValue: Hashable {
    case int(Int)
    case integer(SizedInteger)
    case double(Double)
    case float(Float)
    case bool(Bool)
    case string(String)
    /// `Optional` of a hashable type.
    indirect case optional(HashableValue?)
    /// A value of a cell type that is `Hashable` (an enumeration without associated values, or one
    /// declared `Hashable`, as a structure must be): its type, its case (or -1) and its parts, hashed
    /// and compared as Swift's synthesized conformance does.
    case user(ObjectIdentifier, Int, [HashableValue])
    /// An array of hashable elements.
    case array([HashableValue])

    /// The key form of `value`, or nil when its type is not `Hashable` in cells.
    public init?(_ value: Value) {
        switch value {
        case .int(let value): self = .int(value)
        case .integer(let value): self = .integer(value)
        case .double(let value): self = .double(value)
        case .float(let value): self = .float(value)
        case .bool(let value): self = .bool(value)
        case .string(let value): self = .string(value)
        case .optional(let wrapped, _):
            guard let wrapped else { self = .optional(nil); return }
            guard let key = HashableValue(wrapped) else { return nil }
            self = .optional(key)
        case .enumeration(let value):
            let definition = value.definition
            guard definition.conforms(to: "Hashable") || !definition.cases.contains(where: \.hasPayload),
                  let parts = HashableValue.keys(value.payload) else { return nil }
            self = .user(ObjectIdentifier(definition), value.caseIndex, parts)
        case .array(let array):
            guard let elements = HashableValue.keys(array.elements) else { return nil }
            self = .array(elements)
        case .record(let record):
            guard record.definition.conforms(to: "Hashable"), let parts = HashableValue.keys(record.fields) else { return nil }
            self = .user(ObjectIdentifier(record.definition), -1, parts)
        default: return nil
        }
    }

    private static func keys(_ values: [Value]) -> [HashableValue]? {
        var keys: [HashableValue] = []
        keys.reserveCapacity(values.count)
        for value in values {
            guard let key = HashableValue(value) else { return nil }
            keys.append(key)
        }
        return keys
    }
}

/// `lower..<upper` or `lower...upper`.
public struct RangeValue: Equatable {
    public var lower: Int
    public var upper: Int
    public var isClosed: Bool

    /// The number of elements, or nil when it does not fit in `Int` (e.g. `Int.min...Int.max`).
    public var count: Int? {
        let (difference, overflow) = upper.subtractingReportingOverflow(lower)
        if overflow { return nil }
        if isClosed {
            let (closed, overflowClosed) = difference.addingReportingOverflow(1)
            return overflowClosed ? nil : max(closed, 0)
        }
        return max(difference, 0)
    }

    /// The element at `offset` from the start (the caller checks the bounds).
    func element(at offset: Int) -> Int { lower &+ offset }
}

/// A library value held opaquely, with the Swift type name the registry describes it by.
///
/// A value type (changing a copy's `object` leaves the original alone) held in one reference, so that
/// a `Value` stays small and copying one is a retain, not a copy of an existential through its type's
/// witnesses (which was a third of a scalar loop's profile when the library value was held inline).
public struct NativeValue {
    private final class Storage {
        var typeName: String
        var object: Any

        init(typeName: String, object: Any) {
            self.typeName = typeName
            self.object = object
        }
    }

    private var storage: Storage

    public init(typeName: String, object: Any) {
        storage = Storage(typeName: typeName, object: object)
    }

    public var typeName: String {
        get { storage.typeName }
        set {
            makeUnique()
            storage.typeName = newValue
        }
    }

    public var object: Any {
        get { storage.object }
        set {
            makeUnique()
            storage.object = newValue
        }
    }

    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) {
            storage = Storage(typeName: storage.typeName, object: storage.object)
        }
    }
}
