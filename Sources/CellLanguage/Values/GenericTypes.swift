/// Type arguments of cell generic types: substituting them into declared types, inferring them from
/// values, and comparing `Stack<Int>` with a `Stack<Any>` written where a parameter is not known.
extension TypeRef {
    /// The type with each generic parameter named in `substitutions` replaced (`[Element]` with
    /// `Element` = `Int` is `[Int]`), also inside the arguments of a generic type's name (`Node<Element>`).
    func substituting(_ substitutions: [String: TypeRef]) -> TypeRef {
        if substitutions.isEmpty { return self }
        switch self {
        case .named(let name):
            if let replacement = substitutions[name] { return replacement }
            guard name.containsASCII("<") else { return self }
            return .named(GenericName.replacingIdentifiers(in: name) { substitutions[$0]?.description })
        case .array(let element): return .array(element.substituting(substitutions))
        case .dictionary(let key, let value): return .dictionary(key.substituting(substitutions), value.substituting(substitutions))
        case .set(let element): return .set(element.substituting(substitutions))
        case .optional(let wrapped): return .optional(wrapped.substituting(substitutions))
        case .function(let parameters, let result):
            return .function(parameters.map { $0.substituting(substitutions) }, result.substituting(substitutions))
        case .tuple(let elements): return .tuple(elements.map { $0.substituting(substitutions) })
        case .any: return .any
        }
    }

    /// Binds the generic `parameters` that `pattern` names to the types of the parts of `value` in the
    /// same places, looking into a collection's elements when its declared element type is `Any`
    /// (an `[Item]` parameter holds `[1, 2]` as `[Any]`).
    static func bind(_ pattern: TypeRef, to value: Value, parameters: Set<String>, into bindings: inout [String: TypeRef]) {
        switch (pattern, value) {
        case (.array(let element), .array(let array)) where array.elementType == .any:
            if let first = array.first { bind(element, to: first, parameters: parameters, into: &bindings) }
        case (.set(let element), .set(let set)) where set.elementType == .any:
            if let first = set.elements.first { bind(element, to: first, parameters: parameters, into: &bindings) }
        case (.optional(let wrapped), .optional(let content, let type)) where type == .any:
            if let content { bind(wrapped, to: content, parameters: parameters, into: &bindings) }
        case (.dictionary(let key, let valueType), .dictionary(let dictionary)) where dictionary.keyType == .any || dictionary.valueType == .any:
            if let first = dictionary.entries.first {
                bind(key, to: first.key, parameters: parameters, into: &bindings)
                bind(valueType, to: first.value, parameters: parameters, into: &bindings)
            }
        case (.tuple(let elements), .tuple(let values, _)) where elements.count == values.count:
            for (element, part) in zip(elements, values) { bind(element, to: part, parameters: parameters, into: &bindings) }
        default:
            bind(pattern, to: value.type, parameters: parameters, into: &bindings)
        }
    }

    /// Binds the generic `parameters` that `pattern` names to the parts of `actual` in the same places
    /// (`[Element]` against `[String]` binds `Element` to `String`); the first binding of each wins,
    /// and `Any` binds nothing.
    static func bind(_ pattern: TypeRef, to actual: TypeRef, parameters: Set<String>, into bindings: inout [String: TypeRef]) {
        if actual == .any { return }
        switch (pattern, actual) {
        case (.named(let name), _) where parameters.contains(name):
            if bindings[name] == nil { bindings[name] = actual }
        case (.array(let element), .array(let other)), (.set(let element), .set(let other)),
             (.optional(let element), .optional(let other)):
            bind(element, to: other, parameters: parameters, into: &bindings)
        case (.optional(let wrapped), _):
            bind(wrapped, to: actual, parameters: parameters, into: &bindings)
        case (.dictionary(let key, let value), .dictionary(let otherKey, let otherValue)):
            bind(key, to: otherKey, parameters: parameters, into: &bindings)
            bind(value, to: otherValue, parameters: parameters, into: &bindings)
        case (.tuple(let elements), .tuple(let others)) where elements.count == others.count:
            for (element, other) in zip(elements, others) { bind(element, to: other, parameters: parameters, into: &bindings) }
        default:
            break
        }
    }
}

/// The parts of a generic type's name as cells spell it: `Pair<Int, [String]>` is `Pair` with the
/// arguments `Int` and `[String]`.
struct GenericName {
    var base: Substring
    var arguments: [Substring]

    init(_ name: String) {
        guard let open = name.firstIndex(of: "<"), name.hasSuffix(">") else {
            base = Substring(name)
            arguments = []
            return
        }
        base = name[..<open]
        var parts: [Substring] = []
        var depth = 0
        var start = name.index(after: open)
        let end = name.index(before: name.endIndex)
        var index = start
        while index < end {
            switch name[index] {
            case "<", "[", "(": depth += 1
            case ">", "]", ")": depth -= 1
            case "," where depth == 0:
                parts.append(name[start..<index])
                start = name.index(after: index)
            default: break
            }
            index = name.index(after: index)
        }
        parts.append(name[start..<end])
        arguments = parts.map { $0.drop(while: { $0 == " " }) }
    }

    /// True when a value of the type named `actual` may be used where `expected` is written: the same
    /// generic type, each argument equal or `Any` (a parameter the code that wrote it did not know).
    static func accepts(_ expected: String, _ actual: String) -> Bool {
        let wanted = GenericName(expected), given = GenericName(actual)
        guard wanted.base == given.base, !wanted.arguments.isEmpty else { return false }
        if given.arguments.isEmpty { return true }
        guard wanted.arguments.count == given.arguments.count else { return false }
        return zip(wanted.arguments, given.arguments).allSatisfy { $0 == "Any" || $0 == $1 || accepts(String($0), String($1)) }
    }

    /// `text` with each identifier for which `replacement` gives a text replaced by it.
    static func replacingIdentifiers(in text: String, _ replacement: (String) -> String?) -> String {
        var result = ""
        var identifier = ""
        func flush() {
            if !identifier.isEmpty { result += replacement(identifier) ?? identifier }
            identifier = ""
        }
        for character in text {
            if character.isLetter || character.isNumber || character == "_" {
                identifier.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }
}
