@testable import CellLanguage
import Testing

/// Changing one element of a collection held by a variable changes its storage in place: the array's
/// buffer is the same before and after (a copy at each write makes a loop of writes quadratic, which
/// no timed test would be allowed to show).
@Suite struct InPlaceMutationTests {
    private func storage(of name: String, in evaluator: Evaluator) -> UnsafeRawPointer? {
        guard case .array(let array)? = evaluator.globals.lookup(name)?.value else { return nil }
        return array.elements.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
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
}
