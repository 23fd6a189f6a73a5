@testable import CellLanguage
import Testing

/// The size of a cell value, which is what every array element, variable and argument costs: a
/// `Value` is as large as its largest case. A library value is held in one reference (`NativeValue`),
/// so no case holds an existential inline and copying a `Value` is a switch and a retain. (In-place
/// changes of collections move them out of the `Value` before matching, `takeArray()`, so they do not
/// depend on the layout; the index-write and append tests of the cell suite would go quadratic if they did.)
@Suite struct ValueLayoutTests {
    @Test func valueStaysSmall() {
        #expect(MemoryLayout<Value>.stride <= 32, "a Value takes \(MemoryLayout<Value>.stride) bytes")
        #expect(MemoryLayout<DictionaryValue>.size <= 24, "a DictionaryValue takes \(MemoryLayout<DictionaryValue>.size) bytes")
        #expect(MemoryLayout<SetValue>.size <= 24, "a SetValue takes \(MemoryLayout<SetValue>.size) bytes")
        #expect(MemoryLayout<ArrayValue>.size <= 25, "an ArrayValue takes \(MemoryLayout<ArrayValue>.size) bytes")
        #expect(MemoryLayout<TypeRef>.size <= 17, "a TypeRef takes \(MemoryLayout<TypeRef>.size) bytes")
    }
}

@Suite struct NativeValueSemanticsTests {
    /// A library value is a value: changing a copy's object leaves the original's alone.
    @Test func copiesAreIndependent() {
        let original = NativeValue(typeName: "Box", object: 1)
        var copy = original
        copy.object = 2
        copy.typeName = "Other"
        #expect(original.object as? Int == 1)
        #expect(original.typeName == "Box")
        #expect(copy.object as? Int == 2)
        #expect(copy.typeName == "Other")
    }
}
