@testable import CellLanguage
import Testing

/// Changing one element of a collection held by a variable changes its storage in place: the array's
/// buffer is the same before and after (a copy at each write makes a loop of writes quadratic, which
/// no timed test would be allowed to show).
@Suite struct InPlaceMutationTests {
    private func storage(of name: String, in evaluator: Evaluator) -> UnsafeRawPointer? {
        guard case .array(let array)? = evaluator.globals.lookup(name)?.value else { return nil }
        switch array.storage {
        case .values(let values): return values.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
        case .doubles(let numbers): return numbers.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
        case .ints(let numbers): return numbers.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
        }
    }

    private func run(_ code: String, in evaluator: Evaluator) throws {
        evaluator.markStackBase()
        _ = try evaluator.run(CellParser.parseAndFold(code))
    }

    @Test func elementWritesKeepTheArraysStorage() throws {
        let evaluator = Evaluator(registry: StandardLibrary.shared, interruptFlag: InterruptFlag(), output: SilentContext())
        try run("var a = Array(repeating: 0, count: 100_000)\nvar b: [Double] = [1, 2, 3]", in: evaluator)
        let before = storage(of: "a", in: evaluator)
        #expect(before != nil)
        try run("for i in 0..<3 { a[i] = i }\na[5] += 1\nvar j = 0\nwhile j < 3 { a[j + 10] = j; j += 1 }", in: evaluator)
        #expect(storage(of: "a", in: evaluator) == before)
        try run("func fill() { for i in 0..<3 { a[i] = 7 } }\nfill()", in: evaluator)
        #expect(storage(of: "a", in: evaluator) == before)
        let small = storage(of: "b", in: evaluator)
        try run("b[0] = 5\nb[1...2] = [6, 7]", in: evaluator)
        #expect(storage(of: "b", in: evaluator) == small)
    }

    /// `[Double]` and `[Int]` keep their numbers unboxed, 8 bytes each, however they are built and changed;
    /// other element types keep values. An element that does not fit turns the storage back into values
    /// without losing anything.
    @Test func numericArraysStayUnboxed() throws {
        let evaluator = Evaluator(registry: StandardLibrary.shared, interruptFlag: InterruptFlag(), output: SilentContext())
        try run("""
            var big: [Double] = []
            for i in 0..<1000 { big.append(Double(i)) }
            big[3] = -1
            big.insert(0.5, at: 0)
            big.append(contentsOf: [1, 2])
            big.removeLast()
            big.swapAt(0, 1)
            var counts = Array(repeating: 0, count: 10)
            counts[2] += 5
            var mapped = counts.map { $0 * 2 }
            var part = Array(big[1..<4])
            var words = ["a", "b"]
            """, in: evaluator)
        func storage(_ name: String) -> ArrayValue.Storage? {
            guard case .array(let array)? = evaluator.globals.lookup(name)?.value else { return nil }
            return array.storage
        }
        guard case .doubles(let numbers)? = storage("big") else { Issue.record("big is not unboxed"); return }
        #expect(numbers.count == 1002)
        #expect(Array(numbers.prefix(5)) == [0, 0.5, 1, 2, -1])
        #expect(numbers.last == 1)
        guard case .ints(let counts)? = storage("counts") else { Issue.record("counts is not unboxed"); return }
        #expect(counts == [0, 0, 5, 0, 0, 0, 0, 0, 0, 0])
        guard case .ints(let mapped)? = storage("mapped") else { Issue.record("mapped is not unboxed"); return }
        #expect(mapped == [0, 0, 10, 0, 0, 0, 0, 0, 0, 0])
        guard case .doubles(let part)? = storage("part") else { Issue.record("a slice is not unboxed"); return }
        #expect(part == [0.5, 1, 2])
        guard case .values(let words)? = storage("words") else { Issue.record("strings are not values"); return }
        #expect(words.count == 2)

        var mixed = ArrayValue(doubles: [1, 2])
        mixed.append(.string("x"))
        mixed[0] = .double(9)
        #expect(mixed.elements.map(\.description) == ["9.0", "2.0", "x"])
        var ints = ArrayValue(ints: [1, 2, 3])
        ints.replaceSubrange(0..<2, with: ArrayValue(ints: [7]))
        #expect(ints.ints == [7, 3])
        #expect(ints.doubles == [7, 3])
    }

    /// `counts[key, default: 0] += 1` and `dict[key] = value` on an existing key change the dictionary's
    /// entries in place (a copy at each increment makes a counting loop quadratic).
    @Test func dictionaryIncrementsKeepTheEntries() throws {
        let evaluator = Evaluator(registry: StandardLibrary.shared, interruptFlag: InterruptFlag(), output: SilentContext())
        try run("var counts: [Int: Int] = [:]\nfor i in 0..<100 { counts[i, default: 0] += 1 }", in: evaluator)
        func entries() -> UnsafeRawPointer? {
            guard case .dictionary(let dictionary)? = evaluator.globals.lookup("counts")?.value else { return nil }
            return dictionary.entries.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
        }
        let before = entries()
        #expect(before != nil)
        try run("for i in 0..<1000 { counts[i % 100, default: 0] += 1 }\ncounts[3] = 0\ncounts.updateValue(9, forKey: 4)",
                in: evaluator)
        #expect(entries() == before)
        guard case .dictionary(let dictionary)? = evaluator.globals.lookup("counts")?.value,
              let seven = HashableValue(.int(7)), let three = HashableValue(.int(3)), let four = HashableValue(.int(4)) else {
            Issue.record("counts is not a dictionary")
            return
        }
        #expect(dictionary.value(for: seven)?.description == "11")
        #expect(dictionary.value(for: three)?.description == "0")
        #expect(dictionary.value(for: four)?.description == "9")
    }
}
