/// `dump(_:)`: a value's contents as a tree, one line per part, in the layout of the standard
/// library's `dump` (which reads them through `Mirror`): `▿` before a part with parts of its own,
/// `-` before one without, a name before the parts of a structure, class or labeled tuple, and the
/// numbered identity (`#0`) of each class instance, printed once.
struct Dumping {
    private var output = ""
    private var itemsLeft: Int
    private var visited: [ObjectIdentifier: Int] = [:]
    /// Called at each level: throws when the cell's stack runs low (a list of 100,000 nodes nests as
    /// deep), so that a deep value ends in an error instead of overflowing the stack.
    private let checkStack: (Int) throws -> Void
    private var level = 0

    /// The text `dump(value, name:indent:maxDepth:maxItems:)` writes.
    static func text(of value: Value, name: String?, indent: Int, maxDepth: Int, maxItems: Int,
                     checkStack: @escaping (Int) throws -> Void) throws -> String {
        var dumping = Dumping(itemsLeft: maxItems, checkStack: checkStack)
        try dumping.dump(value, name: name, indent: max(indent, 0), depthLeft: maxDepth)
        return dumping.output
    }

    private init(itemsLeft: Int, checkStack: @escaping (Int) throws -> Void) {
        self.itemsLeft = itemsLeft
        self.checkStack = checkStack
    }

    private mutating func dump(_ value: Value, name: String?, indent: Int, depthLeft: Int) throws {
        guard itemsLeft > 0 else { return }
        itemsLeft -= 1
        level += 1
        defer { level -= 1 }
        try checkStack(level)
        // A deep value's lines are indented further each level: the output grows with the square of
        // the depth, so it is bounded as the notebook bounds a collection.
        if output.utf8.count + indent > MemoryGuard.maximumElements {
            throw CellError(.runtime, "dump: the output would pass the notebook's limit of \(MemoryGuard.maximumElements) characters; pass maxDepth: or maxItems:",
                            position: nil)
        }
        let children = try Self.children(of: value)
        output += String(repeating: " ", count: indent)
        output += children.isEmpty ? "- " : depthLeft <= 0 ? "▹ " : "▿ "
        if let name { output += name + ": " }
        output += Self.summary(of: value)
        if case .object(let object) = value {
            let identity = ObjectIdentifier(object)
            if let seen = visited[identity] {
                output += " #\(seen)\n"
                return
            }
            visited[identity] = visited.count
            output += " #\(visited.count - 1)"
        }
        output += "\n"
        guard depthLeft > 0 else { return }
        if case .object(let object) = value, let superclass = object.definition.superclass {
            try dumpSuperclass(superclass, of: object, indent: indent + 2, depthLeft: depthLeft - 1)
        }
        try dumpChildren(children, indent: indent, depthLeft: depthLeft)
    }

    /// The parts of `value` a class level adds: its superclass's first, as `super: main.Base`.
    private mutating func dumpSuperclass(_ level: UserType, of object: ObjectValue, indent: Int, depthLeft: Int) throws {
        guard itemsLeft > 0 else { return }
        itemsLeft -= 1
        let children = try Self.ownFields(of: object, at: level)
        output += String(repeating: " ", count: indent)
        output += children.isEmpty ? "- " : depthLeft <= 0 ? "▹ " : "▿ "
        output += "super: " + UserDescriptions.name(of: level, qualified: true) + "\n"
        guard depthLeft > 0 else { return }
        if let superclass = level.superclass {
            try dumpSuperclass(superclass, of: object, indent: indent + 2, depthLeft: depthLeft - 1)
        }
        try dumpChildren(children, indent: indent, depthLeft: depthLeft)
    }

    private mutating func dumpChildren(_ children: [(name: String?, value: Value)], indent: Int, depthLeft: Int) throws {
        for (position, child) in children.enumerated() {
            if itemsLeft <= 0 {
                let remainder = children.count - position
                output += String(repeating: " ", count: indent + 4) + "(\(remainder)" + (position > 0 ? " more" : "")
                    + (remainder == 1 ? " child)\n" : " children)\n")
                return
            }
            try dump(child.value, name: child.name, indent: indent + 2, depthLeft: depthLeft - 1)
        }
    }

    /// The named parts `Mirror` gives a value of each kind.
    private static func children(of value: Value) throws -> [(name: String?, value: Value)] {
        switch value {
        case .record(let record):
            return zip(record.definition.allStoredProperties, record.fields).map { ($0.name, $1) }
        case .object(let object):
            return try ownFields(of: object, at: object.definition)
        case .enumeration(let enumValue):
            let enumCase = enumValue.enumCase
            guard enumCase.hasPayload else { return [] }
            if enumValue.payload.count == 1, enumCase.labels.first.map({ $0 == nil }) ?? true {
                return [(enumCase.name, enumValue.payload[0])]
            }
            return [(enumCase.name, .tuple(enumValue.payload, labels: enumCase.labels))]
        case .array(let array):
            return array.elements.map { (nil, $0) }
        case .set(let set):
            return set.elements.map { (nil, $0) }
        case .dictionary(let dictionary):
            return dictionary.entries.map { (nil, .tuple([$0.key, $0.value], labels: ["key", "value"])) }
        case .tuple(let elements, let labels):
            return elements.enumerated().map { index, element in
                let label = index < labels.count ? labels[index] : nil
                return (label ?? ".\(index)", element)
            }
        case .optional(let wrapped?, _):
            return [("some", wrapped)]
        case .range(let range):
            return [("lowerBound", .int(range.lower)), ("upperBound", .int(range.upper))]
        default:
            return []
        }
    }

    /// The stored properties class `level` itself declares, read from `object`'s fields.
    private static func ownFields(of object: ObjectValue, at level: UserType) throws -> [(name: String?, value: Value)] {
        let first = level.superclass?.storedPropertyCount ?? 0
        return try level.storedProperties.enumerated().map { offset, property in
            (property.name, try object.field(first + offset))
        }
    }

    /// What follows the bullet and name: a collection's size, a type's qualified name, a custom
    /// description, or the value as `debugPrint` writes it.
    private static func summary(of value: Value) -> String {
        func counted(_ count: Int, _ singular: String, _ plural: String) -> String {
            count == 1 ? "1 \(singular)" : "\(count) \(plural)"
        }
        switch value {
        case .tuple(let elements, _): return "(" + counted(elements.count, "element", "elements") + ")"
        case .array(let array): return counted(array.count, "element", "elements")
        case .dictionary(let dictionary): return counted(dictionary.entries.count, "key/value pair", "key/value pairs")
        case .set(let set): return counted(set.elements.count, "member", "members")
        case .optional(nil, _): return "nil"
        case .optional: return value.debugDescription
        case .range(let range): return (range.isClosed ? "ClosedRange(" : "Range(") + value.description + ")"
        case .function: return "(Function)"
        case .record(let record):
            return UserDescriptions.customDescriptionOnThisThread(value) ?? UserDescriptions.name(of: record.definition, qualified: true)
        case .object(let object):
            return UserDescriptions.customDescriptionOnThisThread(value) ?? UserDescriptions.name(of: object.definition, qualified: true)
        case .enumeration(let enumValue):
            return UserDescriptions.customDescriptionOnThisThread(value)
                ?? UserDescriptions.name(of: enumValue.definition, qualified: true) + "." + enumValue.enumCase.name
        default:
            return value.debugDescription
        }
    }
}
