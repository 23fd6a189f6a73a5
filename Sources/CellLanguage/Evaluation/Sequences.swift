import SwiftSyntax

/// Iterating what `for-in` and the sequence methods accept: arrays, ranges, dictionaries, sets, strings,
/// iterators and cell types conforming to `Sequence`.
enum Sequences {
    /// Calls `body` with each element until it returns false. Ranges are iterated lazily, so
    /// `for i in 0..<Int.max` runs until interrupted without allocating.
    static func iterate(_ sequence: Value, node: Syntax?, evaluator: Evaluator,
                        _ body: (Value) throws -> Bool) throws {
        switch sequence {
        case .array(let array):
            for element in array where try !body(element) { return }
        case .range(let range):
            guard let count = range.count else {
                throw CellError(.runtime, "range \(Value.range(range).description) has more elements than Int can count",
                                position: node?.positionAfterSkippingLeadingTrivia)
            }
            var offset = 0
            while offset < count {
                if try !body(.int(range.element(at: offset))) { return }
                offset += 1
            }
        case .dictionary(let dictionary):
            for entry in dictionary.entries where try !body(.tuple([entry.key, entry.value], labels: ["key", "value"])) {
                return
            }
        case .set(let set):
            for element in set.elements where try !body(element) { return }
        case .string(let string):
            for character in string where try !body(.string(String(character))) { return }
        case .native(let native) where native.object is any NativeSequence:
            guard let sequence = native.object as? any NativeSequence else { return }
            for element in sequence.cellElements.elements where try !body(element) { return }
        case _ where Iterators.isIterator(sequence) || evaluator.isUserSequence(sequence):
            try evaluator.iterateUserSequence(sequence, node: node, body)
        default:
            throw CellError(.compile, "for-in loop requires '\(sequence.type)' to conform to 'Sequence'",
                            position: node?.positionAfterSkippingLeadingTrivia)
        }
    }

    /// The element type of an array, a set or a string view; nil for other sequences.
    static func elementType(of sequence: Value) -> TypeRef? {
        switch sequence {
        case .array(let array): return array.elementType
        case .set(let set): return set.elementType
        case .native(let native): return (native.object as? any NativeSequence)?.cellElements.elementType
        default: return nil
        }
    }

    /// The elements of a sequence as an array (ranges materialized, within the memory guard).
    static func elements(of sequence: Value) throws -> ArrayValue {
        switch sequence {
        case .array(let array):
            return array
        case .range(let range):
            guard let count = range.count else {
                throw CellError(.runtime, "range has more elements than Int can count", position: nil)
            }
            try MemoryGuard.check(elements: count, what: "the range \(Value.range(range).description)")
            return ArrayValue((0..<count).map { .int(range.element(at: $0)) }, elementType: .int)
        case .dictionary(let dictionary):
            return ArrayValue(dictionary.entries.map { .tuple([$0.key, $0.value], labels: ["key", "value"]) },
                              elementType: .tuple([dictionary.keyType, dictionary.valueType]))
        case .set(let set):
            return ArrayValue(set.elements, elementType: set.elementType)
        case .string(let string):
            return ArrayValue(string.map { .string(String($0)) }, elementType: .character)
        case .native(let native) where native.object is any NativeSequence:
            guard let sequence = native.object as? any NativeSequence else { break }
            return sequence.cellElements
        default:
            break
        }
        throw CellError(.compile, "value of type '\(sequence.type)' is not a sequence", position: nil)
    }
}
