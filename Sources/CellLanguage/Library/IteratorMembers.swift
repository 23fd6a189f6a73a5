/// Iterators and the `Sequence` protocol: `makeIterator()` on the standard collections, `next()`,
/// `AnyIterator`, and the sequence methods a cell type conforming to `Sequence` gets.
enum IteratorMembers {
    static func register(in registry: Registry) {
        registry.beginSection("Iterators and sequences",
                              introduction: "A cell type conforming to `Sequence` (with `makeIterator()`) or `IteratorProtocol` (with `mutating func next() -> Element?`) works in `for-in` and has the sequence methods below (`map`, `filter`, `reduce`, `prefix` ...), asked for lazily where Swift's are, so an endless sequence may be iterated until `break` or taken a `prefix` of.")
        registerCollectionIterators(in: registry)
        registerAnyIterator(in: registry)
        registry.declareType("Sequence", "protocol Sequence",
                             documentation: "A type that gives its elements one by one through `makeIterator()`; cell types may conform to it.")
        CollectionMembers.registerSequenceMethods(of: "Sequence", in: registry)
    }

    private static func registerCollectionIterators(in registry: Registry) {
        registry.declareType("IndexingIterator", "struct IndexingIterator<Elements: Collection>",
                             documentation: "The iterator of an array, a range, a set, a dictionary or a string: `var it = xs.makeIterator(); while let x = it.next() { … }`.")
        for owner in ["Array", "Set", "Dictionary", "String", "Range", "ClosedRange"] {
            registry.add("func makeIterator() -> IndexingIterator<Self>", of: owner,
                         documentation: "An iterator over the elements, in order.") { receiver, _, context in
                Iterators.collectionIterator(over: try CollectionMembers.elements(receiver, context), of: receiver.type)
            }
        }
        registry.add("mutating func next() -> Element?", of: "IndexingIterator",
                     documentation: "The next element, or nil after the last.") { receiver, _, context in
            try next(&receiver, context)
        }
    }

    private static func registerAnyIterator(in registry: Registry) {
        registry.declareType("AnyIterator", "struct AnyIterator<Element>",
                             documentation: "An iterator made from a closure that returns the next element or nil (`AnyIterator { … }`), or wrapping another iterator. Copies share one position.")
        registry.add("init(_ body: @escaping () -> Element?)", of: "AnyIterator",
                     documentation: "The elements `body` returns until it returns nil.") { _, arguments, _ in
            guard case .function(let function) = arguments[0] else { throw LibraryUsageError("expected a closure") }
            var elementType: TypeRef?
            if case .function(_, let result) = function.type, let wrapped = result.optionalWrapped, wrapped != .any {
                elementType = wrapped
            }
            return Iterators.anyIterator(.closure(arguments[0]), elementType: elementType)
        }
        registry.add("init<I: IteratorProtocol>(_ base: I)", of: "AnyIterator",
                     documentation: "The elements of another iterator (advanced by this one).") { _, arguments, context in
            let base = arguments[0]
            guard Iterators.isIterator(base) || context.evaluator.isUserSequence(base) else {
                throw CellError(.compile, "type '\(base.type)' does not conform to protocol 'IteratorProtocol'", position: nil)
            }
            return Iterators.anyIterator(.iterator(base), elementType: nil)
        }
        registry.add("mutating func next() -> Element?", of: "AnyIterator",
                     documentation: "The next element, or nil at the end.") { receiver, _, context in
            try next(&receiver, context)
        }
        CollectionMembers.registerSequenceMethods(of: "AnyIterator", in: registry)
    }

    private static func next(_ receiver: inout Value, _ context: CallContext) throws -> Value {
        var elementType = TypeRef.any
        if case .native(let native) = receiver {
            if let collection = native.object as? CollectionIterator { elementType = collection.elementType }
            if let box = native.object as? AnyIteratorBox { elementType = box.elementType }
        }
        let element = try context.evaluator.nextElement(of: &receiver, node: nil)
        return .optional(element, element?.type ?? elementType)
    }
}
