@testable import CellLanguage
import Testing

/// Names qualified by the standard library's module (`Swift.min`, `Swift.Int`) mean the unqualified
/// declarations, and errors after them keep the columns the cell was written with.
@Suite struct ModuleQualificationTests {
    @Test func standardModuleNamesReadUnqualified() {
        let run = Notebook().run("""
            print(Swift.min(3, 1), Swift.max(2.5, 1))
            let n: Swift.Int = 4
            let words: [Swift.String] = ["b", "a"]
            print(Swift.abs(-n), Swift.Int.max > n, words.sorted())
            """)
        #expect(run.error == nil)
        #expect(run.stdout == "1 2.5\n4 true [\"a\", \"b\"]\n")
    }

    @Test func errorsKeepTheColumnsAsWritten() throws {
        let run = Notebook().run("let a = 1\nprint(Swift.min(a, 2), Swift.nope(a))")
        let error = try #require(run.error)
        #expect(error.value.contains("'nope'"))
        // `nope` starts at column 30 of line 2 as written.
        #expect(error.traceback.first?.contains("cell 1:2:30") == true, "\(error.traceback)")
    }

    @Test func aNameOfTheCellsOwnIsNotAModule() {
        let run = Notebook().run("struct Swiftly { static let min = 7 }\nprint(Swiftly.min)")
        #expect(run.stdout == "7\n")
    }
}
