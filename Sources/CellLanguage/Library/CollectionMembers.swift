/// `Array`, `Dictionary`, `Range`: initializers, properties and the sequence methods with closures.
enum CollectionMembers {
    static func register(in registry: Registry) {
        registry.beginSection("Array")
        registry.declareType("Array", "struct Array<Element>", documentation: "An ordered collection, `[Element]`. Indexing outside the array is an error.")
        registry.add("init(repeating repeatedValue: Element, count: Int)", of: "Array",
                     documentation: "`count` copies of `repeatedValue`.") { _, arguments, context in
            let count = try arguments[1].asInt()
            try context.checkAllocation(count, of: "Array(repeating:count:)")
            return .array(ArrayValue(Array(repeating: arguments[0], count: count), elementType: arguments[0].type))
        }
        registry.add("init<S: Sequence>(_ elements: S)", of: "Array", documentation: "The elements of a sequence (a range, a string, a dictionary ...).") { _, arguments, _ in
            .array(try Sequences.elements(of: arguments[0]))
        }
        registry.add("var count: Int { get }", of: "Array", documentation: "The number of elements.") { receiver, _, _ in
            .int(try receiver.asArray().elements.count)
        }
        registry.add("var isEmpty: Bool { get }", of: "Array", documentation: "True when there are no elements.") { receiver, _, _ in
            .bool(try receiver.asArray().elements.isEmpty)
        }
        registry.add("mutating func append(_ newElement: Element)", of: "Array", documentation: "Adds an element at the end.") { receiver, arguments, context in
            var array = try receiver.asArray()
            guard let element = Conversion.convert(arguments[0], to: array.elementType, literal: true) else {
                throw CellError(.compile, "cannot convert value of type '\(arguments[0].type)' to expected argument type '\(array.elementType)'",
                                position: nil)
            }
            try context.checkAllocation(array.elements.count + 1, of: "Array.append")
            receiver = .void
            array.elements.append(element)
            receiver = .array(array)
            return .void
        }
    }
}
