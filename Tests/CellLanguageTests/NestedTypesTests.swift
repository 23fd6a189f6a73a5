@testable import CellLanguage
import Testing

/// Types declared inside types and extensions: named by their short name inside the enclosing type
/// (wherever its code is called from), by their qualified name outside it, and printed as Swift prints them.
@Suite struct NestedTypesTests {
    @Test func shortNamesInsideQualifiedNamesOutside() {
        let notebook = Notebook()
        notebook.run("""
        struct Kind { var top = true }
        struct Outer {
            struct Kind { var n: Int }
            var kind: Kind
            func next() -> Kind { Kind(n: kind.n + 1) }
        }
        """)
        #expect(notebook.value("Outer(kind: Outer.Kind(n: 1)).next().n") == "2")
        #expect(notebook.value("Kind().top") == "true")
        #expect(notebook.value("Outer(kind: .init(n: 4))") == "main.Outer(kind: main.Outer.Kind(n: 4))")
        #expect(notebook.value("print(Outer.Kind(n: 5))\ntype(of: Outer.Kind(n: 5))") == "Kind")
        #expect(notebook.value("let k: Outer.Kind = Kind()").hasPrefix("error: cannot convert value of type 'Kind' to specified type 'Outer.Kind'"))
    }

    @Test func laterCellsExtendAndUseNestedTypes() {
        let notebook = Notebook()
        notebook.run("class Library {\n    enum Genre: String { case novel, poem }\n    var genres: [Genre] = []\n}")
        notebook.run("extension Library {\n    func add(_ raw: String) { if let g = Genre(rawValue: raw) { genres.append(g) } }\n}")
        #expect(notebook.value("let l = Library()\nl.add(\"poem\")\nl.add(\"essay\")\nl.genres") == "[main.Library.Genre.poem]")
        #expect(notebook.value("Library.Genre.novel.rawValue") == "\"novel\"")
        notebook.run("extension Int {\n    enum Sign { case minus, plus }\n    var sign: Sign { self < 0 ? .minus : .plus }\n}")
        #expect(notebook.value("(-3).sign") == "main.Int.Sign.minus")
        #expect(notebook.value("let s: Int.Sign = .plus\ns == 4.sign") == "true")
    }
}
