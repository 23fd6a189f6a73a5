import SwiftSyntax

/// The iterators a cell can hold: a collection's (`[1, 2].makeIterator()`) and `AnyIterator`.
/// A cell type's own iterator is a cell value whose `next()` the evaluator calls
/// (`Evaluator.nextElement(of:node:)`).
enum Iterators {
    /// True for a library iterator value (one `Evaluator.nextElement(of:node:)` advances itself).
    static func isIterator(_ value: Value) -> Bool {
        guard case .native(let native) = value else { return false }
        return native.object is CollectionIterator || native.object is AnyIteratorBox
    }

    /// True when `name` names an iterator type a library iterator value may stand for
    /// (`IndexingIterator<[Int]>`, `AnyIterator<T>`, `Array<Int>.Iterator`).
    static func isIteratorTypeName(_ name: String) -> Bool {
        let base = GenericName(name).base
        return base == "IndexingIterator" || base == "AnyIterator" || name.hasSuffix(".Iterator")
    }

    /// The iterator over `elements`, named after the collection it came from.
    static func collectionIterator(over elements: ArrayValue, of collection: TypeRef) -> Value {
        .native(NativeValue(typeName: "IndexingIterator<\(collection.printedName)>",
                            object: CollectionIterator(elements: elements)))
    }

    /// An `AnyIterator` given the element type its specialization names (`AnyIterator<Int> { ... }`).
    static func retyped(_ value: Value, elementType: TypeRef) -> Value {
        guard case .native(let native) = value, let box = native.object as? AnyIteratorBox else { return value }
        return anyIterator(box.source, elementType: elementType)
    }

    /// `AnyIterator` over `source`, its elements of type `elementType` (nil when not known).
    static func anyIterator(_ source: AnyIteratorBox.Source, elementType: TypeRef?) -> Value {
        let box = AnyIteratorBox(source: source, elementType: elementType ?? .any)
        return .native(NativeValue(typeName: elementType.map { "AnyIterator<\($0.printedName)>" } ?? "AnyIterator", object: box))
    }
}

/// Swift's `IndexingIterator`: the elements of a collection in order. A value: a copy of an
/// iterator advances on its own, as in Swift.
struct CollectionIterator {
    let elements: ArrayValue
    private(set) var position = 0

    init(elements: ArrayValue) {
        self.elements = elements
    }

    var elementType: TypeRef { elements.elementType }

    mutating func next() -> Value? {
        guard position < elements.count else { return nil }
        defer { position += 1 }
        return elements[position]
    }
}

/// `AnyIterator<Element>`: the elements a closure gives until it returns nil, or those of another
/// iterator. Copies share one position, as copies of Swift's `AnyIterator` share its box.
final class AnyIteratorBox {
    enum Source {
        /// A closure `() -> Element?`.
        case closure(Value)
        /// Another iterator (a library one or a cell type's), advanced in place.
        case iterator(Value)
    }

    private(set) var source: Source
    let elementType: TypeRef

    init(source: Source, elementType: TypeRef) {
        self.source = source
        self.elementType = elementType
    }

    /// The next element, or nil at the end.
    func next(_ evaluator: Evaluator) throws -> Value? {
        switch source {
        case .closure(let body):
            // The closure's context type is `() -> Element?`: a value it returns is the next element.
            let result = try evaluator.callValue(body, arguments: [], node: Optional<Syntax>.none)
            if case .optional(let wrapped, _) = result { return wrapped }
            return result
        case .iterator(var base):
            defer { source = .iterator(base) }
            return try evaluator.nextElement(of: &base, node: nil)
        }
    }
}
