import Foundation

/// `String`: initializers and members.
enum StringMembers {
    static func register(in registry: Registry) {
        registry.beginSection("String")
        registry.declareType("String", "struct String", documentation: "Text. Interpolation `\"\\(x)\"` inserts any value's description.")
        registry.add("init<T>(_ value: T)", of: "String", documentation: "The description of any value, as `print` shows it; the characters of a `[Character]` joined.") { _, arguments, _ in
            // `String(Array("swift").reversed())` is "tfiws": a sequence of characters makes a string.
            if case .array(let array) = arguments[0], array.elementType == .character {
                return .string(try array.elements.map { try $0.asString() }.joined())
            }
            return .string(arguments[0].description)
        }
        registry.add("init<T>(describing value: T)", of: "String", documentation: "The description of any value.") { _, arguments, _ in
            .string(arguments[0].description)
        }
        registry.add("init(repeating repeatedValue: String, count: Int)", of: "String",
                     documentation: "`repeatedValue` repeated `count` times.") { _, arguments, context in
            let text = try arguments[0].asString()
            let count = try arguments[1].asInt()
            try context.checkAllocation(count, of: "String(repeating:count:)")
            let (total, overflow) = text.utf8.count.multipliedReportingOverflow(by: Swift.max(count, 0))
            try context.checkAllocation(overflow ? Int.max : total, of: "String(repeating:count:)")
            return .string(String(repeating: text, count: count))
        }
        registry.add("init(format: String, _ arguments: Double...)", of: "String",
                     documentation: "Foundation's printf-style formatting of numbers, e.g. `String(format: \"%.3f\", x)`.") { _, arguments, _ in
            let format = try arguments[0].asString()
            let values = try arguments[1].asDoubles()
            guard FormatSpecifiers.floatingPointCount(in: format) == values.count else {
                throw LibraryUsageError("String(format:) in cells takes one Double per %f, %e or %g specifier (flags, width and precision allowed, no '*')")
            }
            return .string(String(format: format, arguments: values))
        }
        registry.add("var count: Int { get }", of: "String", documentation: "The number of characters.") { receiver, _, _ in
            .int(try receiver.asString().count)
        }
        registry.add("var isEmpty: Bool { get }", of: "String", documentation: "True for the empty string.") { receiver, _, _ in
            .bool(try receiver.asString().isEmpty)
        }
        registry.add("func uppercased() -> String", of: "String", documentation: "The text in upper case.") { receiver, _, _ in
            .string(try receiver.asString().uppercased())
        }
        registry.add("func lowercased() -> String", of: "String", documentation: "The text in lower case.") { receiver, _, _ in
            .string(try receiver.asString().lowercased())
        }
        registry.add("func hasPrefix(_ prefix: String) -> Bool", of: "String", documentation: "True if the text starts with `prefix`.") { receiver, arguments, _ in
            .bool(try receiver.asString().hasPrefix(try arguments[0].asString()))
        }
        registry.add("func hasSuffix(_ suffix: String) -> Bool", of: "String", documentation: "True if the text ends with `suffix`.") { receiver, arguments, _ in
            .bool(try receiver.asString().hasSuffix(try arguments[0].asString()))
        }
        registry.add("func contains(_ other: String) -> Bool", of: "String", documentation: "True if `other` occurs in the text.") { receiver, arguments, _ in
            .bool(try receiver.asString().contains(try arguments[0].asString()))
        }
        registry.add("func split(separator: String) -> [String]", of: "String",
                     documentation: "The pieces between occurrences of the one-character `separator`, empty pieces dropped.") { receiver, arguments, _ in
            let separator = try arguments[0].asString()
            guard separator.count == 1, let character = separator.first else {
                throw LibraryUsageError("split(separator:) takes a single character")
            }
            let parts = try receiver.asString().split(separator: character).map { Value.string(String($0)) }
            return .array(ArrayValue(parts, elementType: .string))
        }
        registry.add("func replacingOccurrences(of target: String, with replacement: String) -> String", of: "String",
                     documentation: "The text with every `target` replaced by `replacement`.") { receiver, arguments, _ in
            .string(try receiver.asString().replacingOccurrences(of: try arguments[0].asString(), with: try arguments[1].asString()))
        }
        registry.add("func trimmingCharacters(in set: CharacterSet) -> String", of: "String",
                     documentation: "The text without leading and trailing characters of `set` (`.whitespaces` or `.whitespacesAndNewlines`).") { receiver, arguments, _ in
            guard case .native(let native) = arguments[0], let set = native.object as? CharacterSetValue else {
                throw LibraryUsageError("expected a CharacterSet")
            }
            return .string(try receiver.asString().trimmingCharacters(in: set.set))
        }
        registry.declareType("CharacterSet", "struct CharacterSet", documentation: "A set of characters, for `trimmingCharacters(in:)`.")
        registry.add("static var whitespaces: CharacterSet { get }", of: "CharacterSet", documentation: "Spaces and tabs.") { _, _, _ in
            .native(NativeValue(typeName: "CharacterSet", object: CharacterSetValue(set: .whitespaces)))
        }
        registry.add("static var whitespacesAndNewlines: CharacterSet { get }", of: "CharacterSet",
                     documentation: "Spaces, tabs and line breaks.") { _, _, _ in
            .native(NativeValue(typeName: "CharacterSet", object: CharacterSetValue(set: .whitespacesAndNewlines)))
        }
        registry.add("func reversed() -> String", of: "String", documentation: "The characters in reverse order.") { receiver, _, _ in
            .string(String(try receiver.asString().reversed()))
        }
        registry.add("mutating func append(_ other: String)", of: "String", documentation: "Appends `other`.") { receiver, arguments, context in
            let text = try receiver.asString()
            let other = try arguments[0].asString()
            try context.checkAllocation(text.utf8.count + other.utf8.count, of: "String.append")
            receiver = .string(text + other)
            return .void
        }
    }
}

/// The object behind a `CharacterSet` value.
struct CharacterSetValue: CustomStringConvertible {
    var set: CharacterSet
    var description: String { "CharacterSet" }
}

/// Checks printf formats before Foundation sees them: only floating-point conversions (with flags,
/// width and precision) and `%%`, so every specifier consumes exactly one `Double`.
enum FormatSpecifiers {
    /// The number of floating-point specifiers, or nil when the format has any other specifier.
    static func floatingPointCount(in format: String) -> Int? {
        let characters = Array(format)
        var index = 0
        var count = 0
        while index < characters.count {
            guard characters[index] == "%" else { index += 1; continue }
            index += 1
            guard index < characters.count else { return nil }
            if characters[index] == "%" { index += 1; continue }
            while index < characters.count, "-+ 0#".contains(characters[index]) { index += 1 }
            while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 }
            if index < characters.count, characters[index] == "." {
                index += 1
                while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 }
            }
            guard index < characters.count, "fFeEgGaA".contains(characters[index]) else { return nil }
            index += 1
            count += 1
        }
        return count
    }
}
