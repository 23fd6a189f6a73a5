/// `String.Index` and ranges of it, held as cell values: Swift's own indices (so they advance, compare
/// and print as a compiled program's do: `2[utf8]`), checked against the string they are used on
/// before Swift sees them, so a stale or out-of-bounds index is an error in the cell, never a trap
/// of the kernel.
enum StringIndices {
    static let indexTypeName = "String.Index"

    static func value(_ index: String.Index) -> Value {
        .native(NativeValue(typeName: indexTypeName, object: index))
    }

    static func value(_ range: Range<String.Index>) -> Value {
        .native(NativeValue(typeName: "Range<String.Index>", object: range))
    }

    static func value(_ range: ClosedRange<String.Index>) -> Value {
        .native(NativeValue(typeName: "ClosedRange<String.Index>", object: range))
    }

    /// True for the standard library's values cells hold natively (indices, ranges of them, scalars),
    /// which show their own `debugDescription` inside collections and optionals (`Range(2[utf8]..<6[utf8])`).
    static func isStandardValue(_ object: Any) -> Bool {
        object is String.Index || object is Range<String.Index> || object is ClosedRange<String.Index> || object is Unicode.Scalar
    }

    /// The index a value holds, if it is one.
    static func index(_ value: Value) -> String.Index? {
        guard case .native(let native) = value else { return nil }
        return native.object as? String.Index
    }

    /// The index `value` holds, for an argument declared `String.Index`.
    static func requireIndex(_ value: Value) throws -> String.Index {
        guard let index = index(value) else {
            throw LibraryUsageError("expected a value of type 'String.Index', got '\(value.type)'")
        }
        return index
    }

    /// `value` as a position of `text`: within its bounds (the end allowed when `allowingEnd`) and on
    /// one of its character boundaries. Swift traps on the first; an index made from another string
    /// can miss the second.
    static func position(_ value: Value, in text: String, allowingEnd: Bool) throws -> String.Index {
        let index = try requireIndex(value)
        return try position(index, in: text, allowingEnd: allowingEnd)
    }

    static func position(_ index: String.Index, in text: String, allowingEnd: Bool) throws -> String.Index {
        guard index >= text.startIndex, allowingEnd ? index <= text.endIndex : index < text.endIndex else {
            throw CellError(.runtime, "String index is out of bounds", position: nil)
        }
        guard let aligned = index.samePosition(in: text) else {
            throw CellError(.runtime, "String index \(index) is not on a character boundary of this string (an index of another string?)",
                            position: nil)
        }
        return aligned
    }

    /// The positions of `text` that a range of indices covers (`a..<b`, `a...b`, `..<b`, `...b`, `a...`),
    /// checked against `text`; nil when `value` is no range of string indices.
    static func bounds(_ value: Value, in text: String) throws -> Range<String.Index>? {
        guard case .native(let native) = value else { return nil }
        let lower: String.Index
        let upper: String.Index
        switch native.object {
        case let range as Range<String.Index>:
            lower = try position(range.lowerBound, in: text, allowingEnd: true)
            upper = try position(range.upperBound, in: text, allowingEnd: true)
        case let range as ClosedRange<String.Index>:
            lower = try position(range.lowerBound, in: text, allowingEnd: true)
            upper = text.index(after: try position(range.upperBound, in: text, allowingEnd: false))
        case let range as PartialRangeUpTo<String.Index>:
            lower = text.startIndex
            upper = try position(range.upperBound, in: text, allowingEnd: true)
        case let range as PartialRangeThrough<String.Index>:
            lower = text.startIndex
            upper = text.index(after: try position(range.upperBound, in: text, allowingEnd: false))
        case let range as PartialRangeFrom<String.Index>:
            lower = try position(range.lowerBound, in: text, allowingEnd: true)
            upper = text.endIndex
        default:
            return nil
        }
        guard lower <= upper else { throw CellError(.runtime, "String index range is out of bounds", position: nil) }
        return lower..<upper
    }

    /// `text[i]` (a `Character`) or `text[range]` (a `Substring`, held as a `String`); nil when the
    /// subscript's argument is no string index or range of them.
    static func subscriptRead(_ text: String, _ argument: Value) throws -> Value? {
        if index(argument) != nil {
            let position = try position(argument, in: text, allowingEnd: false)
            return .string(String(text[position]))
        }
        if let range = try bounds(argument, in: text) { return .string(String(text[range])) }
        return nil
    }

    /// `a op b` on two string indices (comparisons and the range operators); nil when they are not.
    static func apply(_ op: String, _ left: Value, _ right: Value) throws -> Value? {
        guard let a = index(left), let b = index(right) else { return nil }
        if let compared = Operators.comparison(op, a, b) { return compared }
        switch op {
        case "..<", "...":
            guard a <= b else {
                throw CellError(.runtime, "Range requires lowerBound <= upperBound", position: nil)
            }
            return op == "..<" ? value(a..<b) : value(a...b)
        default: return nil
        }
    }

    /// `..<i`, `...i` on a string index; nil when the operand is none.
    static func prefix(_ op: String, _ operand: Value) -> Value? {
        guard let bound = index(operand) else { return nil }
        switch op {
        case "..<": return .native(NativeValue(typeName: "PartialRangeUpTo<String.Index>", object: ..<bound))
        case "...": return .native(NativeValue(typeName: "PartialRangeThrough<String.Index>", object: ...bound))
        default: return nil
        }
    }

    /// `i...` on a string index; nil when the operand is none.
    static func partialFrom(_ operand: Value) -> Value? {
        guard let bound = index(operand) else { return nil }
        return .native(NativeValue(typeName: "PartialRangeFrom<String.Index>", object: bound...))
    }

    /// The bounds of a range of string indices, for `lowerBound` and `upperBound`.
    static func rangeBounds(_ value: Value) -> (lower: String.Index, upper: String.Index)? {
        guard case .native(let native) = value else { return nil }
        switch native.object {
        case let range as Range<String.Index>: return (range.lowerBound, range.upperBound)
        case let range as ClosedRange<String.Index>: return (range.lowerBound, range.upperBound)
        default: return nil
        }
    }
}
