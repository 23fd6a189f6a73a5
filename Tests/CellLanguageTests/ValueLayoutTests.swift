@testable import CellLanguage
import Testing

/// The size of a cell value, which is what every array element, variable and argument costs: a
/// `Value` is as large as its largest case. Its largest case is a library value held inline (a type
/// name and an existential): boxing it gave 32 bytes, but in that layout the in-place change of an
/// array taken out of a variable copied the array (index writes in a loop went quadratic, found by
/// the cell benchmark), so it is held inline until that is understood.
@Suite struct ValueLayoutTests {
    @Test func valueStaysSmall() {
        #expect(MemoryLayout<Value>.stride <= 56, "a Value takes \(MemoryLayout<Value>.stride) bytes")
        #expect(MemoryLayout<DictionaryValue>.size <= 24, "a DictionaryValue takes \(MemoryLayout<DictionaryValue>.size) bytes")
        #expect(MemoryLayout<SetValue>.size <= 24, "a SetValue takes \(MemoryLayout<SetValue>.size) bytes")
        #expect(MemoryLayout<ArrayValue>.size <= 25, "an ArrayValue takes \(MemoryLayout<ArrayValue>.size) bytes")
        #expect(MemoryLayout<TypeRef>.size <= 17, "a TypeRef takes \(MemoryLayout<TypeRef>.size) bytes")
    }
}
