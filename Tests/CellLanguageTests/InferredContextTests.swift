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
