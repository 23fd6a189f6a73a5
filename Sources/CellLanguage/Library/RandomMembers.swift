/// Swift's random values: `Int.random(in:)`, `Bool.random()`, `randomElement()`, `shuffled()` and
/// `shuffle()`, drawn from the system's generator as in a compiled program (not seeded: the library's
/// own work takes explicit seeds).
enum RandomMembers {
    static func register(in registry: Registry) {
        registry.beginSection("Random values")
        for signature in ["static func random(in range: Range<Int>) -> Int", "static func random(in range: ClosedRange<Int>) -> Int"] {
            registry.add(signature, of: "Int", documentation: "A uniformly random integer in `range`; an empty range is Swift's trap.") { _, arguments, _ in
                guard case .range(let range) = arguments[0] else { throw LibraryUsageError("expected a range of Int") }
                if range.isClosed {
                    guard range.lower <= range.upper else { throw CellError.runtime("Range requires lowerBound <= upperBound") }
                    return .int(Int.random(in: range.lower...range.upper))
                }
                guard range.lower < range.upper else { throw CellError.runtime("Can't get random value with an empty range") }
                return .int(Int.random(in: range.lower..<range.upper))
            }
        }
        registry.add("static func random() -> Bool", of: "Bool", documentation: "true or false, each with probability 1/2.") { _, _, _ in
            .bool(Bool.random())
        }
        for owner in ["Array", "Range", "ClosedRange", "Set"] {
            registry.add("func randomElement() -> Element?", of: owner, documentation: "A random element, or nil when there is none.") { receiver, _, context in
                if case .range(let range) = receiver, let count = range.count {
                    guard count > 0 else { return .optional(nil, .int) }
                    return .optional(.int(range.lower &+ Int.random(in: 0..<count)), .int)
                }
                let source = try CollectionMembers.elements(receiver)
                return .optional(source.randomElement(), source.elementType)
            }
            registry.add("func shuffled() -> [Element]", of: owner, documentation: "The elements in a random order.") { receiver, _, context in
                if case .range(let range) = receiver { try context.checkAllocation(range.count ?? Int.max, of: "shuffled()") }
                let source = try CollectionMembers.elements(receiver)
                return .array(ArrayValue(source.elements.shuffled(), elementType: source.elementType))
            }
        }
        registry.add("mutating func shuffle()", of: "Array", documentation: "Puts the elements in a random order, in place.") { receiver, _, _ in
            var array = try receiver.asArray()
            receiver = .void  // `array` holds the only reference: shuffled in place
            array.elements.shuffle()
            receiver = .array(array)
            return .void
        }
    }
}
