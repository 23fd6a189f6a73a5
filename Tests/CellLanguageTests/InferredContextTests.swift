@testable import CellLanguage
import Testing

/// What Swift infers from context: an implicitly unwrapped optional unwrapped where its wrapped type
/// is needed, a typed `throws` giving `throw .case` its type, a protocol extension's static default
/// found on a conforming type, a generic parameter's literals given one type.
@Suite struct InferredContextTests {
    @Test func anImplicitlyUnwrappedVariableIsUnwrappedWhereItsTypeIsNeeded() throws {
        let run = Notebook().run("""
            var count: Int! = 3
            let doubled: Int = count * 2
            print(doubled, count + 1, count == nil)
            count = nil
            print(count == nil)
            print(count + 1)
            """)
        #expect(run.stdout == "6 4 false\ntrue\n")
        let error = try #require(run.error)
        #expect(error.value.contains("Unexpectedly found nil while implicitly unwrapping an Optional value"))
    }

    @Test func anImplicitlyUnwrappedStoredPropertyIsUnwrappedWhereUsed() {
        let run = Notebook().run("""
            class City {
                let name: String
                unowned let country: Country
                init(name: String, country: Country) { self.name = name; self.country = country }
            }
            class Country {
                let name: String
                var capitalCity: City!
                init(name: String, capitalName: String) {
                    self.name = name
                    self.capitalCity = City(name: capitalName, country: self)
                }
                func describe() -> String { "\\(name): \\(capitalCity.name)" }
            }
            let country = Country(name: "Canada", capitalName: "Ottawa")
            print(country.capitalCity.name, country.describe(), country.capitalCity.country.name)
            """)
        #expect(run.error == nil)
        #expect(run.stdout == "Ottawa Canada: Ottawa Canada\n")
    }

    @Test func typedThrowsGivesThrowItsType() {
        let run = Notebook().run("""
            enum StatsError: Error { case empty, negative(Int) }
            func mean(_ xs: [Int]) throws(StatsError) -> Double {
                guard !xs.isEmpty else { throw .empty }
                if let bad = xs.first(where: { $0 < 0 }) { throw .negative(bad) }
                return Double(xs.reduce(0, +)) / Double(xs.count)
            }
            do { _ = try mean([]) } catch { print(error) }
            do { _ = try mean([1, -4]) } catch .negative(let n) { print("negative", n) } catch { print(error) }
            """)
        #expect(run.error == nil)
        #expect(run.stdout == "empty\nnegative -4\n")
    }

    @Test func aProtocolExtensionsStaticDefaultBelongsToConformingTypes() {
        let run = Notebook().run("""
            protocol Animal { static var kingdom: String { get } }
            extension Animal {
                static var kingdom: String { "Animalia" }
                static func label() -> String { "of \\(kingdom)" }
            }
            struct Dog: Animal {}
            struct Fish: Animal { static var kingdom: String { "Water" } }
            print(Dog.kingdom, Fish.kingdom, Dog.label(), Fish.label())
            """)
        #expect(run.error == nil)
        #expect(run.stdout == "Animalia Water of Animalia of Water\n")
    }

    @Test func literalsOfOneGenericParameterTakeOneType() {
        let run = Notebook().run("""
            func largest<T: Comparable>(_ values: T...) -> T {
                var best = values[0]
                for v in values where v > best { best = v }
                return best
            }
            func pair<T>(_ a: T, _ b: T) -> [T] { [a, b] }
            func items(_ values: Any...) -> [Any] { values }
            print(largest(1.5, 0.5, 9.5, 2), largest(2, 1.5), largest(3, 1, 2), pair(1, 2.5), items(1, 2.5))
            """)
        #expect(run.error == nil)
        #expect(run.stdout == "9.5 2.0 3 [1.0, 2.5] [1, 2.5]\n")
    }

    @Test func anEmptyResultIsNotAnEmptyLiteral() {
        let notebook = Notebook()
        let run = notebook.run("""
            func evens<T>(_ xs: [T], _ keep: (T) -> Bool) -> [T] {
                let kept = xs.filter(keep)
                return kept
            }
            func firstOrNil<T>(_ xs: [T]) -> T? { xs.first }
            let none = evens([1, 3], { _ in false })
            let nothing = firstOrNil([Int]())
            print(none, nothing as Any)
            """)
        #expect(run.error == nil)
        #expect(run.stdout == "[] nil\n")
        #expect(notebook.value("let xs = []") == "error: empty collection literal requires an explicit type")
        #expect(notebook.value("let n = nil") == "error: 'nil' requires a contextual type")
    }

    @Test func anOptionalExtensionAddsMembersToOptionals() {
        let run = Notebook().run("""
            extension Optional where Wrapped == Int {
                var orZero: Int { self ?? 0 }
            }
            let a: Int? = nil
            let b: Int? = 5
            print(a.orZero, b.orZero)
            """)
        #expect(run.error == nil)
        #expect(run.stdout == "0 5\n")
    }
}

/// Declarations the book's later chapters write: type subscripts, generic members of a protocol's
/// extension in terms of its associated types, access levels, and enumerations ordered by their cases.
@Suite struct DeclarationFormsTests {
    @Test func aStaticSubscriptReadsAndWritesThroughTheType() {
        let run = Notebook().run("""
            enum Planet: Int {
                case mercury = 1, venus, earth, mars
                static subscript(n: Int) -> Planet { Planet(rawValue: n)! }
            }
            struct Registry {
                static var names = ["a", "b"]
                static subscript(i: Int) -> String {
                    get { names[i] }
                    set { names[i] = newValue }
                }
            }
            Registry[1] = "z"
            print(Planet[4], Registry[0], Registry[1], Registry.names)
            """)
        #expect(run.error == nil)
        #expect(run.stdout == "mars a z [\"a\", \"z\"]\n")
    }

    @Test func aProtocolExtensionNamesItsAssociatedTypes() {
        let run = Notebook().run("""
            protocol Container {
                associatedtype Item
                var count: Int { get }
                subscript(i: Int) -> Item { get }
            }
            struct Box: Container {
                var items: [Int]
                var count: Int { items.count }
                subscript(i: Int) -> Int { items[i] }
            }
            extension Container {
                func all() -> [Item] {
                    var result: [Item] = []
                    for i in 0..<count { result.append(self[i]) }
                    return result
                }
                subscript<Indices: Sequence>(indices: Indices) -> [Item] where Indices.Element == Int {
                    indices.map { self[$0] }
                }
            }
            let box = Box(items: [10, 20, 30])
            print(box.all(), box[[0, 2]])
            """)
        #expect(run.error == nil)
        #expect(run.stdout == "[10, 20, 30] [10, 30]\n")
    }

    @Test func aProtocolExtensionsMethodIsAMemberOfAConformingVariable() {
        let notebook = Notebook()
        _ = notebook.run("protocol Sized { var count: Int { get } }\nextension Sized { func doubled() -> Int { count * 2 } }")
        let run = notebook.run("struct Crate: Sized { var count: Int { 3 } }\nlet crate = Crate()\nprint(crate.doubled())")
        #expect(run.error == nil)
        #expect(run.stdout == "6\n")
        #expect(notebook.run("print(crate.tripled())").error?.value == "value of type 'Crate' has no member 'tripled'")
    }

    @Test func accessLevelsAreAcceptedAtTheTopLevel() {
        let run = Notebook().run("""
            private func helper(_ x: Int) -> Int { x * 2 }
            fileprivate let limit = 3
            public var total = 0
            for i in 0..<limit { total += helper(i) }
            print(total)
            """)
        #expect(run.error == nil)
        #expect(run.stdout == "6\n")
        #expect(Notebook().run("mutating func f() {}").error != nil)
    }

    @Test func aComparableEnumerationIsOrderedByItsCases() {
        let run = Notebook().run("""
            enum Size: Comparable { case small, medium, large }
            enum Grade: Comparable { case pass(Int), fail }
            print(Size.small < .large, Size.large <= .medium, [Size.large, .small, .medium].sorted(), [Size.medium, .large].max()!)
            print(Grade.pass(3) < .pass(5), Grade.fail > .pass(9))
            """)
        #expect(run.error == nil)
        #expect(run.stdout == "true false [main.Size.small, main.Size.medium, main.Size.large] large\ntrue true\n")
        // Without Comparable there is no order.
        #expect(Notebook().run("enum E { case a, b }\nprint(E.a < E.b)").error != nil)
    }

    @Test func anErrorsLocalizedDescriptionIsFoundations() {
        let run = Notebook().run("""
            enum E: Error { case a, b(Int), c }
            enum Coded: Int, Error { case x = 5, y = 9 }
            struct S: Error {}
            print(E.a.localizedDescription)
            print(E.b(3).localizedDescription, Coded.y.localizedDescription, S().localizedDescription)
            do { _ = try MLP(contentsOf: "/nonexistent/weights.npz") } catch { print(error.localizedDescription) }
            """)
        #expect(run.error == nil)
        #expect(run.stdout == """
            The operation could not be completed. (main.E error 1.)
            The operation could not be completed. (main.E error 0.) The operation could not be completed. (main.Coded error 9.) \
            The operation could not be completed. (main.S error 1.)
            cannot read /nonexistent/weights.npz: no such file

            """)
    }

    @Test func reflectingDescriptionsAndTheOlderIndexName() {
        let run = Notebook().run("""
            enum Size { case small }
            let f: (Int) -> Int = { $0 * 2 }
            print(String(reflecting: Size.small), String(reflecting: "text"), type(of: f))
            print([3, 5, 7].index(of: 5)!, "hello".index(of: "z") == nil)
            """)
        #expect(run.error == nil)
        #expect(run.stdout == "main.Size.small \"text\" (Int) -> Int\n1 true\n")
    }
}

/// `dump(_:)` lays a value out as the standard library's does.
@Suite struct DumpTests {
    @Test func dumpWritesTheTreeAndReturnsTheValue() {
        let notebook = Notebook()
        let run = notebook.run("""
            struct Point { var x: Int; var y: Int }
            class Base { var id = 1 }
            final class Shape: Base { var corners: [Point] = [Point(x: 0, y: 1)] }
            let shape = Shape()
            let same = dump(shape)
            dump([shape, same], maxDepth: 1)
            dump((label: "a", 2), name: "pair")
            """)
        #expect(run.error == nil)
        #expect(run.stdout == """
            ▿ main.Shape #0
              ▿ super: main.Base
                - id: 1
              ▿ corners: 1 element
                ▿ main.Point
                  - x: 0
                  - y: 1
            ▿ 2 elements
              ▹ main.Shape #0
              ▹ main.Shape #0
            ▿ pair: (2 elements)
              - label: "a"
              - .1: 2

            """)
        // As a cell's last line, what it wrote is the output (the value is not shown again).
        #expect(notebook.value("dump(7)") == "")
    }

    @Test func aValueNestedTooDeeplyEndsInAnErrorAndTheNotebookGoesOn() throws {
        let notebook = Notebook()
        let run = notebook.run("""
            final class Node { var next: Node?; init(_ next: Node?) { self.next = next } }
            var head: Node? = nil
            for _ in 0..<200_000 { head = Node(head) }
            dump(head!)
            """)
        let error = try #require(run.error)
        #expect(error.value.hasPrefix("dump: "), "\(error.value)")
        #expect(notebook.run("dump(head!, maxDepth: 1)").stdout == "▿ main.Node #0\n  ▹ next: Optional(main.Node)\n")
    }
}
