import Foundation

/// The members of `Array`, `Dictionary` and `String` that everyday Swift reaches for beyond the
/// closures of `CollectionMembers`: `reduce(into:)`, `min(by:)`, `max(by:)`, `sort(by:)`, `swapAt`,
/// `popLast`, `removeAll(where:)`, `partition(by:)`, `updateValue(_:forKey:)`, `merge(_:uniquingKeysWith:)`,
/// `Dictionary(grouping:by:)`, strings as
/// sequences of characters, and `swap(_:_:)`.
enum EverydayCollectionMembers {
    static func register(in registry: Registry) {
        registry.beginSection("Everyday collection members")
        registerArray(in: registry)
        registerDictionary(in: registry)
        registerString(in: registry)
        registerDescriptions(in: registry)
        registerLazy(in: registry)
    }

    /// `xs.lazy`: cells have no lazy views, so `(1...5).lazy.map { … }` computes its elements at once;
    /// what a finite sequence gives is the same.
    private static func registerLazy(in registry: Registry) {
        for owner in ["Array", "Range", "ClosedRange", "Set"] {
            registry.add("var lazy: [Element] { get }", of: owner,
                         documentation: "The elements, for `lazy.map`, `lazy.filter` and the like; cells compute them at once (the same elements as Swift's lazy view of a finite sequence).") { receiver, _, context in
                .array(try CollectionMembers.elements(receiver, context))
            }
        }
    }

    /// `description` of the standard collections and ranges: the text `print` writes for them.
    private static func registerDescriptions(in registry: Registry) {
        for owner in ["Array", "Dictionary", "Set", "Range", "ClosedRange", "String", "Character"] {
            registry.add("var description: String { get }", of: owner, documentation: "The text `print` writes for the value.") { receiver, _, _ in
                if case .string(let text) = receiver { return .string(text) }
                return .string(receiver.description)
            }
        }
    }

    private static func best(_ receiver: Value, _ areInIncreasingOrder: Value, context: CallContext, largest: Bool) throws -> Value {
        let source = try CollectionMembers.elements(receiver)
        var best: Value?
        for element in source.elements {
            try context.checkInterrupt()
            guard let current = best else { best = element; continue }
            let first = largest ? current : element
            let second = largest ? element : current
            guard case .bool(let before) = try context.call(areInIncreasingOrder, [first, second]) else {
                throw CellError(.compile, "the ordering closure must return a Bool", position: nil)
            }
            if before { best = element }
        }
        return .optional(best, source.elementType)
    }

    static func registerArray(in registry: Registry) {
        for owner in ["Array", "String", "Dictionary", "Set", "Range", "ClosedRange"] {
            registry.add("func reduce<Result>(into initialResult: Result, _ updateAccumulatingResult: (inout Result, Element) throws -> ()) rethrows -> Result",
                         of: owner, documentation: "Combines the elements into `initialResult`, which the closure changes in place.") { receiver, arguments, context in
                var accumulator = arguments[0]
                try CollectionMembers.each(receiver, context) { element in
                    accumulator = try context.callUpdating(arguments[1], &accumulator, element)
                    return true
                }
                return accumulator
            }
            registry.add("func min(by areInIncreasingOrder: (Element, Element) throws -> Bool) rethrows -> Element?", of: owner,
                         documentation: "The smallest element by `areInIncreasingOrder`, or nil when empty.") { receiver, arguments, context in
                try best(receiver, arguments[0], context: context, largest: false)
            }
            registry.add("func max(by areInIncreasingOrder: (Element, Element) throws -> Bool) rethrows -> Element?", of: owner,
                         documentation: "The largest element by `areInIncreasingOrder`, or nil when empty.") { receiver, arguments, context in
                try best(receiver, arguments[0], context: context, largest: true)
            }
        }
        registry.add("mutating func sort(by areInIncreasingOrder: (Element, Element) throws -> Bool) rethrows", of: "Array",
                     documentation: "Sorts the elements in place by `areInIncreasingOrder`.") { receiver, arguments, context in
            var array = try receiver.asArray()
            receiver = .void
            defer { receiver = .array(array) }
            array.elements = try CollectionMembers.sortedElements(array.elements, by: arguments[0], context: context)
            return .void
        }
        registry.add("mutating func swapAt(_ i: Int, _ j: Int)", of: "Array", documentation: "Exchanges the elements at `i` and `j`.") { receiver, arguments, _ in
            var array = try receiver.asArray()
            let i = try arguments[0].asInt(), j = try arguments[1].asInt()
            guard array.indices.contains(i), array.indices.contains(j) else {
                throw CellError(.runtime, "Fatal error: Index out of range", position: nil)
            }
            receiver = .void
            array.swapAt(i, j)
            receiver = .array(array)
            return .void
        }
        registry.add("mutating func popLast() -> Element?", of: "Array", documentation: "Removes and returns the last element, or nil when empty.") { receiver, _, _ in
            var array = try receiver.asArray()
            receiver = .void
            let last = array.popLast()
            receiver = .array(array)
            return .optional(last, array.elementType)
        }
        registry.add("mutating func removeAll(where shouldBeRemoved: (Element) throws -> Bool) rethrows", of: "Array",
                     documentation: "Removes the elements that satisfy `shouldBeRemoved`.") { receiver, arguments, context in
            var array = try receiver.asArray()
            receiver = .void
            defer { receiver = .array(array) }
            var kept: [Value] = []
            for element in array.elements where try !CollectionMembers.predicate(arguments[0], element, context) { kept.append(element) }
            array.elements = kept
            return .void
        }
        registry.add("mutating func partition(by belongsInSecondPartition: (Element) throws -> Bool) rethrows -> Int", of: "Array",
                     documentation: "Reorders the elements so that those satisfying `belongsInSecondPartition` come last, as Swift's algorithm orders them, and returns the index of the first of them.") { receiver, arguments, context in
            var array = try receiver.asArray()
            receiver = .void
            defer { receiver = .array(array) }
            var elements = array.elements
            defer { array.elements = elements }
            // The standard library's algorithm: from the front, find an element of the second
            // partition; from the back, one of the first; swap them; repeat until the ends meet.
            var low = 0, high = elements.count
            while true {
                while true {
                    if low == high { return .int(low) }
                    if try CollectionMembers.predicate(arguments[0], elements[low], context) { break }
                    low += 1
                }
                while true {
                    high -= 1
                    if low == high { return .int(low) }
                    if try !CollectionMembers.predicate(arguments[0], elements[high], context) { break }
                }
                elements.swapAt(low, high)
                low += 1
            }
        }
        registry.add("func flatMap<T>(_ transform: (Element) throws -> [T]) rethrows -> [T]", of: "Array",
                     documentation: "The arrays `transform` returns for each element, joined.") { receiver, arguments, context in
            var results: [Value] = []
            try CollectionMembers.each(receiver, context, allocating: true) { element in
                let part = try context.call(arguments[0], [element])
                guard case .array(let array) = part else {
                    throw CellError(.compile, "flatMap's closure must return an array, not '\(part.type)'", position: nil)
                }
                results.append(contentsOf: array.elements)
                return true
            }
            return CollectionMembers.array(results)
        }
        registry.add("func lastIndex(of element: Element) -> Int?", of: "Array",
                     documentation: "The last position of `element`, or nil.") { receiver, arguments, _ in
            let array = try receiver.asArray()
            let index = try array.lastIndex { try Equality.equal($0, arguments[0]) }
            return .optional(index.map { .int($0) }, .int)
        }
    }

    /// `other`'s entries (a dictionary, or a sequence of `(key, value)` pairs) stored into `dictionary`,
    /// in their order; a key already there keeps `combine(current, new)`.
    private static func merge(_ other: Value, into dictionary: inout DictionaryValue, combine: Value, context: CallContext) throws {
        let entries: [(Value, Value)]
        if case .dictionary(let source) = other {
            entries = source.entries.map { ($0.key, $0.value) }
        } else {
            entries = try CollectionMembers.elements(other, context).elements.map { pair in
                guard case .tuple(let parts, _) = pair, parts.count == 2 else {
                    throw CellError(.compile, "merge takes a dictionary or (key, value) pairs", position: nil)
                }
                return (parts[0], parts[1])
            }
        }
        for (rawKey, rawValue) in entries {
            try context.checkInterrupt()
            guard let key = Conversion.convert(rawKey, to: dictionary.keyType, literal: true), let hashable = HashableValue(key),
                  let value = Conversion.convert(rawValue, to: dictionary.valueType, literal: true) else {
                throw CellError(.compile, "cannot merge an entry of type (\(rawKey.type), \(rawValue.type)) into [\(dictionary.keyType): \(dictionary.valueType)]",
                                position: nil)
            }
            if let current = dictionary.value(for: hashable) {
                let combined = try context.call(combine, [current, value])
                dictionary.set(Conversion.convert(combined, to: dictionary.valueType, literal: false) ?? combined, for: hashable, keyValue: key)
            } else {
                dictionary.set(value, for: hashable, keyValue: key)
            }
        }
    }

    static func registerDictionary(in registry: Registry) {
        registry.add("@discardableResult mutating func updateValue(_ value: Value, forKey key: Key) -> Value?", of: "Dictionary",
                     documentation: "Stores `value` for `key`; returns the value it replaced, or nil.") { receiver, arguments, _ in
            guard var dictionary = receiver.takeDictionary() else { throw LibraryUsageError("expected a dictionary") }
            guard let key = Conversion.convert(arguments[1], to: dictionary.keyType, literal: true), let hashable = HashableValue(key),
                  let value = Conversion.convert(arguments[0], to: dictionary.valueType, literal: true) else {
                receiver = .dictionary(dictionary)
                throw LibraryUsageError("updateValue(_:forKey:) takes a \(dictionary.valueType) and a \(dictionary.keyType)")
            }
            let old = dictionary.value(for: hashable)
            dictionary.set(value, for: hashable, keyValue: key)
            receiver = .dictionary(dictionary)
            return .optional(old, dictionary.valueType)
        }
        registry.add("mutating func merge(_ other: [Key: Value], uniquingKeysWith combine: (Value, Value) throws -> Value) rethrows", of: "Dictionary",
                     documentation: "Adds `other`'s entries; for a key both have, stores `combine(current, other's)`.") { receiver, arguments, context in
            guard var dictionary = receiver.takeDictionary() else { throw LibraryUsageError("expected a dictionary") }
            defer { receiver = .dictionary(dictionary) }
            try merge(arguments[0], into: &dictionary, combine: arguments[1], context: context)
            return .void
        }
        registry.add("func merging(_ other: [Key: Value], uniquingKeysWith combine: (Value, Value) throws -> Value) rethrows -> [Key: Value]", of: "Dictionary",
                     documentation: "The dictionary with `other`'s entries added; for a key both have, `combine(current, other's)`.") { receiver, arguments, context in
            guard case .dictionary(var dictionary) = receiver else { throw LibraryUsageError("expected a dictionary") }
            try merge(arguments[0], into: &dictionary, combine: arguments[1], context: context)
            return .dictionary(dictionary)
        }
        registry.add("init<S: Sequence>(uniqueKeysWithValues keysAndValues: S)", of: "Dictionary",
                     documentation: "The dictionary of `(key, value)` pairs; a repeated key is an error.") { _, arguments, _ in
            let pairs = try CollectionMembers.elements(arguments[0])
            var dictionary: DictionaryValue?
            for pair in pairs.elements {
                guard case .tuple(let parts, _) = pair, parts.count == 2, let key = HashableValue(parts[0]) else {
                    throw CellError(.compile, "Dictionary(uniqueKeysWithValues:) takes (key, value) pairs", position: nil)
                }
                var current = dictionary ?? DictionaryValue(keyType: parts[0].type, valueType: parts[1].type)
                if current.value(for: key) != nil {
                    throw CellError(.runtime, "Fatal error: Duplicate values for key: '\(parts[0].description)'", position: nil)
                }
                current.set(parts[1], for: key, keyValue: parts[0])
                dictionary = current
            }
            return .dictionary(dictionary ?? DictionaryValue(keyType: .any, valueType: .any))
        }
        registry.add("init<S: Sequence>(grouping values: S, by keyForValue: (Element) throws -> Key) rethrows", of: "Dictionary",
                     documentation: "The values grouped into arrays by the key `keyForValue` gives each.") { _, arguments, context in
            let source = try CollectionMembers.elements(arguments[0])
            var groups: [(key: Value, values: [Value])] = []
            var positions: [HashableValue: Int] = [:]
            var keyType: TypeRef = .any
            for element in source.elements {
                let key = try context.call(arguments[1], [element])
                guard let hashable = HashableValue(key) else {
                    throw CellError(.compile, "type '\(key.type)' does not conform to protocol 'Hashable'", position: nil)
                }
                keyType = key.type
                if let position = positions[hashable] {
                    groups[position].values.append(element)
                } else {
                    positions[hashable] = groups.count
                    groups.append((key, [element]))
                }
            }
            var dictionary = DictionaryValue(keyType: keyType, valueType: .array(source.elementType))
            for group in groups {
                if let hashable = HashableValue(group.key) {
                    dictionary.set(.array(ArrayValue(group.values, elementType: source.elementType)), for: hashable, keyValue: group.key)
                }
            }
            return .dictionary(dictionary)
        }
    }

    static func registerString(in registry: Registry) {
        registry.declareType("Character", "struct Character", documentation: "One character of a string (a one-character `String` value in cells).")
        registry.add("init(_ text: String)", of: "Character", documentation: "The character of a one-character string.") { _, arguments, _ in
            let text = try arguments[0].asString()
            guard text.count == 1 else {
                throw CellError(.runtime, "Fatal error: Can't form a Character from a String containing more than one extended grapheme cluster", position: nil)
            }
            return .string(text)
        }
        registry.add("init?(_ description: String)", of: "Bool", documentation: "`true` for \"true\", `false` for \"false\", else nil.") { _, arguments, _ in
            .optional(Bool(try arguments[0].asString()).map { .bool($0) }, .bool)
        }
        registry.add("var capitalized: String { get }", of: "String", documentation: "Each word with its first letter in upper case (Foundation).") { receiver, _, _ in
            .string(try receiver.asString().capitalized)
        }
        registry.add("init()", of: "String", documentation: "The empty string.") { _, _, _ in .string("") }
        registry.add("var first: Character? { get }", of: "String", documentation: "The first character, or nil when empty.") { receiver, _, _ in
            .optional(try receiver.asString().first.map { .string(String($0)) }, .character)
        }
        registry.add("var last: Character? { get }", of: "String", documentation: "The last character, or nil when empty.") { receiver, _, _ in
            .optional(try receiver.asString().last.map { .string(String($0)) }, .character)
        }
        registry.add("func compactMap<T>(_ transform: (Character) throws -> T?) rethrows -> [T]", of: "String",
                     documentation: "The non-nil results of calling `transform` on each character.") { receiver, arguments, context in
            var results: [Value] = []
            for character in try receiver.asString() {
                try context.checkInterrupt()
                let result = try context.call(arguments[0], [.string(String(character))])
                if case .optional(let wrapped, _) = result {
                    if let wrapped { results.append(wrapped) }
                } else {
                    results.append(result)
                }
            }
            return CollectionMembers.array(results)
        }
        registry.add("func map<T>(_ transform: (Character) throws -> T) rethrows -> [T]", of: "String",
                     documentation: "The results of calling `transform` on each character.") { receiver, arguments, context in
            var results: [Value] = []
            for character in try receiver.asString() {
                try context.checkInterrupt()
                results.append(try context.call(arguments[0], [.string(String(character))]))
            }
            return CollectionMembers.array(results)
        }
        registry.add("func filter(_ isIncluded: (Character) throws -> Bool) rethrows -> String", of: "String",
                     documentation: "The characters that satisfy `isIncluded`, as a string.") { receiver, arguments, context in
            var kept = ""
            for character in try receiver.asString() where try CollectionMembers.predicate(arguments[0], .string(String(character)), context) {
                kept.append(character)
            }
            return .string(kept)
        }
        registry.add("func contains(where predicate: (Character) throws -> Bool) rethrows -> Bool", of: "String",
                     documentation: "True if some character satisfies `predicate`.") { receiver, arguments, context in
            for character in try receiver.asString() where try CollectionMembers.predicate(arguments[0], .string(String(character)), context) {
                return .bool(true)
            }
            return .bool(false)
        }
        registry.add("func allSatisfy(_ predicate: (Character) throws -> Bool) rethrows -> Bool", of: "String",
                     documentation: "True if every character satisfies `predicate`.") { receiver, arguments, context in
            for character in try receiver.asString() where try !CollectionMembers.predicate(arguments[0], .string(String(character)), context) {
                return .bool(false)
            }
            return .bool(true)
        }
        registry.add("func sorted() -> [Character]", of: "String", documentation: "The characters in increasing order.") { receiver, _, _ in
            .array(ArrayValue(try receiver.asString().sorted().map { .string(String($0)) }, elementType: .character))
        }
        registry.add("func prefix(_ maxLength: Int) -> Substring", of: "String", documentation: "The first `maxLength` characters.") { receiver, arguments, _ in
            .string(String(try receiver.asString().prefix(Swift.max(0, try arguments[0].asInt()))))
        }
        registry.add("func prefix(while predicate: (Character) throws -> Bool) rethrows -> Substring", of: "String",
                     documentation: "The characters before the first that does not satisfy `predicate`.") { receiver, arguments, context in
            let text = try receiver.asString()
            var end = text.startIndex
            while end < text.endIndex, try CollectionMembers.predicate(arguments[0], .string(String(text[end])), context) {
                end = text.index(after: end)
            }
            return .string(String(text[..<end]))
        }
        registry.add("func drop(while predicate: (Character) throws -> Bool) rethrows -> Substring", of: "String",
                     documentation: "The characters from the first that does not satisfy `predicate` on.") { receiver, arguments, context in
            let text = try receiver.asString()
            var start = text.startIndex
            while start < text.endIndex, try CollectionMembers.predicate(arguments[0], .string(String(text[start])), context) {
                start = text.index(after: start)
            }
            return .string(String(text[start...]))
        }
        registry.add("func suffix(_ maxLength: Int) -> Substring", of: "String", documentation: "The last `maxLength` characters.") { receiver, arguments, _ in
            .string(String(try receiver.asString().suffix(Swift.max(0, try arguments[0].asInt()))))
        }
        registry.add("func dropFirst(_ k: Int = 1) -> Substring", of: "String", documentation: "All but the first `k` characters.") { receiver, arguments, _ in
            .string(String(try receiver.asString().dropFirst(Swift.max(0, try arguments[0].asInt()))))
        }
        registry.add("func dropLast(_ k: Int = 1) -> Substring", of: "String", documentation: "All but the last `k` characters.") { receiver, arguments, _ in
            .string(String(try receiver.asString().dropLast(Swift.max(0, try arguments[0].asInt()))))
        }
        registry.add("func enumerated() -> [(offset: Int, element: Character)]", of: "String",
                     documentation: "Pairs `(offset, character)`.") { receiver, _, _ in
            let pairs = try receiver.asString().enumerated().map {
                Value.tuple([.int($0.offset), .string(String($0.element))], labels: ["offset", "element"])
            }
            return .array(ArrayValue(pairs, elementType: .tuple([.int, .character])))
        }
        registry.add("func starts(with prefix: String) -> Bool", of: "String", documentation: "True if the text begins with `prefix`.") { receiver, arguments, _ in
            .bool(try receiver.asString().starts(with: try arguments[0].asString()))
        }
        registry.add("func components(separatedBy separator: String) -> [String]", of: "String",
                     documentation: "The pieces between occurrences of `separator` (Foundation).") { receiver, arguments, _ in
            .array(ArrayValue(try receiver.asString().components(separatedBy: try arguments[0].asString()).map { .string($0) },
                              elementType: .string))
        }
        for owner in ["Character", "String"] {
        registry.add("var isLetter: Bool { get }", of: owner, documentation: "True for a letter.") { receiver, _, _ in
            .bool(try receiver.asString().first?.isLetter ?? false)
        }
        registry.add("var isNumber: Bool { get }", of: owner, documentation: "True for a digit or other number.") { receiver, _, _ in
            .bool(try receiver.asString().first?.isNumber ?? false)
        }
        registry.add("var isUppercase: Bool { get }", of: owner, documentation: "True for an upper-case letter.") { receiver, _, _ in
            .bool(try receiver.asString().first?.isUppercase ?? false)
        }
        registry.add("var isLowercase: Bool { get }", of: owner, documentation: "True for a lower-case letter.") { receiver, _, _ in
            .bool(try receiver.asString().first?.isLowercase ?? false)
        }
        registry.add("var isWhitespace: Bool { get }", of: owner, documentation: "True for a space, tab or line break.") { receiver, _, _ in
            .bool(try receiver.asString().first?.isWhitespace ?? false)
        }
        registry.add("var asciiValue: UInt8? { get }", of: owner, documentation: "The ASCII code, or nil.") { receiver, _, _ in
            .optional(try receiver.asString().first?.asciiValue.map { .integer(SizedInteger($0, kind: .uint8)) }, SizedInteger.Kind.uint8.type)
        }
        registry.add("var isASCII: Bool { get }", of: owner, documentation: "True for an ASCII character.") { receiver, _, _ in
            .bool(try receiver.asString().first?.isASCII ?? false)
        }
        registry.add("var isPunctuation: Bool { get }", of: owner, documentation: "True for a punctuation mark.") { receiver, _, _ in
            .bool(try receiver.asString().first?.isPunctuation ?? false)
        }
        registry.add("var isSymbol: Bool { get }", of: owner, documentation: "True for a symbol (`+`, `$`, an emoji …).") { receiver, _, _ in
            .bool(try receiver.asString().first?.isSymbol ?? false)
        }
        registry.add("var isHexDigit: Bool { get }", of: owner, documentation: "True for 0–9, a–f and A–F.") { receiver, _, _ in
            .bool(try receiver.asString().first?.isHexDigit ?? false)
        }
        registry.add("var wholeNumberValue: Int? { get }", of: owner, documentation: "The digit's value (`7` for \"7\"), or nil.") { receiver, _, _ in
            .optional(try receiver.asString().first?.wholeNumberValue.map { .int($0) }, .int)
        }
        registry.add("var hexDigitValue: Int? { get }", of: owner, documentation: "The hexadecimal digit's value (`10` for \"a\"), or nil.") { receiver, _, _ in
            .optional(try receiver.asString().first?.hexDigitValue.map { .int($0) }, .int)
        }
        }
        registry.add("func uppercased() -> String", of: "Character", documentation: "The character in upper case.") { receiver, _, _ in
            .string(try receiver.asString().uppercased())
        }
        registry.add("func lowercased() -> String", of: "Character", documentation: "The character in lower case.") { receiver, _, _ in
            .string(try receiver.asString().lowercased())
        }
    }
}
