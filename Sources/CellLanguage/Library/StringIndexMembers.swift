import Foundation

/// `String.Index`, the members of `String` that take or give one (`startIndex`, `index(after:)`,
/// `insert(_:at:)`, `range(of:)` …), the string's `utf8`, `utf16` and `unicodeScalars` views and
/// `Unicode.Scalar`.
enum StringIndexMembers {
    static func register(in registry: Registry) {
        registry.beginSection("String indices and views",
                              introduction: "A string is indexed by `String.Index`, not `Int`, as in Swift: `s[s.startIndex]`, `s[s.index(s.startIndex, offsetBy: 7)]`, `s[..<i]`. An index outside the string, or one of another string that falls inside a character, is an error.")
        registry.declareType("String.Index", "struct String.Index",
                             documentation: "A position in a string; compared with `<` and `==`, made into ranges with `..<` and `...`.")
        registerIndices(in: registry)
        registerSearching(in: registry)
        registerEditing(in: registry)
        registerViews(in: registry)
        registerScalars(in: registry)
    }

    private static func text(_ receiver: Value) throws -> String { try receiver.asString() }

    private static func character(_ value: Value) throws -> Character {
        let text = try value.asString()
        guard text.count == 1, let character = text.first else {
            throw LibraryUsageError("expected a Character, got the string \(text.debugDescription)")
        }
        return character
    }

    private static func registerIndices(in registry: Registry) {
        registry.add("var startIndex: String.Index { get }", of: "String", documentation: "The position of the first character.") { receiver, _, _ in
            StringIndices.value(try text(receiver).startIndex)
        }
        registry.add("var endIndex: String.Index { get }", of: "String", documentation: "The position after the last character.") { receiver, _, _ in
            StringIndices.value(try text(receiver).endIndex)
        }
        registry.add("var indices: [String.Index] { get }", of: "String", documentation: "The position of each character, in order.") { receiver, _, context in
            let string = try text(receiver)
            try context.checkAllocation(string.utf8.count, of: "indices")
            return .array(ArrayValue(string.indices.map(StringIndices.value), elementType: .named(StringIndices.indexTypeName)))
        }
        registry.add("func index(after i: String.Index) -> String.Index", of: "String", documentation: "The position after `i`.") { receiver, arguments, _ in
            let string = try text(receiver)
            return StringIndices.value(string.index(after: try StringIndices.position(arguments[0], in: string, allowingEnd: false)))
        }
        registry.add("func index(before i: String.Index) -> String.Index", of: "String", documentation: "The position before `i`.") { receiver, arguments, _ in
            let string = try text(receiver)
            let position = try StringIndices.position(arguments[0], in: string, allowingEnd: true)
            guard position > string.startIndex else { throw CellError(.runtime, "String index is out of bounds", position: nil) }
            return StringIndices.value(string.index(before: position))
        }
        registry.add("func index(_ i: String.Index, offsetBy distance: Int) -> String.Index", of: "String",
                     documentation: "The position `distance` characters from `i` (negative: before it).") { receiver, arguments, _ in
            let string = try text(receiver)
            let start = try StringIndices.position(arguments[0], in: string, allowingEnd: true)
            let distance = try arguments[1].asInt()
            guard let moved = string.index(start, offsetBy: distance, limitedBy: distance >= 0 ? string.endIndex : string.startIndex) else {
                throw CellError(.runtime, "String index is out of bounds", position: nil)
            }
            return StringIndices.value(moved)
        }
        registry.add("func index(_ i: String.Index, offsetBy distance: Int, limitedBy limit: String.Index) -> String.Index?", of: "String",
                     documentation: "The position `distance` characters from `i`, or nil when that passes `limit`.") { receiver, arguments, _ in
            let string = try text(receiver)
            let start = try StringIndices.position(arguments[0], in: string, allowingEnd: true)
            let distance = try arguments[1].asInt()
            let limit = try StringIndices.position(arguments[2], in: string, allowingEnd: true)
            let bound = distance >= 0 ? string.endIndex : string.startIndex
            guard let moved = string.index(start, offsetBy: distance, limitedBy: limit) else {
                return .optional(nil, .named(StringIndices.indexTypeName))
            }
            // Past the limit is nil; past the string's own end is Swift's trap.
            guard string.index(start, offsetBy: distance, limitedBy: bound) != nil else {
                throw CellError(.runtime, "String index is out of bounds", position: nil)
            }
            return .optional(StringIndices.value(moved), .named(StringIndices.indexTypeName))
        }
        registry.add("func distance(from start: String.Index, to end: String.Index) -> Int", of: "String",
                     documentation: "The number of characters from `start` to `end` (negative when `end` comes first).") { receiver, arguments, _ in
            let string = try text(receiver)
            return .int(string.distance(from: try StringIndices.position(arguments[0], in: string, allowingEnd: true),
                                        to: try StringIndices.position(arguments[1], in: string, allowingEnd: true)))
        }
        registry.add("func prefix(upTo end: String.Index) -> Substring", of: "String",
                     documentation: "The characters before `end` (`s[..<end]`).") { receiver, arguments, _ in
            let string = try text(receiver)
            return .string(String(string[..<(try StringIndices.position(arguments[0], in: string, allowingEnd: true))]))
        }
        registry.add("func prefix(through position: String.Index) -> Substring", of: "String",
                     documentation: "The characters up to and including `position` (`s[...position]`).") { receiver, arguments, _ in
            let string = try text(receiver)
            return .string(String(string[...(try StringIndices.position(arguments[0], in: string, allowingEnd: false))]))
        }
        registry.add("func suffix(from start: String.Index) -> Substring", of: "String",
                     documentation: "The characters from `start` on (`s[start...]`).") { receiver, arguments, _ in
            let string = try text(receiver)
            return .string(String(string[(try StringIndices.position(arguments[0], in: string, allowingEnd: true))...]))
        }
    }

    private static func registerSearching(in registry: Registry) {
        let indexType = TypeRef.named(StringIndices.indexTypeName)
        for name in ["firstIndex", "index"] {
            registry.add("func \(name)(of element: Character) -> String.Index?", of: "String",
                         documentation: name == "index" ? "The older name of `firstIndex(of:)` (deprecated in Swift, still accepted)."
                                                        : "The position of the first `element`, or nil.") { receiver, arguments, _ in
                let target = try character(arguments[0])
                return .optional(try text(receiver).firstIndex(of: target).map(StringIndices.value), indexType)
            }
        }
        registry.add("func lastIndex(of element: Character) -> String.Index?", of: "String",
                     documentation: "The position of the last `element`, or nil.") { receiver, arguments, _ in
            let target = try character(arguments[0])
            return .optional(try text(receiver).lastIndex(of: target).map(StringIndices.value), indexType)
        }
        registry.add("func firstIndex(where predicate: (Character) throws -> Bool) rethrows -> String.Index?", of: "String",
                     documentation: "The position of the first character satisfying `predicate`, or nil.") { receiver, arguments, context in
            let string = try text(receiver)
            for index in string.indices where try CollectionMembers.predicate(arguments[0], .string(String(string[index])), context) {
                return .optional(StringIndices.value(index), indexType)
            }
            return .optional(nil, indexType)
        }
        registry.add("func lastIndex(where predicate: (Character) throws -> Bool) rethrows -> String.Index?", of: "String",
                     documentation: "The position of the last character satisfying `predicate`, or nil.") { receiver, arguments, context in
            let string = try text(receiver)
            for index in string.indices.reversed() where try CollectionMembers.predicate(arguments[0], .string(String(string[index])), context) {
                return .optional(StringIndices.value(index), indexType)
            }
            return .optional(nil, indexType)
        }
        registry.add("func range(of aString: String) -> Range<String.Index>?", of: "String",
                     documentation: "The positions of the first occurrence of `aString`, or nil (Foundation).") { receiver, arguments, _ in
            let found = try text(receiver).range(of: try arguments[0].asString())
            return .optional(found.map(StringIndices.value), .named("Range<String.Index>"))
        }
    }

    private static func registerEditing(in registry: Registry) {
        registry.add("mutating func insert(_ newElement: Character, at i: String.Index)", of: "String",
                     documentation: "Inserts `newElement` before the character at `i` (at `endIndex`: appends).") { receiver, arguments, _ in
            var string = try text(receiver)
            let position = try StringIndices.position(arguments[1], in: string, allowingEnd: true)
            string.insert(try character(arguments[0]), at: position)
            receiver = .string(string)
            return .void
        }
        registry.add("mutating func insert(contentsOf newElements: String, at i: String.Index)", of: "String",
                     documentation: "Inserts the characters of `newElements` before the character at `i`.") { receiver, arguments, context in
            var string = try text(receiver)
            let position = try StringIndices.position(arguments[1], in: string, allowingEnd: true)
            let inserted = try arguments[0].asString()
            try context.checkAllocation(string.utf8.count + inserted.utf8.count, of: "insert(contentsOf:at:)")
            string.insert(contentsOf: inserted, at: position)
            receiver = .string(string)
            return .void
        }
        registry.add("@discardableResult mutating func remove(at i: String.Index) -> Character", of: "String",
                     documentation: "Removes and returns the character at `i`.") { receiver, arguments, _ in
            var string = try text(receiver)
            let position = try StringIndices.position(arguments[0], in: string, allowingEnd: false)
            let removed = string.remove(at: position)
            receiver = .string(string)
            return .string(String(removed))
        }
        registry.add("mutating func removeSubrange<R>(_ bounds: R)", of: "String",
                     documentation: "Removes the characters in the range of indices `bounds`.") { receiver, arguments, _ in
            var string = try text(receiver)
            guard let range = try StringIndices.bounds(arguments[0], in: string) else {
                throw LibraryUsageError("removeSubrange(_:) takes a range of String.Index, got '\(arguments[0].type)'")
            }
            string.removeSubrange(range)
            receiver = .string(string)
            return .void
        }
        registry.add("mutating func replaceSubrange<R>(_ bounds: R, with newElements: String)", of: "String",
                     documentation: "Replaces the characters in the range of indices `bounds` with `newElements`.") { receiver, arguments, context in
            var string = try text(receiver)
            guard let range = try StringIndices.bounds(arguments[0], in: string) else {
                throw LibraryUsageError("replaceSubrange(_:with:) takes a range of String.Index, got '\(arguments[0].type)'")
            }
            let replacement = try arguments[1].asString()
            try context.checkAllocation(string.utf8.count + replacement.utf8.count, of: "replaceSubrange(_:with:)")
            string.replaceSubrange(range, with: replacement)
            receiver = .string(string)
            return .void
        }
        registry.add("@discardableResult mutating func removeFirst() -> Character", of: "String",
                     documentation: "Removes and returns the first character.") { receiver, _, _ in
            var string = try text(receiver)
            guard !string.isEmpty else { throw CellError(.runtime, "Can't remove first element from an empty collection", position: nil) }
            let removed = string.removeFirst()
            receiver = .string(string)
            return .string(String(removed))
        }
        registry.add("@discardableResult mutating func removeLast() -> Character", of: "String",
                     documentation: "Removes and returns the last character.") { receiver, _, _ in
            var string = try text(receiver)
            guard !string.isEmpty else { throw CellError(.runtime, "Can't remove last element from an empty collection", position: nil) }
            let removed = string.removeLast()
            receiver = .string(string)
            return .string(String(removed))
        }
        registry.add("mutating func removeAll()", of: "String", documentation: "Removes every character.") { receiver, _, _ in
            _ = try text(receiver)
            receiver = .string("")
            return .void
        }
    }

    private static func registerViews(in registry: Registry) {
        let views: [(property: String, typeName: String, documentation: String, view: (String) -> any NativeSequence)] = [
            ("utf8", "String.UTF8View", "The string's UTF-8 code units (`UInt8`).", { $0.utf8 }),
            ("utf16", "String.UTF16View", "The string's UTF-16 code units (`UInt16`).", { $0.utf16 }),
            ("unicodeScalars", "String.UnicodeScalarView", "The string's Unicode scalars (`Unicode.Scalar`).", { $0.unicodeScalars }),
        ]
        for (property, typeName, documentation, view) in views {
            registry.declareType(typeName, "struct \(typeName)", documentation: documentation + " Prints as the string; iterates, counts and maps like an array.")
            for owner in ["String", "Character"] {
                registry.add("var \(property): \(typeName) { get }", of: owner, documentation: documentation) { receiver, _, _ in
                    .native(NativeValue(typeName: typeName, object: view(try text(receiver))))
                }
            }
            registry.add("var count: Int { get }", of: typeName, documentation: "The number of elements.") { receiver, _, _ in
                .int(try elements(receiver).count)
            }
            registry.add("var isEmpty: Bool { get }", of: typeName, documentation: "True when there are no elements.") { receiver, _, _ in
                .bool(try elements(receiver).isEmpty)
            }
            registry.add("var first: Element? { get }", of: typeName, documentation: "The first element, or nil.") { receiver, _, _ in
                let source = try elements(receiver)
                return .optional(source.first, source.elementType)
            }
            registry.add("var last: Element? { get }", of: typeName, documentation: "The last element, or nil.") { receiver, _, _ in
                let source = try elements(receiver)
                return .optional(source.last, source.elementType)
            }
            CollectionMembers.registerSequenceMethods(of: typeName, in: registry)
        }
    }

    private static func elements(_ receiver: Value) throws -> ArrayValue {
        guard case .native(let native) = receiver, let sequence = native.object as? any NativeSequence else {
            throw LibraryUsageError("expected a string view, got '\(receiver.type)'")
        }
        return sequence.cellElements
    }

    private static func registerScalars(in registry: Registry) {
        registry.declareType(UnicodeScalars.typeName, "struct Unicode.Scalar", documentation: "One Unicode scalar value (a code point).")
        registry.declareType("UnicodeScalar", "typealias UnicodeScalar = Unicode.Scalar", documentation: "Another name of `Unicode.Scalar`.")
        for owner in [UnicodeScalars.typeName, "UnicodeScalar"] {
            registry.add("init?(_ v: Int)", of: owner, documentation: "The scalar with code point `v`, or nil when there is none.") { _, arguments, _ in
                let code = try arguments[0].asInt()
                let scalar = UInt32(exactly: code).flatMap(Unicode.Scalar.init)
                return .optional(scalar.map(UnicodeScalars.value), UnicodeScalars.type)
            }
            registry.add("init(_ v: UInt8)", of: owner, documentation: "The scalar with the code point `v` (always one).") { _, arguments, _ in
                guard case .integer(let code) = arguments[0], code.kind == .uint8 else {
                    throw LibraryUsageError("expected a UInt8, got '\(arguments[0].type)'")
                }
                return UnicodeScalars.value(Unicode.Scalar(code.value(as: UInt8.self)))
            }
            registry.add("init?(_ v: UInt32)", of: owner, documentation: "The scalar with code point `v`, or nil when there is none.") { _, arguments, _ in
                guard case .integer(let code) = arguments[0], code.kind == .uint32 else {
                    throw LibraryUsageError("expected a UInt32, got '\(arguments[0].type)'")
                }
                return .optional(Unicode.Scalar(code.value(as: UInt32.self)).map(UnicodeScalars.value), UnicodeScalars.type)
            }
            registry.add("init?(_ description: String)", of: owner,
                         documentation: "The scalar a string of exactly one scalar holds, or nil for any other string.") { _, arguments, _ in
                let scalars = try arguments[0].asString().unicodeScalars
                let scalar = scalars.count == 1 ? scalars.first : nil
                return .optional(scalar.map(UnicodeScalars.value), UnicodeScalars.type)
            }
        }
        registry.add("var value: UInt32 { get }", of: UnicodeScalars.typeName, documentation: "The code point.") { receiver, _, _ in
            .integer(SizedInteger(try UnicodeScalars.scalar(receiver).value, kind: .uint32))
        }
        registry.add("var isASCII: Bool { get }", of: UnicodeScalars.typeName, documentation: "True for a code point below 128.") { receiver, _, _ in
            .bool(try UnicodeScalars.scalar(receiver).isASCII)
        }
        registry.add("func escaped(asASCII forceASCII: Bool) -> String", of: UnicodeScalars.typeName,
                     documentation: "The scalar as a Swift string literal would write it (`\\u{1F436}` when `forceASCII`).") { receiver, arguments, _ in
            guard case .bool(let force) = arguments[0] else { throw LibraryUsageError("expected a Bool") }
            return .string(try UnicodeScalars.scalar(receiver).escaped(asASCII: force))
        }
        registry.add("init(_ scalar: Unicode.Scalar)", of: "Character", documentation: "The character of one scalar.") { _, arguments, _ in
            .string(String(Character(try UnicodeScalars.scalar(arguments[0]))))
        }
    }
}
