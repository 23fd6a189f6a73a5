@testable import CellLanguage
import Testing

/// Random values in cells stay in their ranges, cover them, and an empty range is Swift's trap as an error.
@Suite struct RandomTests {
    @Test func randomValuesStayInTheirRangesAndCoverThem() {
        let notebook = Notebook()
        #expect(notebook.value("Set((0..<500).map { _ in Int.random(in: 1...3) }).sorted()") == "[1, 2, 3]")
        #expect(notebook.value("(0..<200).allSatisfy { _ in (5..<7).contains(Int.random(in: 5..<7)) }") == "true")
        #expect(notebook.value("Int.random(in: 3..<3)") == "error: Can't get random value with an empty range")
        #expect(notebook.value("[Int]().randomElement()") == "nil")
        #expect(notebook.value("var a = Array(1...20)\na.shuffle()\na.sorted() == Array(1...20)") == "true")
        #expect(notebook.value("let fixed = [1, 2]\nfixed.shuffle()")
                    == "error: cannot use mutating member on immutable value: 'fixed' is a 'let' constant")
        #expect(notebook.value("[[1, 2], [3]].joined().count") == "3")
    }
}
