@testable import CellLanguage
import Testing

/// The size of a cell value, which is what every array element, variable and argument costs: a
/// `Value` is as large as its largest case, so large payloads are boxed.
@Suite struct ValueLayoutTests {
    @Test func valueStaysSmall() {
        #expect(MemoryLayout<Value>.stride <= 32, "a Value takes \(MemoryLayout<Value>.stride) bytes")
        #expect(MemoryLayout<DictionaryValue>.size <= 24, "a DictionaryValue takes \(MemoryLayout<DictionaryValue>.size) bytes")
        #expect(MemoryLayout<ArrayValue>.size <= 25, "an ArrayValue takes \(MemoryLayout<ArrayValue>.size) bytes")
        #expect(MemoryLayout<TypeRef>.size <= 17, "a TypeRef takes \(MemoryLayout<TypeRef>.size) bytes")
    }
}
