/// `...5`, `..<5` and `5...` held as cell values: Swift's own `PartialRangeThrough<Int>`,
/// `PartialRangeUpTo<Int>` and `PartialRangeFrom<Int>` (subscripts and `switch` patterns take the
/// one-sided forms directly), with `contains(_:)`, their bound, and `~=`.
enum PartialRanges {
    static func value(_ range: PartialRangeThrough<Int>) -> Value {
        .native(NativeValue(typeName: "PartialRangeThrough<Int>", object: range))
    }

    static func value(_ range: PartialRangeUpTo<Int>) -> Value {
        .native(NativeValue(typeName: "PartialRangeUpTo<Int>", object: range))
    }

    static func value(_ range: PartialRangeFrom<Int>) -> Value {
        .native(NativeValue(typeName: "PartialRangeFrom<Int>", object: range))
    }

    /// True when `value` lies in the partial range `range`; nil when `range` is not one.
    static func contains(_ range: Value, _ value: Int) -> Bool? {
        guard case .native(let native) = range else { return nil }
        switch native.object {
        case let through as PartialRangeThrough<Int>: return through.contains(value)
        case let upTo as PartialRangeUpTo<Int>: return upTo.contains(value)
        case let from as PartialRangeFrom<Int>: return from.contains(value)
        default: return nil
        }
    }

    static func register(in registry: Registry) {
        registry.beginSection("Partial ranges", introduction: "`...b`, `..<b` and `a...` over `Int`.")
        let kinds = [("PartialRangeThrough", "struct PartialRangeThrough<Bound>", "The integers up to and including `upperBound`: `...b`.", "upperBound"),
                     ("PartialRangeUpTo", "struct PartialRangeUpTo<Bound>", "The integers below `upperBound`: `..<b`.", "upperBound"),
                     ("PartialRangeFrom", "struct PartialRangeFrom<Bound>", "The integers from `lowerBound` on: `a...`.", "lowerBound")]
        for (owner, declaration, documentation, bound) in kinds {
            registry.declareType(owner, declaration, documentation: documentation)
            registry.add("func contains(_ element: Int) -> Bool", of: owner, documentation: "True when `element` lies in the range.") { receiver, arguments, _ in
                guard let inside = contains(receiver, try arguments[0].asInt()) else { throw LibraryUsageError("expected a partial range") }
                return .bool(inside)
            }
            registry.add("var \(bound): Int { get }", of: owner, documentation: "The range's bound.") { receiver, _, _ in
                guard case .native(let native) = receiver else { throw LibraryUsageError("expected a partial range") }
                switch native.object {
                case let through as PartialRangeThrough<Int>: return .int(through.upperBound)
                case let upTo as PartialRangeUpTo<Int>: return .int(upTo.upperBound)
                case let from as PartialRangeFrom<Int>: return .int(from.lowerBound)
                default: throw LibraryUsageError("expected a partial range")
                }
            }
        }
    }
}
