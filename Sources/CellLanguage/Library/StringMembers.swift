import Foundation

/// `String`: initializers and members.
enum StringMembers {
    static func register(in registry: Registry) {
        registry.beginSection("String")
        registry.declareType("String", "struct String", documentation: "Text. Interpolation `\"\\(x)\"` inserts any value's description.")
        registry.add("init<T>(_ value: T)", of: "String", documentation: "The description of any value, as `print` shows it; the characters of a `[Character]` joined.") { _, arguments, _ in
            // `String(Array("swift").reversed())` is "tfiws": a sequence of characters makes a string.
            // An array of one-character strings is one of characters: Swift has no `String([String])`,
            // so a closure's `Character` results typed here as strings (`s.map { $0 == "a" ? "4" : $0 }`) are joined too.
            if case .array(let array) = arguments[0], array.elementType == .character
                || (array.elementType == .string && !array.isEmpty
                    && array.allSatisfy({ if case .string(let text) = $0 { return text.count == 1 } else { return false } })) {
                return .string(try array.elements.map { try $0.asString() }.joined())
            }
            return .string(arguments[0].description)
        }
        registry.add("init<T>(describing value: T)", of: "String", documentation: "The description of any value.") { _, arguments, _ in
            .string(arguments[0].description)
        }
        registry.add("init<T>(reflecting subject: T)", of: "String",
                     documentation: "The debug description of any value, as `debugPrint` writes it (strings quoted, cell types module-qualified).") { _, arguments, _ in
            .string(arguments[0].debugDescription)
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
        registry.add("init(format: String, _ arguments: CVarArg...)", of: "String",
                     documentation: "Foundation's printf-style formatting, e.g. `String(format: \"%5d %-8s %.3f\", n, name, x)`: `%d %i %x %X %o %c` take an Int, `%f %e %g %a` a Double, `%@` and `%s` any value, `%%` is a percent sign.") { _, arguments, _ in
            let format = try arguments[0].asString()
            guard case .array(let values) = arguments[1] else { throw LibraryUsageError("String(format:) takes its values as a list") }
            return .string(try FormatSpecifiers.format(format, values.elements))
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
        registry.add("func split(separator: String, maxSplits: Int = Int.max, omittingEmptySubsequences: Bool = true) -> [String]", of: "String",
                     documentation: "The pieces between occurrences of the one-character `separator`: at most `maxSplits` splits, empty pieces dropped unless `omittingEmptySubsequences` is false.") { receiver, arguments, _ in
            let separator = try arguments[0].asString()
            guard separator.count == 1, let character = separator.first else {
                throw LibraryUsageError("split(separator:) takes a single character")
            }
            let maxSplits = try arguments[1].asInt()
            guard maxSplits >= 0 else { throw CellError(.runtime, "Must take zero or more splits", position: nil) }
            let parts = try receiver.asString().split(separator: character, maxSplits: maxSplits,
                                                      omittingEmptySubsequences: try arguments[2].asBool()).map { Value.string(String($0)) }
            return .array(ArrayValue(parts, elementType: .string))
        }
        registry.add("func replacingOccurrences(of target: String, with replacement: String) -> String", of: "String",
                     documentation: "The text with every `target` replaced by `replacement`.") { receiver, arguments, _ in
            .string(try receiver.asString().replacingOccurrences(of: try arguments[0].asString(), with: try arguments[1].asString()))
        }
        registry.add("func padding(toLength newLength: Int, withPad padString: String, startingAt padIndex: Int) -> String", of: "String",
                     documentation: "The text cut or padded to `newLength` characters, padded with `padString` repeated from its character `padIndex`.") { receiver, arguments, context in
            let text = try receiver.asString(), pad = try arguments[1].asString()
            let length = try arguments[0].asInt(), start = try arguments[2].asInt()
            guard length >= 0 else { throw CellError(.runtime, "padding length must not be negative", position: nil) }
            try context.checkAllocation(length, of: "padding(toLength:)")
            guard !pad.isEmpty || length <= text.count, (0..<max(pad.count, 1)).contains(start) else {
                throw CellError(.runtime, "padding(toLength:withPad:startingAt:): the pad must be non-empty and the start inside it", position: nil)
            }
            return .string(text.padding(toLength: length, withPad: pad, startingAt: start))
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
        registry.add("mutating func append(contentsOf other: String)", of: "String", documentation: "Appends the characters of `other`.") { receiver, arguments, context in
            var text = try receiver.asString()
            let other = try arguments[0].asString()
            try context.checkAllocation(text.utf8.count + other.utf8.count, of: "String.append(contentsOf:)")
            receiver = .void  // `text` holds the only reference: appended in place
            text += other
            receiver = .string(text)
            return .void
        }
        registry.add("mutating func append(_ other: String)", of: "String", documentation: "Appends `other`.") { receiver, arguments, context in
            var text = try receiver.asString()
            let other = try arguments[0].asString()
            try context.checkAllocation(text.utf8.count + other.utf8.count, of: "String.append")
            receiver = .void  // `text` holds the only reference: appended in place
            text += other
            receiver = .string(text)
            return .void
        }
    }
}

/// The object behind a `CharacterSet` value.
struct CharacterSetValue: CustomStringConvertible {
    var set: CharacterSet
    var description: String { "CharacterSet" }
}

/// printf-style formatting as Foundation's `String(format:)` does it: each specifier is handed to
/// Foundation with its one argument, after checking that the argument is of the kind the conversion
/// reads (a wrong one is an error here, where C would print garbage).
enum FormatSpecifiers {
    static func format(_ format: String, _ values: [Value]) throws -> String {
        let characters = Array(format)
        var result = ""
        var index = 0
        var next = 0
        while index < characters.count {
            guard characters[index] == "%" else {
                result.append(characters[index])
                index += 1
                continue
            }
            let start = index
            index += 1
            guard index < characters.count else { throw LibraryUsageError("String(format:): the format ends in the middle of a '%' specifier") }
            if characters[index] == "%" {
                result.append("%")
                index += 1
                continue
            }
            while index < characters.count, "-+ 0#'".contains(characters[index]) { index += 1 }
            while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 }
            if index < characters.count, characters[index] == "." {
                index += 1
                while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 }
            }
            while index < characters.count, "hlqLzjt".contains(characters[index]) { index += 1 }
            guard index < characters.count else { throw LibraryUsageError("String(format:): the format ends in the middle of a '%' specifier") }
            let conversion = characters[index]
            index += 1
            let specifier = String(characters[start..<index])
            if specifier.contains("*") { throw LibraryUsageError("String(format:): '*' widths are not available in cells; write the width in the format") }
            guard next < values.count else {
                throw LibraryUsageError("String(format:): the format has more specifiers than values (\(values.count) given)")
            }
            let value = values[next]
            next += 1
            result += try formatOne(specifier, conversion: conversion, value)
        }
        return result
    }

    private static func formatOne(_ specifier: String, conversion: Character, _ value: Value) throws -> String {
        switch conversion {
        case "d", "i", "u", "x", "X", "o", "c":
            guard case .int(let integer) = value else {
                throw LibraryUsageError("String(format:): '\(specifier)' takes an Int, not a value of type '\(value.type)'")
            }
            // The same call a compiled program makes (so `%d` of a value beyond 32 bits prints what it prints).
            return String(format: specifier, integer)
        case "f", "F", "e", "E", "g", "G", "a", "A":
            // A `Float` is passed to C's variadic formatting as a `double`, as a compiled program passes it.
            let number: Double
            switch value {
            case .double(let double): number = double
            case .float(let float): number = Double(float)
            default:
                throw LibraryUsageError("String(format:): '\(specifier)' takes a Double, not a value of type '\(value.type)'")
            }
            return String(format: specifier, number)
        case "@":
            return String(format: specifier, value.description)
        case "s":
            // A C string's conversion: `%-8s` pads to 8 on the right, `%.3s` keeps 3 characters.
            var text = value.description
            let body = specifier.dropFirst().dropLast()
            let flags = body.prefix { "-+ 0#'".contains($0) }
            let rest = body.dropFirst(flags.count)
            let widthDigits = rest.prefix { $0.isASCII && $0.isNumber }
            let afterWidth = rest.dropFirst(widthDigits.count)
            if afterWidth.first == ".", let precision = Int(afterWidth.dropFirst().prefix { $0.isASCII && $0.isNumber }) {
                text = String(text.prefix(precision))
            } else if afterWidth.first == "." {
                text = ""
            }
            let width = Int(widthDigits) ?? 0
            let padding = String(repeating: " ", count: max(0, width - text.count))
            return flags.contains("-") ? text + padding : padding + text
        default:
            throw LibraryUsageError("String(format:): '\(specifier)' is not a conversion cells can format")
        }
    }
}
