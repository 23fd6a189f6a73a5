/// An array value with its element type (so `[]` declared as `[Double]` stays `[Double]`).
///
/// `[Double]` and `[Int]` hold their elements unboxed, 8 bytes each as Swift's own arrays do, instead of
/// as 32-byte `Value`s: a 10⁶-element `[Double]` built in a cell costs about its 8 MB. Every other element
/// type holds `Value`s. Which storage an array has follows from its element type alone (an element of
/// another kind, which the checks before it should never let through, turns the storage back into
/// `Value`s rather than being lost).
///
/// The array is a random-access, mutable collection of `Value`s; its mutating members change the storage
/// in place (amortised O(1) appends and O(1) element writes), so callers should use them rather than
/// rebuilding `elements`, which for unboxed storage boxes every element.
public struct ArrayValue: RandomAccessCollection, MutableCollection {
    enum Storage {
        case values([Value])
        case doubles([Double])
        case ints([Int])
    }

    private(set) var storage: Storage
    public private(set) var elementType: TypeRef

    public init(_ elements: [Value], elementType: TypeRef) {
        self.elementType = elementType
        storage = Self.store(elements, as: elementType)
    }

    /// `count` copies of `value`, without building them as `Value`s first when the storage is unboxed.
    public init(repeating value: Value, count: Int, elementType: TypeRef) {
        self.elementType = elementType
        switch (Self.unboxedKind(of: elementType), value) {
        case (.doubles, .double(let number)): storage = .doubles(Array(repeating: number, count: count))
        case (.ints, .int(let number)): storage = .ints(Array(repeating: number, count: count))
        default: storage = .values(Array(repeating: value, count: count))
        }
    }

    /// A `[Double]` of these numbers.
    public init(doubles: [Double]) {
        elementType = .double
        storage = .doubles(doubles)
    }

    /// A `[Int]` of these numbers.
    public init(ints: [Int]) {
        elementType = .int
        storage = .ints(ints)
    }

    private enum UnboxedKind { case doubles, ints, none }

    /// Which storage the array has (read without keeping a reference to it).
    private var storageKind: UnboxedKind {
        switch storage {
        case .doubles: return .doubles
        case .ints: return .ints
        case .values: return .none
        }
    }

    private static func unboxedKind(of type: TypeRef) -> UnboxedKind {
        if type == .double { return .doubles }
        if type == .int { return .ints }
        return .none
    }

    private static func store(_ elements: [Value], as type: TypeRef) -> Storage {
        switch unboxedKind(of: type) {
        case .doubles:
            var numbers: [Double] = []
            numbers.reserveCapacity(elements.count)
            for element in elements {
                guard case .double(let number) = element else { return .values(elements) }
                numbers.append(number)
            }
            return .doubles(numbers)
        case .ints:
            var numbers: [Int] = []
            numbers.reserveCapacity(elements.count)
            for element in elements {
                guard case .int(let number) = element else { return .values(elements) }
                numbers.append(number)
            }
            return .ints(numbers)
        case .none:
            return .values(elements)
        }
    }

    /// The elements as `Value`s. Reading boxes every element of unboxed storage (O(n)); changing it through
    /// this property stores the result again, so use the collection's own mutating members instead.
    public var elements: [Value] {
        get {
            switch storage {
            case .values(let values): return values
            case .doubles(let numbers): return numbers.map(Value.double)
            case .ints(let numbers): return numbers.map(Value.int)
            }
        }
        _modify {
            var values = takeValues()
            defer { storage = Self.store(values, as: elementType) }
            yield &values
        }
    }

    /// Moves the elements out as `Value`s, leaving the storage empty, so that the result is uniquely held.
    private mutating func takeValues() -> [Value] {
        let taken = Self.taken(&storage)
        switch consume taken {
        case .values(let values): return values
        case .doubles(let numbers): return numbers.map(Value.double)
        case .ints(let numbers): return numbers.map(Value.int)
        }
    }

    /// The numbers of a `[Double]` (or of a `[Int]`, converted), without boxing; nil for other arrays.
    public var doubles: [Double]? {
        switch storage {
        case .doubles(let numbers): return numbers
        case .ints(let numbers): return numbers.map(Double.init)
        case .values: return nil
        }
    }

    /// The numbers of a `[Int]`, without boxing; nil for other arrays.
    public var ints: [Int]? {
        if case .ints(let numbers) = storage { return numbers }
        return nil
    }

    // MARK: Collection

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .values(let values): return values.count
        case .doubles(let numbers): return numbers.count
        case .ints(let numbers): return numbers.count
        }
    }

    public var count: Int { endIndex }

    public var isEmpty: Bool { endIndex == 0 }

    public func index(after i: Int) -> Int { i + 1 }

    public func index(before i: Int) -> Int { i - 1 }

    /// The element at `position`, which the caller has checked is in `0..<count`.
    public subscript(position: Int) -> Value {
        get {
            switch storage {
            case .values(let values): return values[position]
            case .doubles(let numbers): return .double(numbers[position])
            case .ints(let numbers): return .int(numbers[position])
            }
        }
        set {
            // The storage is moved out before its case is matched, so the array changed is uniquely held
            // and changed in place (a match on `storage` itself can keep a second reference alive).
            let taken = Self.taken(&storage)
            switch consume taken {
            case .doubles(var numbers):
                if case .double(let number) = newValue {
                    numbers[position] = number
                    storage = .doubles(numbers)
                    return
                }
                storage = .doubles(numbers)
            case .ints(var numbers):
                if case .int(let number) = newValue {
                    numbers[position] = number
                    storage = .ints(numbers)
                    return
                }
                storage = .ints(numbers)
            case .values(var values):
                values[position] = newValue
                storage = .values(values)
                return
            }
            elements[position] = newValue
        }
    }

    /// `storage`'s contents, moved out and `storage` left empty: the result holds the only reference.
    @inline(__always)
    private static func taken(_ storage: inout Storage) -> Storage {
        var result = Storage.values([])
        swap(&result, &storage)
        return result
    }

    /// The elements in `bounds` (checked by the caller) as an array of the same element type and storage.
    public func slice(_ bounds: Range<Int>) -> ArrayValue {
        var result = self
        switch storage {
        case .values(let values): result.storage = .values(Array(values[bounds]))
        case .doubles(let numbers): result.storage = .doubles(Array(numbers[bounds]))
        case .ints(let numbers): result.storage = .ints(Array(numbers[bounds]))
        }
        return result
    }

    /// The elements in reverse order, with the same element type and storage.
    public func reversedArray() -> ArrayValue {
        var result = self
        result.reverse()
        return result
    }

    // MARK: Changing the elements in place

    /// Runs `body` on the storage's own array, held uniquely, so changes are made in place.
    private mutating func mutate<Result>(doubles: (inout [Double]) throws -> Result,
                                         ints: (inout [Int]) throws -> Result,
                                         boxed: (inout [Value]) throws -> Result) rethrows -> Result {
        if case .values = storage {
            var boxedValues = takeValues()
            defer { storage = Self.store(boxedValues, as: elementType) }
            return try boxed(&boxedValues)
        }
        let taken = Self.taken(&storage)
        switch consume taken {
        case .doubles(var numbers):
            defer { storage = .doubles(numbers) }
            return try doubles(&numbers)
        case .ints(var numbers):
            defer { storage = .ints(numbers) }
            return try ints(&numbers)
        case .values(var values):
            defer { storage = .values(values) }
            return try boxed(&values)
        }
    }

    public mutating func append(_ element: Value) {
        let taken = Self.taken(&storage)
        switch consume taken {
        case .doubles(var numbers):
            if case .double(let number) = element {
                numbers.append(number)
                storage = .doubles(numbers)
                return
            }
            storage = .doubles(numbers)
        case .ints(var numbers):
            if case .int(let number) = element {
                numbers.append(number)
                storage = .ints(numbers)
                return
            }
            storage = .ints(numbers)
        case .values(var values):
            values.append(element)
            storage = .values(values)
            return
        }
        elements.append(element)
    }

    /// The elements of `other` held as this array's element type holds them (unboxed when they fit).
    private func stored(like other: ArrayValue) -> ArrayValue {
        other.elementType == elementType ? other : ArrayValue(other.elements, elementType: elementType)
    }

    public mutating func append(contentsOf other: ArrayValue) {
        let other = stored(like: other)
        let kind = storageKind
        if kind == .doubles, case .doubles(let more) = other.storage {
            mutate(doubles: { $0.append(contentsOf: more) }, ints: { _ in }, boxed: { _ in })
        } else if kind == .ints, case .ints(let more) = other.storage {
            mutate(doubles: { _ in }, ints: { $0.append(contentsOf: more) }, boxed: { _ in })
        } else {
            elements.append(contentsOf: other.elements)
        }
    }

    public mutating func append(contentsOf others: [Value]) {
        append(contentsOf: ArrayValue(others, elementType: elementType))
    }

    public mutating func insert(_ element: Value, at index: Int) {
        replaceSubrange(index..<index, with: ArrayValue([element], elementType: elementType))
    }

    @discardableResult
    public mutating func remove(at index: Int) -> Value {
        mutate(doubles: { .double($0.remove(at: index)) },
               ints: { .int($0.remove(at: index)) },
               boxed: { $0.remove(at: index) })
    }

    /// Removes the last element, which the caller has checked exists.
    @discardableResult
    public mutating func removeLast() -> Value {
        mutate(doubles: { .double($0.removeLast()) }, ints: { .int($0.removeLast()) }, boxed: { $0.removeLast() })
    }

    /// Removes the first element, which the caller has checked exists.
    @discardableResult
    public mutating func removeFirst() -> Value {
        mutate(doubles: { .double($0.removeFirst()) }, ints: { .int($0.removeFirst()) }, boxed: { $0.removeFirst() })
    }

    public mutating func popLast() -> Value? {
        isEmpty ? nil : removeLast()
    }

    public mutating func removeAll() {
        mutate(doubles: { $0.removeAll() }, ints: { $0.removeAll() }, boxed: { $0.removeAll() })
    }

    public mutating func reverse() {
        mutate(doubles: { $0.reverse() }, ints: { $0.reverse() }, boxed: { $0.reverse() })
    }

    public mutating func swapAt(_ i: Int, _ j: Int) {
        mutate(doubles: { $0.swapAt(i, j) }, ints: { $0.swapAt(i, j) }, boxed: { $0.swapAt(i, j) })
    }

    public mutating func reserveCapacity(_ minimumCapacity: Int) {
        mutate(doubles: { $0.reserveCapacity(minimumCapacity) }, ints: { $0.reserveCapacity(minimumCapacity) },
               boxed: { $0.reserveCapacity(minimumCapacity) })
    }

    /// Replaces the elements in `bounds` (checked by the caller) with those of `replacement`.
    public mutating func replaceSubrange(_ bounds: Range<Int>, with replacement: ArrayValue) {
        let replacement = stored(like: replacement)
        let kind = storageKind
        if kind == .doubles, case .doubles(let new) = replacement.storage {
            mutate(doubles: { $0.replaceSubrange(bounds, with: new) }, ints: { _ in }, boxed: { _ in })
        } else if kind == .ints, case .ints(let new) = replacement.storage {
            mutate(doubles: { _ in }, ints: { $0.replaceSubrange(bounds, with: new) }, boxed: { _ in })
        } else {
            elements.replaceSubrange(bounds, with: replacement.elements)
        }
    }
}
