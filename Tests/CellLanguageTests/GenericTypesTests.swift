@testable import CellLanguage
import Testing

/// Generic structures, classes and enumerations: a value's type carries the type arguments written
/// or inferred from what it holds, members are shared, and names print as a compiled program's.
@Suite struct GenericTypesTests {
    @Test func typeArgumentsAreWrittenOrInferred() {
        let notebook = Notebook()
        notebook.run("struct Pair<A, B> {\n    var first: A\n    var second: B\n    func swapped() -> Pair<B, A> { Pair<B, A>(first: second, second: first) }\n}")
        #expect(notebook.value("type(of: Pair(first: 1, second: \"one\"))") == "Pair<Int, String>")
        #expect(notebook.value("type(of: Pair(first: 1, second: \"one\").swapped())") == "Pair<String, Int>")
        #expect(notebook.value("type(of: Pair<Double, Int>(first: 1, second: 2))") == "Pair<Double, Int>")
        #expect(notebook.value("[Pair(first: [1], second: true)]") == "[main.Pair<Swift.Array<Swift.Int>, Swift.Bool>(first: [1], second: true)]")
        #expect(notebook.value("let p: Pair<Int, Int> = Pair(first: 1, second: \"x\")")
                    .hasPrefix("error: cannot convert value of type 'String' to expected argument type 'Int'"))
    }

    @Test func specializationsShareMembersAndCompare() {
        let notebook = Notebook()
        notebook.run("struct Stack<Element: Equatable>: Equatable {\n    var items: [Element] = []\n    mutating func push(_ x: Element) { items.append(x) }\n}")
        notebook.run("extension Stack {\n    var top: Element? { items.last }\n}")
        notebook.run("var a = Stack<Int>()\na.push(1)\nvar b = Stack<Int>()\nb.push(1)")
        #expect(notebook.value("a == b") == "true")
        #expect(notebook.value("a.top == 1") == "true")
        #expect(notebook.value("Stack<String>().top ?? \"empty\"") == "\"empty\"")
        #expect(notebook.value("type(of: Stack<String>())") == "Stack<String>")
    }

    @Test func genericEnumerationsAndClasses() {
        let notebook = Notebook()
        notebook.run("enum Maybe<Wrapped> {\n    case none\n    case some(Wrapped)\n}\nclass Cell<T> {\n    var value: T\n    init(_ value: T) { self.value = value }\n}")
        #expect(notebook.value("type(of: Maybe.some(2.5))") == "Maybe<Double>")
        #expect(notebook.value("type(of: Maybe<Int>.none)") == "Maybe<Int>")
        #expect(notebook.value("type(of: Cell(\"x\"))") == "Cell<String>")
        #expect(notebook.value("let c = Cell([1, 2])\nc.value.append(3)\nc.value") == "[1, 2, 3]")
    }
}
