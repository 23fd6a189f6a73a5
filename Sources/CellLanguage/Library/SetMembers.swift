/// `Set<Element>`: initializers, membership, the set algebra (`union`, `intersection`, `subtracting`,
/// `symmetricDifference` and their mutating forms), the subset relations, and the sequence methods.
enum SetMembers {
    static func register(in registry: Registry) {
        registry.beginSection("Set", introduction: "`Set<Element>`: distinct `Hashable` elements (numbers, strings, Booleans, optionals of them, "
                              + "enumerations without associated values, and cell types declared `Hashable`). Swift leaves a set's order "
                              + "unspecified; cells keep insertion order, so use `sorted()` where order matters, as in Swift.")
        registry.declareType("Set", "struct Set<Element: Hashable>",
                             documentation: "An unordered collection of distinct elements; `let s: Set = [1, 2]` or `Set<Int>()`. Membership is O(1).")
        registerInitializers(in: registry)
        registerMembership(in: registry)
        registerAlgebra(in: registry)
        registerRelations(in: registry)
        registry.add("func filter(_ isIncluded: (Element) throws -> Bool) rethrows -> Set<Element>", of: "Set",
                     documentation: "The elements that satisfy `isIncluded`, as a set.") { receiver, arguments, context in
            let source = try set(receiver)
            var kept = SetValue(elementType: source.elementType)
            for element in source.elements {
                try context.checkInterrupt()
                if try CollectionMembers.predicate(arguments[0], element, context) { try insert(element, into: &kept) }
            }
            return .set(kept)
        }
        CollectionMembers.registerSequenceMethods(of: "Set", in: registry, excluding: ["filter", "contains"])
    }

    // MARK: Helpers

    static func set(_ value: Value) throws -> SetValue {
        if case .set(let set) = value { return set }
        throw LibraryUsageError("expected a set, got '\(value.type)'")
    }

    static func key(_ value: Value) throws -> HashableValue {
        guard let key = HashableValue(value) else {
            throw CellError(.compile, "type '\(value.type)' does not conform to protocol 'Hashable'", position: nil)
        }
        return key
    }

    /// `value` as an element of `set` (an integer literal becomes a `Double` in a `Set<Double>`).
    static func element(_ value: Value, of set: SetValue) throws -> Value {
        if set.elementType == .any { return value }
        return try CollectionMembers.converted(value, to: set.elementType)
    }

    static func insert(_ value: Value, into set: inout SetValue) throws {
        let element = try element(value, of: set)
        set.insert(element, key: try key(element))
    }

    /// The elements of any sequence argument (a set, an array, a range, a string).
    static func members(_ value: Value) throws -> [Value] {
        if case .set(let set) = value { return set.elements }
        return try Sequences.elements(of: value).elements
    }

    /// The hash keys of a sequence argument's elements, converted to `set`'s element type.
    static func keys(_ value: Value, like set: SetValue) throws -> Set<HashableValue> {
        var keys = Set<HashableValue>()
        for member in try members(value) { keys.insert(try key(try element(member, of: set))) }
        return keys
    }

    /// Changes the set in `receiver` in place: `receiver` is emptied first, so the set's storage is
    /// uniquely referenced and the change does not copy it.
    static func mutate<T>(_ receiver: inout Value, _ change: (inout SetValue) throws -> T) throws -> T {
        var value = try set(receiver)
        receiver = .void
        defer { receiver = .set(value) }
        return try change(&value)
    }

    // MARK: Members

    static func registerInitializers(in registry: Registry) {
        registry.add("init()", of: "Set", documentation: "An empty set; its element type comes from the context (`var s: Set<Int> = Set()`).") { _, _, _ in
            .set(SetValue(elementType: .any))
        }
        registry.add("init<S: Sequence>(_ sequence: S)", of: "Set",
                     documentation: "The distinct elements of a sequence (an array, a range, a string ...).") { _, arguments, context in
            let source = try Sequences.elements(of: arguments[0])
            var result = SetValue(elementType: source.elementType)
            for element in source.elements {
                try context.checkInterrupt()
                result.insert(element, key: try key(element))
            }
            return .set(result)
        }
    }

    static func registerMembership(in registry: Registry) {
        registry.add("var count: Int { get }", of: "Set", documentation: "The number of elements.") { receiver, _, _ in
            .int(try set(receiver).count)
        }
        registry.add("var isEmpty: Bool { get }", of: "Set", documentation: "True when the set has no elements.") { receiver, _, _ in
            .bool(try set(receiver).count == 0)
        }
        registry.add("var first: Element? { get }", of: "Set", documentation: "An element of the set, or nil when it is empty.") { receiver, _, _ in
            let source = try set(receiver)
            return .optional(source.elements.first, source.elementType)
        }
        registry.add("func contains(_ member: Element) -> Bool", of: "Set", documentation: "True if `member` is in the set (O(1)).") { receiver, arguments, _ in
            let source = try set(receiver)
            guard let key = HashableValue(try element(arguments[0], of: source)) else { return .bool(false) }
            return .bool(source.contains(key))
        }
        registry.add("@discardableResult mutating func insert(_ newMember: Element) -> (inserted: Bool, memberAfterInsert: Element)", of: "Set",
                     documentation: "Adds `newMember` unless an equal element is present; returns whether it was added and the member now in the set.") { receiver, arguments, context in
            let count = try set(receiver).count
            try context.checkAllocation(count + 1, of: "Set.insert")
            return try mutate(&receiver) { set in
                let member = try element(arguments[0], of: set)
                let (inserted, present) = set.insert(member, key: try key(member))
                return .tuple([.bool(inserted), present], labels: ["inserted", "memberAfterInsert"])
            }
        }
        registry.add("@discardableResult mutating func remove(_ member: Element) -> Element?", of: "Set",
                     documentation: "Removes `member` and returns it, or nil when it was not in the set.") { receiver, arguments, _ in
            try mutate(&receiver) { set in
                let removed = set.remove(try key(try element(arguments[0], of: set)))
                return .optional(removed, set.elementType)
            }
        }
        registry.add("@discardableResult mutating func removeFirst() -> Element", of: "Set",
                     documentation: "Removes and returns an element; an error when the set is empty.") { receiver, _, _ in
            try mutate(&receiver) { set in
                guard let first = set.elements.first else {
                    throw CellError(.runtime, "Can't removeFirst from an empty Set", position: nil)
                }
                _ = set.remove(try key(first))
                return first
            }
        }
        registry.add("mutating func removeAll()", of: "Set", documentation: "Removes every element.") { receiver, _, _ in
            try mutate(&receiver) { set in set.removeAll() }
            return .void
        }
    }

    static func registerAlgebra(in registry: Registry) {
        registry.add("func union<S: Sequence>(_ other: S) -> Set<Element>", of: "Set",
                     documentation: "The elements of the set and of `other`.") { receiver, arguments, context in
            var result = try set(receiver)
            let others = try members(arguments[0])
            try context.checkAllocation(result.count + others.count, of: "Set.union")
            for member in others { try insert(member, into: &result) }
            return .set(result)
        }
        registry.add("mutating func formUnion<S: Sequence>(_ other: S)", of: "Set",
                     documentation: "Adds the elements of `other`.") { receiver, arguments, context in
            let others = try members(arguments[0])
            try context.checkAllocation(try set(receiver).count + others.count, of: "Set.formUnion")
            try mutate(&receiver) { set in
                for member in others { try insert(member, into: &set) }
            }
            return .void
        }
        registry.add("func intersection<S: Sequence>(_ other: S) -> Set<Element>", of: "Set",
                     documentation: "The elements of the set that are also in `other`.") { receiver, arguments, _ in
            let source = try set(receiver)
            return .set(try kept(source, keys: try keys(arguments[0], like: source), present: true))
        }
        registry.add("mutating func formIntersection<S: Sequence>(_ other: S)", of: "Set",
                     documentation: "Keeps only the elements that are also in `other`.") { receiver, arguments, _ in
            let source = try set(receiver)
            receiver = .set(try kept(source, keys: try keys(arguments[0], like: source), present: true))
            return .void
        }
        registry.add("func subtracting<S: Sequence>(_ other: S) -> Set<Element>", of: "Set",
                     documentation: "The elements of the set that are not in `other`.") { receiver, arguments, _ in
            let source = try set(receiver)
            return .set(try kept(source, keys: try keys(arguments[0], like: source), present: false))
        }
        registry.add("mutating func subtract<S: Sequence>(_ other: S)", of: "Set",
                     documentation: "Removes the elements that are in `other`.") { receiver, arguments, _ in
            let source = try set(receiver)
            receiver = .set(try kept(source, keys: try keys(arguments[0], like: source), present: false))
            return .void
        }
        registry.add("func symmetricDifference<S: Sequence>(_ other: S) -> Set<Element>", of: "Set",
                     documentation: "The elements in exactly one of the set and `other`.") { receiver, arguments, _ in
            .set(try symmetricDifference(try set(receiver), arguments[0]))
        }
        registry.add("mutating func formSymmetricDifference<S: Sequence>(_ other: S)", of: "Set",
                     documentation: "Keeps the elements in exactly one of the set and `other`.") { receiver, arguments, _ in
            receiver = .set(try symmetricDifference(try set(receiver), arguments[0]))
            return .void
        }
    }

    /// The elements of `source` whose keys are (`present`) or are not in `keys`, in `source`'s order.
    static func kept(_ source: SetValue, keys: Set<HashableValue>, present: Bool) throws -> SetValue {
        var result = SetValue(elementType: source.elementType)
        for element in source.elements {
            let key = try key(element)
            if keys.contains(key) == present { result.insert(element, key: key) }
        }
        return result
    }

    static func symmetricDifference(_ source: SetValue, _ other: Value) throws -> SetValue {
        var result = source
        var seen = Set<HashableValue>()
        for member in try members(other) {
            let element = try element(member, of: source)
            let key = try key(element)
            guard seen.insert(key).inserted else { continue }
            if source.contains(key) { _ = result.remove(key) } else { result.insert(element, key: key) }
        }
        return result
    }

    static func registerRelations(in registry: Registry) {
        let relations: [(String, String, (_ own: Int, _ other: Int, _ shared: Int) -> Bool)] = [
            ("func isSubset<S: Sequence>(of possibleSuperset: S) -> Bool", "True when every element is also in `possibleSuperset`.",
             { own, _, shared in shared == own }),
            ("func isStrictSubset<S: Sequence>(of possibleStrictSuperset: S) -> Bool", "True when the set is a subset of, and not equal to, the other.",
             { own, other, shared in shared == own && other > own }),
            ("func isSuperset<S: Sequence>(of possibleSubset: S) -> Bool", "True when every element of `possibleSubset` is in the set.",
             { _, other, shared in shared == other }),
            ("func isStrictSuperset<S: Sequence>(of possibleStrictSubset: S) -> Bool", "True when the set is a superset of, and not equal to, the other.",
             { own, other, shared in shared == other && own > other }),
            ("func isDisjoint<S: Sequence>(with other: S) -> Bool", "True when the set and `other` have no element in common.",
             { _, _, shared in shared == 0 }),
        ]
        for (declaration, documentation, holds) in relations {
            registry.add(declaration, of: "Set", documentation: documentation) { receiver, arguments, _ in
                let source = try set(receiver)
                let others = try keys(arguments[0], like: source)
                let shared = others.filter(source.contains).count
                return .bool(holds(source.count, others.count, shared))
            }
        }
    }
}
