import SwiftSyntax

/// Cell types that conform to `Sequence` or `IteratorProtocol`, and the library's iterators: `for-in`
/// and the sequence methods go through `makeIterator()` and the iterator's `next()`, as Swift's do.
extension Evaluator {
    /// True for a value of a cell type conforming to `Sequence` or `IteratorProtocol`.
    func isUserSequence(_ value: Value) -> Bool {
        guard let type = definition(of: value) else { return false }
        return type.conforms(to: "Sequence") || type.conforms(to: "IteratorProtocol")
    }

    /// Calls `body` with each element of a cell sequence or a library iterator until it returns
    /// false or the iterator's `next()` gives nil. Lazily: an endless sequence runs until `body`
    /// stops it (or an interrupt).
    func iterateUserSequence(_ sequence: Value, node: Syntax?, _ body: (Value) throws -> Bool) throws {
        var iterator = try makeIterator(of: sequence, node: node)
        while let element = try nextElement(of: &iterator, node: node) {
            try checkInterruptPeriodically()
            if try !body(element) { return }
        }
    }

    /// The elements of a cell sequence or a library iterator, collected (within the memory guard).
    func userSequenceElements(_ sequence: Value, node: Syntax?) throws -> ArrayValue {
        var values: [Value] = []
        try iterateUserSequence(sequence, node: node) { element in
            values.append(element)
            if values.count & 0xFFFF == 0 { try MemoryGuard.check(elements: values.count, what: "the elements of '\(sequence.type)'") }
            return true
        }
        guard let first = values.first?.type else {
            return ArrayValue([], elementType: (try? sequenceElementType(of: sequence)) ?? .any)
        }
        return ArrayValue(values, elementType: values.allSatisfy { $0.type == first } ? first : .any)
    }

    /// A sequence's iterator: what its `makeIterator()` returns, or the value itself for an iterator
    /// (an `IteratorProtocol` type is its own sequence when it declares no `makeIterator()`).
    func makeIterator(of sequence: Value, node: Syntax?) throws -> Value {
        if let methods = userMethods("makeIterator", of: sequence),
           let method = methods.first(where: { $0.parameters.isEmpty }) {
            var receiver = sequence
            return try callMethod(method, self: &receiver, arguments: [], node: node)
        }
        return sequence
    }

    /// Advances `iterator` (in place: a structure's `mutating func next()` changes it) and returns
    /// its next element, or nil at the end.
    func nextElement(of iterator: inout Value, node: Syntax?) throws -> Value? {
        if let methods = userMethods("next", of: iterator), let method = methods.first(where: { $0.parameters.isEmpty }) {
            let result = try callMethod(method, self: &iterator, arguments: [], node: node)
            return try Self.iteratorResult(result, of: "'\(iterator.type).next()'")
        }
        if case .native(var native) = iterator {
            if var collection = native.object as? CollectionIterator {
                native.object = ()  // `collection` alone holds the elements while it advances
                let element = collection.next()
                native.object = collection
                iterator = .native(native)
                return element
            }
            if let box = native.object as? AnyIteratorBox { return try box.next(self) }
        }
        throw CellError(.compile, "type '\(iterator.type)' does not conform to protocol 'IteratorProtocol'",
                        position: node?.positionAfterSkippingLeadingTrivia)
    }

    /// What `next()` returned, unwrapped: nil ends the iteration.
    static func iteratorResult(_ result: Value, of what: String) throws -> Value? {
        guard case .optional(let wrapped, _) = result else {
            throw CellError(.compile, "\(what) must return an optional, not '\(result.type)'", position: nil)
        }
        return wrapped
    }

    /// The element type a sequence's iterator declares (the wrapped type its `next()` returns).
    private func sequenceElementType(of sequence: Value) throws -> TypeRef? {
        if case .native(let native) = sequence {
            if let box = native.object as? AnyIteratorBox { return box.elementType }
            if let collection = native.object as? CollectionIterator { return collection.elementType }
        }
        let iterator = try makeIterator(of: sequence, node: nil)
        if let method = userMethods("next", of: iterator)?.first(where: { $0.parameters.isEmpty }) {
            return method.returnType?.optionalWrapped
        }
        return nil
    }

    /// `seq.map { ... }` on a cell sequence: the sequence methods every `Sequence` has
    /// (`map`, `filter`, `reduce`, `contains`, `sorted` ...), nil when `name` is none of them.
    func callSequenceMethod(_ name: String, on receiver: Value, arguments: [ArgumentSyntax], in scope: Scope,
                            node: FunctionCallExprSyntax) throws -> Value? {
        guard isUserSequence(receiver) else { return nil }
        let symbols = registry.instanceMember(name, of: Self.sequenceTable).filter { $0.kind == .method }
        guard !symbols.isEmpty else { return nil }
        var value = receiver
        return try callSymbols(symbols, receiver: &value, arguments: arguments, in: scope, calleeName: name, node: node)
    }

    /// The registry's table of the methods every sequence has, which cell sequences use.
    static let sequenceTable = TypeRef.named("Sequence")
}
