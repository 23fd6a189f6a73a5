import SwiftSyntax

/// `Array`, `Dictionary` and ranges: initializers, properties, and the sequence methods that take
/// closures (`map`, `filter`, `reduce`, `sorted(by:)`, `forEach`, `contains(where:)`, `first(where:)` ...).
enum CollectionMembers {
    static func register(in registry: Registry) {
        registerArray(in: registry)
        registerSequenceMethods(of: "Array", in: registry)
        registerIndexSlices(in: registry)
        registerRanges(in: registry)
        registerDictionary(in: registry)
    }

    /// The elements of the receiver, which may be an array, a range, a dictionary or a string.
    static func elements(_ receiver: Value) throws -> ArrayValue {
        try Sequences.elements(of: receiver)
    }

    /// The elements of the receiver, which may also be an iterator or a cell type conforming to
    /// `Sequence` (whose elements the evaluator collects through its `next()`).
    static func elements(_ receiver: Value, _ context: CallContext) throws -> ArrayValue {
        if Iterators.isIterator(receiver) || context.evaluator.isUserSequence(receiver) {
            return try context.evaluator.userSequenceElements(receiver, node: nil)
        }
        return try Sequences.elements(of: receiver)
    }

    /// Calls `body` on each element of the receiver, lazily for ranges, checking for an interrupt
    /// before each element. `allocating` says the caller keeps a result per element (memory guard).
    static func each(_ receiver: Value, _ context: CallContext, allocating: Bool = false,
                     _ body: (Value) throws -> Bool) throws {
        if allocating, case .range(let range) = receiver {
            try context.checkAllocation(range.count ?? Int.max, of: "the result for \(receiver.description)")
        }
        try Sequences.iterate(receiver, node: nil, evaluator: context.evaluator) { element in
            try context.checkInterrupt()
            return try body(element)
        }
    }

    /// The element type of the receiver sequence.
    static func elementType(_ receiver: Value) -> TypeRef {
        switch receiver {
        case .array(let array): return array.elementType
        case .range: return .int
        case .string: return .string
        case .dictionary(let dictionary): return .tuple([dictionary.keyType, dictionary.valueType])
        case .set(let set): return set.elementType
        default: return .any
        }
    }

    /// The common type of computed elements (for `map`): the first element's, or `Any` when empty.
    static func array(_ values: [Value]) -> Value {
        guard let first = values.first else { return .array(ArrayValue([], elementType: .any)) }
        let type = first.type
        return .array(ArrayValue(values, elementType: values.allSatisfy { $0.type == type } ? type : .any))
    }

    static func predicate(_ function: Value, _ element: Value, _ context: CallContext) throws -> Bool {
        let result = try context.call(function, [element])
        guard case .bool(let truth) = result else {
            throw CellError(.compile, "cannot convert value of type '\(result.type)' to closure result type 'Bool'", position: nil)
        }
        return truth
    }

    static func registerArray(in registry: Registry) {
        registry.beginSection("Array")
        registry.declareType("Array", "struct Array<Element>",
                             documentation: "An ordered collection, `[Element]`. Indexing outside the array is an error, as it traps in Swift.")
        registry.add("init(repeating repeatedValue: Element, count: Int)", of: "Array",
                     documentation: "`count` copies of `repeatedValue`.") { _, arguments, context in
            let count = try arguments[1].asInt()
            try context.checkAllocation(count, of: "Array(repeating:count:)")
            return .array(ArrayValue(repeating: arguments[0], count: count, elementType: arguments[0].type))
        }
        registry.add("init<S: Sequence>(_ elements: S)", of: "Array",
                     documentation: "The elements of a sequence (a range, a string, a dictionary ...).") { _, arguments, context in
            .array(try elements(arguments[0], context))
        }
        registry.add("var count: Int { get }", of: "Array", documentation: "The number of elements.") { receiver, _, _ in
            .int(try receiver.asArray().count)
        }
        registry.add("var isEmpty: Bool { get }", of: "Array", documentation: "True when there are no elements.") { receiver, _, _ in
            .bool(try receiver.asArray().isEmpty)
        }
        registry.add("var first: Element? { get }", of: "Array", documentation: "The first element, or nil when empty.") { receiver, _, _ in
            let array = try receiver.asArray()
            return .optional(array.first, array.elementType)
        }
        registry.add("var last: Element? { get }", of: "Array", documentation: "The last element, or nil when empty.") { receiver, _, _ in
            let array = try receiver.asArray()
            return .optional(array.last, array.elementType)
        }
        registry.add("var indices: Range<Int> { get }", of: "Array", documentation: "The valid indices, `0..<count`.") { receiver, _, _ in
            .range(RangeValue(lower: 0, upper: try receiver.asArray().count, isClosed: false))
        }
        registry.add("mutating func append(_ newElement: Element)", of: "Array", documentation: "Adds an element at the end.") { receiver, arguments, context in
            guard var array = receiver.takeArray() else { _ = try receiver.asArray(); return .void }
            defer { receiver = .array(array) }
            try append(arguments[0], to: &array)
            return .void
        }
        registry.add("mutating func append(contentsOf newElements: [Element])", of: "Array",
                     documentation: "Adds the elements of another array at the end.") { receiver, arguments, context in
            var array = try receiver.asArray()
            let others = try arguments[0].asArray().elements.map { try converted($0, to: array.elementType) }
            try context.checkAllocation(array.count + others.count, of: "Array.append(contentsOf:)")
            receiver = .void
            array.append(contentsOf: others)
            receiver = .array(array)
            return .void
        }
        registry.add("mutating func insert(_ newElement: Element, at i: Int)", of: "Array",
                     documentation: "Inserts an element at position `i` (0...count).") { receiver, arguments, context in
            var array = try receiver.asArray()
            let index = try arguments[1].asInt()
            guard index >= 0 && index <= array.count else {
                throw CellError(.runtime, "Array index is out of range: insert at \(index) into an array of \(array.count) elements",
                                position: nil)
            }
            let element = try converted(arguments[0], to: array.elementType)
            try context.checkAllocation(array.count + 1, of: "Array.insert")
            receiver = .void
            array.insert(element, at: index)
            receiver = .array(array)
            return .void
        }
        registry.add("@discardableResult mutating func remove(at index: Int) -> Element", of: "Array",
                     documentation: "Removes and returns the element at `index`.") { receiver, arguments, _ in
            var array = try receiver.asArray()
            let index = try arguments[0].asInt()
            guard index >= 0 && index < array.count else {
                throw CellError(.runtime, "Index out of range: remove(at: \(index)) from an array of \(array.count) elements",
                                position: nil)
            }
            receiver = .void
            let removed = array.remove(at: index)
            receiver = .array(array)
            return removed
        }
        registry.add("@discardableResult mutating func removeLast() -> Element", of: "Array",
                     documentation: "Removes and returns the last element; an error when empty.") { receiver, _, _ in
            var array = try receiver.asArray()
            guard !array.isEmpty else {
                throw CellError(.runtime, "Can't remove last element from an empty collection", position: nil)
            }
            receiver = .void
            let removed = array.removeLast()
            receiver = .array(array)
            return removed
        }
        registry.add("@discardableResult mutating func removeFirst() -> Element", of: "Array",
                     documentation: "Removes and returns the first element; an error when empty.") { receiver, _, _ in
            var array = try receiver.asArray()
            guard !array.isEmpty else {
                throw CellError(.runtime, "Can't remove first element from an empty collection", position: nil)
            }
            receiver = .void
            let removed = array.removeFirst()
            receiver = .array(array)
            return removed
        }
        registry.add("mutating func removeAll()", of: "Array", documentation: "Removes every element.") { receiver, _, _ in
            var array = try receiver.asArray()
            array.removeAll()
            receiver = .array(array)
            return .void
        }
        registry.add("mutating func sort()", of: "Array", documentation: "Sorts the elements in place in increasing order.") { receiver, _, context in
            var array = try receiver.asArray()
            array.elements = try sortedElements(array.elements, by: nil, context: context)
            receiver = .array(array)
            return .void
        }
        registry.add("mutating func reverse()", of: "Array", documentation: "Reverses the elements in place.") { receiver, _, _ in
            var array = try receiver.asArray()
            array.reverse()
            receiver = .array(array)
            return .void
        }
        for name in ["firstIndex", "index"] {
            registry.add("func \(name)(of element: Element) -> Int?", of: "Array",
                         documentation: name == "index" ? "The older name of `firstIndex(of:)` (deprecated in Swift, still accepted)."
                                                        : "The first index whose element equals `element`, or nil.") { receiver, arguments, _ in
                let array = try receiver.asArray()
                for (index, element) in array.elements.enumerated() where try Equality.equal(element, arguments[0]) {
                    return .optional(.int(index), .int)
                }
                return .optional(nil, .int)
            }
        }
        registry.add("func firstIndex(where predicate: (Element) throws -> Bool) rethrows -> Int?", of: "Array",
                     documentation: "The first index whose element satisfies `predicate`, or nil.") { receiver, arguments, context in
            let array = try receiver.asArray()
            for (index, element) in array.elements.enumerated() where try predicate(arguments[0], element, context) {
                return .optional(.int(index), .int)
            }
            return .optional(nil, .int)
        }
        registry.add("func lastIndex(where predicate: (Element) throws -> Bool) rethrows -> Int?", of: "Array",
                     documentation: "The last index whose element satisfies `predicate`, or nil.") { receiver, arguments, context in
            let array = try receiver.asArray()
            for (index, element) in array.elements.enumerated().reversed() where try predicate(arguments[0], element, context) {
                return .optional(.int(index), .int)
            }
            return .optional(nil, .int)
        }
        registry.add("func last(where predicate: (Element) throws -> Bool) rethrows -> Element?", of: "Array",
                     documentation: "The last element that satisfies `predicate`, or nil.") { receiver, arguments, context in
            let array = try receiver.asArray()
            for element in array.reversed() where try predicate(arguments[0], element, context) {
                return .optional(element, array.elementType)
            }
            return .optional(nil, array.elementType)
        }
        registry.add("func joined(separator: String = \"\") -> String", of: "Array",
                     documentation: "The elements (strings) concatenated with `separator` between them; of an array of arrays, `joined()` is their elements in order.") { receiver, arguments, _ in
            if case .array(let elementType) = try receiver.asArray().elementType {
                // `[[1, 2], [3]].joined()`: the inner arrays' elements, one after another.
                var flattened: [Value] = []
                for element in try receiver.asArray().elements { flattened += try element.asArray().elements }
                return .array(ArrayValue(flattened, elementType: elementType))
            }
            let strings = try receiver.asArray().elements.map { try $0.asString() }
            return .string(strings.joined(separator: try arguments[0].asString()))
        }
        registry.add("subscript(index: Int) -> Element { get set }", of: "Array",
                     documentation: "The element at `index`; an error outside `0..<count`.", setter: { _, _, _ in
            throw LibraryUsageError("array elements are assigned by the evaluator")
        }) { receiver, arguments, _ in
            let array = try receiver.asArray()
            let index = try arguments[0].asInt()
            guard index >= 0 && index < array.count else {
                throw CellError(.runtime, "Index out of range: index \(index) of an array of \(array.count) elements", position: nil)
            }
            return array[index]
        }
    }

    /// `array.append(element)`: the element converted to the array's element type, the size checked,
    /// the array changed in place (amortised O(1)).
    static func append(_ element: Value, to array: inout ArrayValue) throws {
        let element = try converted(element, to: array.elementType)
        try MemoryGuard.check(elements: array.count + 1, what: "Array.append")
        array.append(element)
    }

    static func converted(_ value: Value, to type: TypeRef) throws -> Value {
        guard let result = Conversion.convert(value, to: type, literal: true) else {
            throw CellError(.compile, "cannot convert value of type '\(value.type)' to expected argument type '\(type)'", position: nil)
        }
        return result
    }

    static func sortedElements(_ elements: [Value], by comparator: Value?, context: CallContext) throws -> [Value] {
        var failure: Error?
        let sorted = elements.sorted { left, right in
            if failure != nil { return false }
            do {
                if let comparator { return try predicate2(comparator, left, right, context) }
                return try Ordering.less(left, right)
            } catch {
                failure = error
                return false
            }
        }
        if let failure { throw failure }
        return sorted
    }

    static func predicate2(_ function: Value, _ left: Value, _ right: Value, _ context: CallContext) throws -> Bool {
        let result = try context.call(function, [left, right])
        guard case .bool(let truth) = result else {
            throw CellError(.compile, "cannot convert value of type '\(result.type)' to closure result type 'Bool'", position: nil)
        }
        return truth
    }

    /// `prefix(upTo:)`, `prefix(through:)` and `suffix(from:)`: slices named by an index, which must lie
    /// in the array (Swift's trap otherwise).
    private static func registerIndexSlices(in registry: Registry) {
        registry.add("var startIndex: Int { get }", of: "Array", documentation: "The first index, 0.") { _, _, _ in .int(0) }
        registry.add("var endIndex: Int { get }", of: "Array", documentation: "The index after the last element, `count`.") { receiver, _, _ in
            .int(try elements(receiver).count)
        }
        registry.add("func index(after i: Int) -> Int", of: "Array", documentation: "`i + 1`.") { _, arguments, _ in
            try offset(try arguments[0].asInt(), by: 1)
        }
        registry.add("func index(before i: Int) -> Int", of: "Array", documentation: "`i - 1`.") { _, arguments, _ in
            try offset(try arguments[0].asInt(), by: -1)
        }
        registry.add("func index(_ i: Int, offsetBy distance: Int) -> Int", of: "Array", documentation: "`i + distance`.") { _, arguments, _ in
            try offset(try arguments[0].asInt(), by: try arguments[1].asInt())
        }
        registry.add("func prefix(upTo end: Int) -> [Element]", of: "Array",
                     documentation: "The elements before index `end` (`a[..<end]`).") { receiver, arguments, _ in
            let source = try elements(receiver)
            let end = try arguments[0].asInt()
            return try slice(source, 0, end, valid: end >= 0 && end <= source.count, "..<\(end)")
        }
        registry.add("func prefix(through position: Int) -> [Element]", of: "Array",
                     documentation: "The elements up to and including index `position` (`a[...position]`).") { receiver, arguments, _ in
            let source = try elements(receiver)
            let position = try arguments[0].asInt()
            return try slice(source, 0, position &+ 1, valid: position >= 0 && position < source.count, "...\(position)")
        }
        registry.add("func suffix(from start: Int) -> [Element]", of: "Array",
                     documentation: "The elements from index `start` on (`a[start...]`).") { receiver, arguments, _ in
            let source = try elements(receiver)
            let start = try arguments[0].asInt()
            return try slice(source, start, source.count, valid: start >= 0 && start <= source.count, "\(start)...")
        }
    }

    private static func offset(_ index: Int, by distance: Int) throws -> Value {
        let (moved, overflow) = index.addingReportingOverflow(distance)
        if overflow { throw Operators.overflow(index, "+", distance) }
        return .int(moved)
    }

    /// An operator error of an `Int` operand meeting a `Double` one (what an integer literal typed as
    /// `Int` too early runs into).
    static func isIntegerMeetingDouble(_ error: CellError) -> Bool {
        error.message.hasSuffix("operands of type 'Int' and 'Double'") || error.message.hasSuffix("operands of type 'Double' and 'Int'")
    }

    private static func slice(_ array: ArrayValue, _ lower: Int, _ upper: Int, valid: Bool, _ written: String) throws -> Value {
        guard valid else {
            throw CellError.runtime("Array index is out of range: \(written) of an array of \(array.count) elements")
        }
        return .array(array.slice(lower..<upper))
    }


    /// Methods every sequence has (arrays, and through `elements(_:)` ranges, dictionaries and sets).
    /// `excluding` names methods the owner declares its own way (a set's `filter` returns a set).
    static func registerSequenceMethods(of owner: String, in registry: Registry, excluding: Set<String> = []) {
        registry.add("func map<T>(_ transform: (Element) throws -> T) rethrows -> [T]", of: owner,
                     documentation: "The results of calling `transform` on each element.") { receiver, arguments, context in
            var results: [Value] = []
            try each(receiver, context, allocating: true) { element in
                results.append(try context.call(arguments[0], [element]))
                return true
            }
            return array(results)
        }
        registry.add("func compactMap<T>(_ transform: (Element) throws -> T?) rethrows -> [T]", of: owner,
                     documentation: "The non-nil results of calling `transform` on each element.") { receiver, arguments, context in
            var results: [Value] = []
            try each(receiver, context, allocating: true) { element in
                let result = try context.call(arguments[0], [element])
                if case .optional(let wrapped, _) = result {
                    if let wrapped { results.append(wrapped) }
                } else {
                    results.append(result)
                }
                return true
            }
            return array(results)
        }
        if !excluding.contains("filter") {
            registry.add("func filter(_ isIncluded: (Element) throws -> Bool) rethrows -> [Element]", of: owner,
                         documentation: "The elements that satisfy `isIncluded`, in order.") { receiver, arguments, context in
                var kept: [Value] = []
                try each(receiver, context, allocating: true) { element in
                    if try predicate(arguments[0], element, context) { kept.append(element) }
                    return true
                }
                return .array(ArrayValue(kept, elementType: elementType(receiver)))
            }
        }
        registry.add("func reduce<Result>(_ initialResult: Result, _ nextPartialResult: (Result, Element) throws -> Result) rethrows -> Result",
                     of: owner, documentation: "Combines the elements left to right, starting from `initialResult`.") { receiver, arguments, context in
            var accumulator = arguments[0]
            // An operator makes Result the element type, so `doubles.reduce(0, +)` starts from 0.0 and
            // `bytes.reduce(0, &+)` from a `UInt8`.
            if case .function(let function) = arguments[1], case .binaryOperator = function.body,
               case .int = accumulator, case let element = elementType(receiver), element != .int, element != .any,
               let converted = Conversion.convert(accumulator, to: element, literal: true) {
                accumulator = converted
            }
            let initial = accumulator
            var steps = 0
            do {
                try each(receiver, context) { element in
                    let next = try context.call(arguments[1], [accumulator, element])
                    accumulator = Conversion.convert(next, to: accumulator.type, literal: false) ?? next
                    steps += 1
                    return true
                }
            } catch let error as CellError where steps == 0 && Self.isIntegerMeetingDouble(error) {
                // `shapes.reduce(0) { $0 + $1.area }`: swiftc types the literal 0 by the closure, so
                // Result is Double; a closure that can only add a Double to it says so on its first call.
                guard case .int(let start) = initial else { throw error }
                accumulator = .double(Double(start))
                try each(receiver, context) { element in
                    let next = try context.call(arguments[1], [accumulator, element])
                    accumulator = Conversion.convert(next, to: accumulator.type, literal: false) ?? next
                    return true
                }
            }
            return accumulator
        }
        registry.add("func forEach(_ body: (Element) throws -> Void) rethrows", of: owner,
                     documentation: "Calls `body` on each element in order.") { receiver, arguments, context in
            try each(receiver, context) { element in
                _ = try context.call(arguments[0], [element])
                return true
            }
            return .void
        }
        registry.add("func sorted() -> [Element]", of: owner, documentation: "The elements in increasing order.") { receiver, _, context in
            let source = try elements(receiver, context)
            return .array(ArrayValue(try sortedElements(source.elements, by: nil, context: context), elementType: source.elementType))
        }
        registry.add("func sorted(by areInIncreasingOrder: (Element, Element) throws -> Bool) rethrows -> [Element]", of: owner,
                     documentation: "The elements ordered by `areInIncreasingOrder`.") { receiver, arguments, context in
            let source = try elements(receiver, context)
            return .array(ArrayValue(try sortedElements(source.elements, by: arguments[0], context: context),
                                     elementType: source.elementType))
        }
        if !excluding.contains("contains") {
            registry.add("func contains(_ element: Element) -> Bool", of: owner,
                         documentation: "True if some element equals `element`.") { receiver, arguments, context in
                if case .range(let range) = receiver, case .int(let value) = arguments[0] {
                    return .bool(value >= range.lower && (range.isClosed ? value <= range.upper : value < range.upper))
                }
                var target = arguments[0]
                // An integer literal takes the element type (`bytes.contains(98)` over `UInt8`s).
                if case .int = target, let elementType = Sequences.elementType(of: receiver), elementType != .int,
                   let converted = Conversion.convert(target, to: elementType, literal: true) {
                    target = converted
                }
                var found = false
                try each(receiver, context) { element in
                    found = try Equality.equal(element, target)
                    return !found
                }
                return .bool(found)
            }
        }
        registry.add("func contains(where predicate: (Element) throws -> Bool) rethrows -> Bool", of: owner,
                     documentation: "True if some element satisfies `predicate`.") { receiver, arguments, context in
            var found = false
            try each(receiver, context) { element in
                found = try predicate(arguments[0], element, context)
                return !found
            }
            return .bool(found)
        }
        registry.add("func count(where predicate: (Element) throws -> Bool) rethrows -> Int", of: owner,
                     documentation: "The number of elements that satisfy `predicate` (Swift 6).") { receiver, arguments, context in
            var count = 0
            try each(receiver, context) { element in
                if try predicate(arguments[0], element, context) { count += 1 }
                return true
            }
            return .int(count)
        }
        registry.add("func allSatisfy(_ predicate: (Element) throws -> Bool) rethrows -> Bool", of: owner,
                     documentation: "True if every element satisfies `predicate`.") { receiver, arguments, context in
            var all = true
            try each(receiver, context) { element in
                all = try predicate(arguments[0], element, context)
                return all
            }
            return .bool(all)
        }
        registry.add("func starts<PossiblePrefix: Sequence>(with possiblePrefix: PossiblePrefix) -> Bool", of: owner,
                     documentation: "True if the sequence begins with the elements of `possiblePrefix`, in order.") { receiver, arguments, context in
            let source = try elements(receiver, context), prefix = try elements(arguments[0], context)
            guard prefix.count <= source.count else { return .bool(false) }
            for (element, expected) in zip(source, prefix) where try !Equality.equal(element, expected) { return .bool(false) }
            return .bool(true)
        }
        registry.add("func elementsEqual<OtherSequence: Sequence>(_ other: OtherSequence) -> Bool", of: owner,
                     documentation: "True if both sequences have equal elements in the same order.") { receiver, arguments, context in
            let source = try elements(receiver, context), other = try elements(arguments[0], context)
            guard source.count == other.count else { return .bool(false) }
            for (element, expected) in zip(source, other) where try !Equality.equal(element, expected) { return .bool(false) }
            return .bool(true)
        }
        registry.add("func first(where predicate: (Element) throws -> Bool) rethrows -> Element?", of: owner,
                     documentation: "The first element that satisfies `predicate`, or nil.") { receiver, arguments, context in
            var found: Value?
            try each(receiver, context) { element in
                if try predicate(arguments[0], element, context) { found = element }
                return found == nil
            }
            return .optional(found, elementType(receiver))
        }
        registry.add("func min() -> Element?", of: owner, documentation: "The smallest element, or nil when empty.") { receiver, _, context in
            let source = try elements(receiver, context)
            var best: Value?
            for element in source.elements where try best == nil || Ordering.less(element, best!) { best = element }
            return .optional(best, source.elementType)
        }
        registry.add("func max() -> Element?", of: owner, documentation: "The largest element, or nil when empty.") { receiver, _, context in
            let source = try elements(receiver, context)
            var best: Value?
            for element in source.elements where try best == nil || Ordering.less(best!, element) { best = element }
            return .optional(best, source.elementType)
        }
        registry.add("func reversed() -> [Element]", of: owner, documentation: "The elements in reverse order.") { receiver, _, context in
            let source = try elements(receiver, context)
            return .array(source.reversedArray())
        }
        registry.add("func enumerated() -> [(offset: Int, element: Element)]", of: owner,
                     documentation: "Pairs `(offset, element)`, for `for (i, x) in xs.enumerated()`.") { receiver, _, context in
            let source = try elements(receiver, context)
            let pairs = source.elements.enumerated().map { Value.tuple([.int($0.offset), $0.element], labels: ["offset", "element"]) }
            return .array(ArrayValue(pairs, elementType: .tuple([.int, source.elementType])))
        }
        registry.add("func prefix(_ maxLength: Int) -> [Element]", of: owner,
                     documentation: "The first `maxLength` elements (fewer if the sequence is shorter).") { receiver, arguments, context in
            let length = try arguments[0].asInt()
            guard length >= 0 else { throw CellError(.runtime, "Can't take a prefix of negative length from a collection", position: nil) }
            if Iterators.isIterator(receiver) || context.evaluator.isUserSequence(receiver) {
                // An iterator or a cell sequence may be endless: only the first `length` are asked for.
                var taken: [Value] = []
                if length > 0 {
                    try each(receiver, context) { element in
                        taken.append(element)
                        return taken.count < length
                    }
                }
                return array(taken)
            }
            let source = try elements(receiver, context)
            return .array(source.slice(0..<Swift.min(length, source.count)))
        }
        registry.add("func prefix(while predicate: (Element) throws -> Bool) rethrows -> [Element]", of: owner,
                     documentation: "The elements before the first that does not satisfy `predicate`.") { receiver, arguments, context in
            if Iterators.isIterator(receiver) || context.evaluator.isUserSequence(receiver) {
                var taken: [Value] = []
                try each(receiver, context) { element in
                    guard try predicate(arguments[0], element, context) else { return false }
                    taken.append(element)
                    return true
                }
                return array(taken)
            }
            let source = try elements(receiver, context)
            var end = 0
            while end < source.count, try predicate(arguments[0], source[end], context) { end += 1 }
            return .array(source.slice(0..<end))
        }
        registry.add("func drop(while predicate: (Element) throws -> Bool) rethrows -> [Element]", of: owner,
                     documentation: "The elements from the first that does not satisfy `predicate` on.") { receiver, arguments, context in
            let source = try elements(receiver, context)
            var start = 0
            while start < source.count, try predicate(arguments[0], source[start], context) { start += 1 }
            return .array(source.slice(start..<source.count))
        }
        registry.add("func suffix(_ maxLength: Int) -> [Element]", of: owner,
                     documentation: "The last `maxLength` elements (fewer if the sequence is shorter).") { receiver, arguments, context in
            let source = try elements(receiver, context)
            let length = try arguments[0].asInt()
            guard length >= 0 else { throw CellError(.runtime, "Can't take a suffix of negative length from a collection", position: nil) }
            return .array(source.slice(Swift.max(0, source.count - length)..<source.count))
        }
        registry.add("func dropFirst(_ k: Int = 1) -> [Element]", of: owner,
                     documentation: "All but the first `k` elements.") { receiver, arguments, context in
            let source = try elements(receiver, context)
            let count = try arguments[0].asInt()
            guard count >= 0 else { throw CellError(.runtime, "Can't drop a negative number of elements from a collection", position: nil) }
            return .array(source.slice(Swift.min(count, source.count)..<source.count))
        }
        registry.add("func dropLast(_ k: Int = 1) -> [Element]", of: owner,
                     documentation: "All but the last `k` elements.") { receiver, arguments, context in
            let source = try elements(receiver, context)
            let count = try arguments[0].asInt()
            guard count >= 0 else { throw CellError(.runtime, "Can't drop a negative number of elements from a collection", position: nil) }
            return .array(source.slice(0..<Swift.max(0, source.count - count)))
        }
    }

    static func registerRanges(in registry: Registry) {
        registry.beginSection("Ranges", introduction: "`a..<b` and `a...b` over `Int`; iterated lazily by `for-in`.")
        for (owner, declaration) in [("Range", "struct Range<Bound>"), ("ClosedRange", "struct ClosedRange<Bound>")] {
            registry.declareType(owner, declaration,
                                 documentation: owner == "Range" ? "The integers `lowerBound..<upperBound`." : "The integers `lowerBound...upperBound`.")
            registry.add("var lowerBound: Int { get }", of: owner, documentation: "The first value (of a range of `String.Index`: its first index).") { receiver, _, _ in
                if let bounds = StringIndices.rangeBounds(receiver) { return StringIndices.value(bounds.lower) }
                guard case .range(let range) = receiver else { throw LibraryUsageError("expected a range") }
                return .int(range.lower)
            }
            registry.add("var upperBound: Int { get }", of: owner, documentation: "The bound at the end.") { receiver, _, _ in
                if let bounds = StringIndices.rangeBounds(receiver) { return StringIndices.value(bounds.upper) }
                guard case .range(let range) = receiver else { throw LibraryUsageError("expected a range") }
                return .int(range.upper)
            }
            registry.add("var count: Int { get }", of: owner, documentation: "The number of integers in the range.") { receiver, _, _ in
                guard case .range(let range) = receiver, let count = range.count else {
                    throw CellError(.runtime, "range has more elements than Int can count", position: nil)
                }
                return .int(count)
            }
            registry.add("var isEmpty: Bool { get }", of: owner, documentation: "True when the range holds no integer.") { receiver, _, _ in
                if let bounds = StringIndices.rangeBounds(receiver), owner == "Range" { return .bool(bounds.lower == bounds.upper) }
                guard case .range(let range) = receiver else { throw LibraryUsageError("expected a range") }
                return .bool(range.count == 0)
            }
            registerSequenceMethods(of: owner, in: registry)
        }
    }

    static func registerDictionary(in registry: Registry) {
        registry.beginSection("Dictionary", introduction: "`[Key: Value]`; iteration and printing follow insertion order.")
        registry.declareType("Dictionary", "struct Dictionary<Key: Hashable, Value>",
                             documentation: "Keys (Int, Double, String or Bool) mapped to values. `d[key]` is optional; `d[key, default: v]` is not.")
        registry.add("var count: Int { get }", of: "Dictionary", documentation: "The number of entries.") { receiver, _, _ in
            guard case .dictionary(let dictionary) = receiver else { throw LibraryUsageError("expected a dictionary") }
            return .int(dictionary.count)
        }
        registry.add("var isEmpty: Bool { get }", of: "Dictionary", documentation: "True when there are no entries.") { receiver, _, _ in
            guard case .dictionary(let dictionary) = receiver else { throw LibraryUsageError("expected a dictionary") }
            return .bool(dictionary.count == 0)
        }
        registry.add("var keys: [Key] { get }", of: "Dictionary", documentation: "The keys, in insertion order.") { receiver, _, _ in
            guard case .dictionary(let dictionary) = receiver else { throw LibraryUsageError("expected a dictionary") }
            return .array(ArrayValue(dictionary.entries.map(\.key), elementType: dictionary.keyType))
        }
        registry.add("var values: [Value] { get }", of: "Dictionary", documentation: "The values, in insertion order.") { receiver, _, _ in
            guard case .dictionary(let dictionary) = receiver else { throw LibraryUsageError("expected a dictionary") }
            return .array(ArrayValue(dictionary.entries.map(\.value), elementType: dictionary.valueType))
        }
        registry.add("@discardableResult mutating func removeValue(forKey key: Key) -> Value?", of: "Dictionary",
                     documentation: "Removes the entry for `key` and returns its value, or nil.") { receiver, arguments, _ in
            guard let key = HashableValue(arguments[0]), var dictionary = receiver.takeDictionary() else {
                throw LibraryUsageError("expected a dictionary and a hashable key")
            }
            let old = dictionary.value(for: key)
            dictionary.set(nil, for: key, keyValue: arguments[0])
            receiver = .dictionary(dictionary)
            return .optional(old, dictionary.valueType)
        }
        registry.add("func mapValues<T>(_ transform: (Value) throws -> T) rethrows -> [Key: T]", of: "Dictionary",
                     documentation: "The same keys, each value transformed by `transform`, in the same order.") { receiver, arguments, context in
            try transformedValues(of: receiver, by: arguments[0], droppingNil: false, context: context)
        }
        registry.add("func compactMapValues<T>(_ transform: (Value) throws -> T?) rethrows -> [Key: T]", of: "Dictionary",
                     documentation: "The keys whose value `transform` makes non-nil, with those values, in the same order.") { receiver, arguments, context in
            try transformedValues(of: receiver, by: arguments[0], droppingNil: true, context: context)
        }
        registry.add("func filter(_ isIncluded: ((key: Key, value: Value)) throws -> Bool) rethrows -> [Key: Value]", of: "Dictionary",
                     documentation: "The entries that satisfy `isIncluded`, as a dictionary, in the same order.") { receiver, arguments, context in
            guard case .dictionary(let dictionary) = receiver else { throw LibraryUsageError("expected a dictionary") }
            var kept = DictionaryValue(keyType: dictionary.keyType, valueType: dictionary.valueType)
            for entry in dictionary.entries {
                try context.checkInterrupt()
                let pair = Value.tuple([entry.key, entry.value], labels: ["key", "value"])
                guard try predicate(arguments[0], pair, context) else { continue }
                guard let key = HashableValue(entry.key) else { throw LibraryUsageError("expected a hashable key") }
                kept.set(entry.value, for: key, keyValue: entry.key)
            }
            return .dictionary(kept)
        }
        registerSequenceMethods(of: "Dictionary", in: registry, excluding: ["filter"])
    }

    /// `mapValues` and `compactMapValues`: each value transformed, the entries whose result is nil left
    /// out when `droppingNil` (and the others unwrapped).
    private static func transformedValues(of receiver: Value, by transform: Value, droppingNil: Bool,
                                          context: CallContext) throws -> Value {
        guard case .dictionary(let dictionary) = receiver else { throw LibraryUsageError("expected a dictionary") }
        var entries: [(key: Value, value: Value)] = []
        entries.reserveCapacity(dictionary.count)
        var valueType: TypeRef?
        for entry in dictionary.entries {
            try context.checkInterrupt()
            var value = try context.call(transform, [entry.value])
            if droppingNil, case .optional(let wrapped, _) = value {
                guard let wrapped else { continue }
                value = wrapped
            }
            valueType = valueType ?? value.type
            entries.append((entry.key, value))
        }
        var result = DictionaryValue(keyType: dictionary.keyType, valueType: valueType ?? .any)
        for entry in entries {
            guard let key = HashableValue(entry.key) else { throw LibraryUsageError("expected a hashable key") }
            result.set(entry.value, for: key, keyValue: entry.key)
        }
        return .dictionary(result)
    }
}
