@testable import CellLanguage
import Testing

/// `Set<Element>` in cells: the storage's O(1) removal, value semantics, hashable cell types, and
/// the set algebra printing as Swift prints it.
@Suite struct SetTests {
    @Test func removalMovesTheLastElementIntoTheGap() {
        var set = SetValue(elementType: .int)
        for value in 1...4 { set.insert(.int(value), key: .int(value)) }
        #expect(set.insert(.int(2), key: .int(2)).inserted == false)
        #expect(set.remove(.int(2))?.description == "2")
        #expect(set.remove(.int(2)) == nil)
        #expect(set.elements.map(\.description) == ["1", "4", "3"])
        // The moved element is still found at its new place, and removable from there.
        #expect(set.contains(.int(4)))
        #expect(set.remove(.int(4))?.description == "4")
        #expect(set.elements.map(\.description) == ["1", "3"])
        #expect(MemoryLayout<SetValue>.size <= 24, "a SetValue takes \(MemoryLayout<SetValue>.size) bytes")
    }

    @Test func setsAreValues() {
        let notebook = Notebook()
        notebook.run("var a: Set = [1, 2]\nvar b = a\nb.insert(3)")
        #expect(notebook.value("a.count") == "2")
        #expect(notebook.value("b.sorted()") == "[1, 2, 3]")
        #expect(notebook.value("type(of: a)") == "Set<Int>")
        #expect(notebook.value("a == [2, 1]") == "true")
        #expect(notebook.value("Set<Double>([1, 2]).sorted()") == "[1.0, 2.0]")
        #expect(notebook.value("Set<String>()") == "Set([])")
    }

    @Test func hashableCellTypesAreElementsAndKeys() {
        let notebook = Notebook()
        notebook.run("enum Suit { case hearts, spades }\nstruct P: Hashable { var x: Int }\nstruct Q { var x: Int }")
        #expect(notebook.value("Set([Suit.hearts, .spades, .hearts]).count") == "2")
        #expect(notebook.value("Set([P(x: 1), P(x: 1), P(x: 2)]).count") == "2")
        #expect(notebook.value("[P(x: 1): \"one\"][P(x: 1)] ?? \"none\"") == "\"one\"")
        #expect(notebook.value("Set([Q(x: 1)])") == "error: type 'Q' does not conform to protocol 'Hashable'")
    }

    @Test func algebraAndRelations() {
        let notebook = Notebook()
        notebook.run("let odd: Set = [1, 3, 5, 7]\nlet primes: Set = [2, 3, 5, 7]")
        #expect(notebook.value("odd.union(primes).sorted()") == "[1, 2, 3, 5, 7]")
        #expect(notebook.value("odd.intersection(primes).sorted()") == "[3, 5, 7]")
        #expect(notebook.value("odd.subtracting(primes).sorted()") == "[1]")
        #expect(notebook.value("odd.symmetricDifference(primes).sorted()") == "[1, 2]")
        #expect(notebook.value("odd.isSuperset(of: [3, 5])") == "true")
        #expect(notebook.value("odd.isStrictSubset(of: odd)") == "false")
        #expect(notebook.value("odd.isDisjoint(with: 8...9)") == "true")
        #expect(notebook.value("odd.insert(9)") == "error: cannot use mutating member on immutable value: 'odd' is a 'let' constant")
        notebook.run("var s = odd\ns.formSymmetricDifference([1, 2])")
        #expect(notebook.value("s.sorted()") == "[2, 3, 5, 7]")
    }
}
