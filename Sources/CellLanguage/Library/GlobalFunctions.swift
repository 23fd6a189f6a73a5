import Foundation

/// `print`, `standardError`, `min`/`max`, `abs`, `stride`, `zip`: Swift's global functions in cells.
enum GlobalFunctions {
    /// `min(x, y, z, rest...)` or `max`: the value `isBetter` keeps over each later one.
    private static func extreme(_ arguments: [Value], isBetter: (Value, Value) throws -> Bool) throws -> Value {
        var values = Array(arguments.prefix(3))
        values += try arguments[3].asArray().elements
        var best = values[0]
        for value in values.dropFirst() where try !isBetter(best, value) { best = value }
        return best
    }

    static func register(in registry: Registry) {
        registry.beginSection("Printing", introduction: "Output goes to the cell's stdout (or stderr with `to: &standardError`).")
        registry.declareType("StandardErrorStream", "struct StandardErrorStream: TextOutputStream",
                             documentation: "A `TextOutputStream` that writes to standard error. `LandscapeNotebook` exports the same type and variable, so `print(..., to: &standardError)` compiles in an exported program.")
        registry.add("var standardError: StandardErrorStream",
                     documentation: "The standard error stream, for `print(_:separator:terminator:to:)`.") { _, _, _ in
            .native(NativeValue(typeName: "StandardErrorStream", object: StandardErrorMarker()))
        }
        registry.add("func print(_ items: Any..., separator: String = \" \", terminator: String = \"\\n\")",
                     documentation: "Writes the textual representations of the items, separated by `separator` and followed by `terminator`, to standard output.") { _, arguments, context in
            let text = try printed(arguments)
            context.write(text, to: .stdout)
            return .void
        }
        registry.add("func print<Target: TextOutputStream>(_ items: Any..., separator: String = \" \", terminator: String = \"\\n\", to output: inout Target)",
                     documentation: "Writes the textual representations of the items to `output`; in cells `&standardError` is the only stream.") { _, arguments, context in
            guard case .native(let native) = arguments[3], native.object is StandardErrorMarker else {
                throw LibraryUsageError("print(_:to:) writes to '&standardError' in cells")
            }
            context.write(try printed(arguments), to: .stderr)
            return .void
        }
        registry.add("func debugPrint(_ items: Any..., separator: String = \" \", terminator: String = \"\\n\")",
                     documentation: "Writes the debug representations of the items (strings quoted) to standard output.") { _, arguments, context in
            let items = try arguments[0].asArray().elements.map(\.debugDescription)
            context.write(items.joined(separator: try arguments[1].asString()) + (try arguments[2].asString()), to: .stdout)
            return .void
        }

        registry.add("func dump<T>(_ value: T, name: String? = nil, indent: Int = 0, maxDepth: Int = Int.max, maxItems: Int = Int.max) -> T",
                     documentation: "Writes the value's contents as a tree to standard output, as the standard library's `dump` lays it out (`▿ main.Point` and a line per stored property), and returns the value.") { _, arguments, context in
            var name: String?
            if case .optional(let given, _) = arguments[1] { name = try given?.asString() } else { name = try arguments[1].asString() }
            let evaluator = context.evaluator
            let text = try Dumping.text(of: arguments[0], name: name, indent: try arguments[2].asInt(),
                                        maxDepth: try arguments[3].asInt(), maxItems: try arguments[4].asInt()) { level in
                if level % 64 == 0 { try evaluator.checkInterrupt() }
                if evaluator.stackUsed > evaluator.stackBudget {
                    throw CellError(.runtime, "dump: the value nests too deeply to write out (the cell's stack is exhausted after \(level) levels); pass maxDepth:", position: nil)
                }
            }
            context.write(text, to: .stdout)
            return arguments[0]
        }

        registry.add("var localizedDescription: String { get }", of: "Error",
                     documentation: "What went wrong, in words: a library error's message (a cell type's error says its type and code, as Foundation does).") { receiver, _, _ in
            if case .native(let native) = receiver, let error = native.object as? LibraryErrorValue { return .string(error.message) }
            return .string(receiver.description)
        }

        registry.beginSection("Global functions")
        for type in ["Int", "Double", "String"] {
            registry.add("func min(_ x: \(type), _ y: \(type)) -> \(type)",
                         documentation: "The lesser of two comparable values.") { _, arguments, _ in
                try Ordering.less(arguments[1], arguments[0]) ? arguments[1] : arguments[0]
            }
            registry.add("func max(_ x: \(type), _ y: \(type)) -> \(type)",
                         documentation: "The greater of two comparable values.") { _, arguments, _ in
                try Ordering.less(arguments[0], arguments[1]) ? arguments[1] : arguments[0]
            }
            registry.add("func min(_ x: \(type), _ y: \(type), _ z: \(type), _ rest: \(type)...) -> \(type)",
                         documentation: "The least of the values (the first of equal ones).") { _, arguments, _ in
                try extreme(arguments, isBetter: { best, value in try !Ordering.less(value, best) })
            }
            registry.add("func max(_ x: \(type), _ y: \(type), _ z: \(type), _ rest: \(type)...) -> \(type)",
                         documentation: "The greatest of the values (the last of equal ones).") { _, arguments, _ in
                try extreme(arguments, isBetter: { best, value in try Ordering.less(value, best) })
            }
        }
        registry.add("func abs(_ x: Int) -> Int", documentation: "The absolute value of an integer; traps (an error in cells) for `Int.min`.") { _, arguments, _ in
            let value = try arguments[0].asInt()
            guard value != Int.min else {
                throw CellError(.runtime, "arithmetic overflow: abs(\(value)) is outside the range of Int (Swift traps here)", position: nil)
            }
            return .int(Swift.abs(value))
        }
        registry.add("func abs(_ x: Double) -> Double", documentation: "The absolute value (magnitude) of a number.") { _, arguments, _ in
            .double(Swift.abs(try arguments[0].asDouble()))
        }
        registry.add("func stride(from start: Int, to end: Int, by stride: Int) -> [Int]",
                     documentation: "The integers from `start` up to, not including, `end`, stepping by `stride`.") { _, arguments, context in
            try strideValues(arguments, through: false, context: context)
        }
        registry.add("func stride(from start: Int, through end: Int, by stride: Int) -> [Int]",
                     documentation: "The integers from `start` up to and including `end`, stepping by `stride`.") { _, arguments, context in
            try strideValues(arguments, through: true, context: context)
        }
        registry.add("func stride(from start: Double, to end: Double, by stride: Double) -> [Double]",
                     documentation: "The numbers from `start` up to, not including, `end`, stepping by `stride`.") { _, arguments, context in
            try strideValues(arguments, through: false, context: context)
        }
        registry.add("func stride(from start: Double, through end: Double, by stride: Double) -> [Double]",
                     documentation: "The numbers from `start` up to and including `end`, stepping by `stride`.") { _, arguments, context in
            try strideValues(arguments, through: true, context: context)
        }
        registry.add("func zip<S1, S2>(_ sequence1: S1, _ sequence2: S2) -> [(S1.Element, S2.Element)]",
                     documentation: "Pairs of elements of two sequences, as long as the shorter one.") { _, arguments, _ in
            let first = try Sequences.elements(of: arguments[0])
            let second = try Sequences.elements(of: arguments[1])
            let pairs = zip(first.elements, second.elements).map { Value.tuple([$0, $1], labels: [nil, nil]) }
            return .array(ArrayValue(pairs, elementType: .tuple([first.elementType, second.elementType])))
        }
        for (name, words) in [("assert", "Assertion failed"), ("precondition", "Precondition failed")] {
            registry.add("func \(name)(_ condition: Bool, _ message: String = \"\")",
                         documentation: "Stops the cell with \"\(words)\" and the message when `condition` is false (a compiled program traps there).") { _, arguments, _ in
                guard try !arguments[0].asBool() else { return .void }
                let message = try arguments[1].asString()
                throw CellError(.runtime, message.isEmpty ? words : "\(words): \(message)", position: nil)
            }
        }
        for (name, words, result) in [("fatalError", "Fatal error", " -> Never"), ("preconditionFailure", "Fatal error", " -> Never"),
                                      ("assertionFailure", "Fatal error", "")] {
            registry.add("func \(name)(_ message: String = \"\")\(result)",
                         documentation: "Stops the cell with \"\(words)\" and the message (a compiled program traps there).") { _, arguments, _ in
                let message = try arguments[0].asString()
                throw CellError(.runtime, message.isEmpty ? words : "\(words): \(message)", position: nil)
            }
        }
        registry.add("func type<T>(of value: T) -> Any.Type",
                     documentation: "The dynamic type of a value.") { _, arguments, _ in
            .metatype(arguments[0].type)
        }
    }

    static func printed(_ arguments: [Value]) throws -> String {
        let items = try arguments[0].asArray().elements.map(\.description)
        return items.joined(separator: try arguments[1].asString()) + (try arguments[2].asString())
    }

    static func strideValues(_ arguments: [Value], through: Bool, context: CallContext) throws -> Value {
        if case .int(let start) = arguments[0] {
            let end = try arguments[1].asInt()
            let step = try arguments[2].asInt()
            guard step != 0 else { throw CellError(.runtime, "Stride size must not be zero", position: nil) }
            let span = Double(end) - Double(start)
            try context.checkAllocation(Int(Swift.min(Swift.max(span / Double(step) + 1, 0), 1e18)), of: "stride")
            let values: [Int] = through ? Array(Swift.stride(from: start, through: end, by: step))
                                        : Array(Swift.stride(from: start, to: end, by: step))
            return .ints(values)
        }
        let start = try arguments[0].asDouble()
        let end = try arguments[1].asDouble()
        let step = try arguments[2].asDouble()
        guard step != 0, step.isFinite, start.isFinite, end.isFinite else {
            throw CellError(.runtime, "stride needs finite bounds and a non-zero finite step", position: nil)
        }
        try context.checkAllocation(Int(Swift.min(Swift.max((end - start) / step + 1, 0), 1e18)), of: "stride")
        let values: [Double] = through ? Array(Swift.stride(from: start, through: end, by: step))
                                       : Array(Swift.stride(from: start, to: end, by: step))
        return .doubles(values)
    }
}

/// The object behind `standardError` in cells.
struct StandardErrorMarker: CustomStringConvertible {
    var description: String { "StandardErrorStream()" }
}

/// `<` on the comparable cell values.
enum Ordering {
    static func less(_ left: Value, _ right: Value) throws -> Bool {
        if case .bool(let truth)? = try UserOperators.apply("<", left, right) { return truth }
        switch (left, right) {
        case (.int(let a), .int(let b)): return a < b
        case (.integer(let a), .integer(let b)) where a.kind == b.kind: return SizedInteger.less(a, b)
        case (.double(let a), .double(let b)): return a < b
        case (.float(let a), .float(let b)): return a < b
        case (.int(let a), .double(let b)): return Double(a) < b
        case (.double(let a), .int(let b)): return a < Double(b)
        case (.string(let a), .string(let b)): return a < b
        case (.bool(let a), .bool(let b)): return !a && b
        case (.native, .native):
            if let a = StringIndices.index(left), let b = StringIndices.index(right) { return a < b }
            throw CellError(.compile, "values of type '\(left.type)' and '\(right.type)' cannot be compared with '<'", position: nil)
        case (.tuple(let a, _), .tuple(let b, _)):
            for (x, y) in zip(a, b) {
                if try less(x, y) { return true }
                if try less(y, x) { return false }
            }
            return a.count < b.count
        default:
            throw CellError(.compile,
                            "values of type '\(left.type)' and '\(right.type)' cannot be compared with '<'", position: nil)
        }
    }
}
