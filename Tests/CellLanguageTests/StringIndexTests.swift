@testable import CellLanguage
import Testing

/// `String.Index`, index ranges and the string views in cells: indices walk characters as Swift's do,
/// a bad index is a runtime error in Swift's words (never a crash), and the views count what Swift counts.
@Suite struct StringIndexTests {
    @Test func indicesWalkCharacters() {
        let notebook = Notebook()
        notebook.run("let s = \"héllo 🐶!\"")
        #expect(notebook.value("s[s.index(after: s.startIndex)]") == "\"é\"")
        #expect(notebook.value("s[s.index(before: s.endIndex)]") == "\"!\"")
        #expect(notebook.value("s[s.index(s.startIndex, offsetBy: 6)]") == "\"🐶\"")
        #expect(notebook.value("s.distance(from: s.startIndex, to: s.endIndex)") == "8")
        #expect(notebook.value("s.indices.count") == "8")
        #expect(notebook.value("s.index(s.startIndex, offsetBy: 9, limitedBy: s.endIndex) == nil") == "true")
        #expect(notebook.value("s[s.index(s.endIndex, offsetBy: -2)...]") == "\"🐶!\"")
        #expect(notebook.value("s[..<s.firstIndex(of: \" \")!]") == "\"héllo\"")
        #expect(notebook.value("s.startIndex < s.endIndex") == "true")
    }

    @Test func badIndicesAreRuntimeErrors() {
        let notebook = Notebook()
        notebook.run("let s = \"abc\"\nvar kept = 1")
        #expect(notebook.value("s[s.endIndex]") == "error: String index is out of bounds")
        #expect(notebook.value("s.index(after: s.endIndex)") == "error: String index is out of bounds")
        #expect(notebook.value("s.index(s.startIndex, offsetBy: 4)") == "error: String index is out of bounds")
        let run = notebook.run("kept = 2\nlet e = \"\".index(before: \"\".startIndex)\nkept = 3")
        #expect(run.error != nil)
        #expect(notebook.value("kept") == "2")
    }

    @Test func mutationThroughIndices() {
        let notebook = Notebook()
        notebook.run("var s = \"The quick fox\"\nif let r = s.range(of: \"quick\") { s.replaceSubrange(r, with: \"slow\") }")
        #expect(notebook.value("s") == "\"The slow fox\"")
        notebook.run("s.insert(\"!\", at: s.endIndex)\ns.remove(at: s.startIndex)")
        #expect(notebook.value("s") == "\"he slow fox!\"")
        notebook.run("s.removeSubrange(s.startIndex..<s.index(s.startIndex, offsetBy: 3))")
        #expect(notebook.value("s") == "\"slow fox!\"")
        #expect(notebook.value("let t = \"abc\"\nt.remove(at: t.startIndex)")
                    == "error: cannot use mutating member on immutable value: 't' is a 'let' constant")
    }

    @Test func viewsCountWhatSwiftCounts() {
        let notebook = Notebook()
        notebook.run("let dog = \"Dog‼🐶\"")
        #expect(notebook.value("dog.count") == "5")
        #expect(notebook.value("dog.utf8.count") == "10")
        #expect(notebook.value("dog.utf16.count") == "6")
        #expect(notebook.value("dog.unicodeScalars.count") == "5")
        #expect(notebook.value("Array(dog.utf8.prefix(3))") == "[68, 111, 103]")
        #expect(notebook.value("dog.unicodeScalars.map { $0.value }.last!") == "128054")
        #expect(notebook.value("dog.utf8.contains(0x44)") == "true")
    }

    @Test func unicodeScalars() {
        let notebook = Notebook()
        #expect(notebook.value("let a: Unicode.Scalar = \"A\"\na.value") == "65")
        #expect(notebook.value("Unicode.Scalar(0xD800) == nil") == "true")
        #expect(notebook.value("Unicode.Scalar(300)!.value") == "300")
        #expect(notebook.value("Character(Unicode.Scalar(UInt8(98)))") == "\"b\"")
        #expect(notebook.value("Unicode.Scalar(\"é\").isASCII") == "false")
        #expect(notebook.value("Character(\"7\").wholeNumberValue") == "Optional(7)")
        #expect(notebook.value("Character(\"a\").asciiValue") == "Optional(97)")
    }
}
