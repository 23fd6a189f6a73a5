public struct TrackedString {
    public private(set) var numberOfEdits = 0
    public var value: String = "" {
        didSet { numberOfEdits += 1 }
    }
    public init() {}
}
var stringToEdit = TrackedString()
stringToEdit.value = "This string will be tracked."
stringToEdit.value += " This edit will increment numberOfEdits."
stringToEdit.value += " So will this one."
print("The number of edits is \(stringToEdit.numberOfEdits)")
private func helper(_ x: Int) -> Int { x * 2 }
fileprivate let limit = 10
internal class Counter {
    private var count = 0
    fileprivate func increment() { count += 1 }
    func current() -> Int { count }
}
let c = Counter()
for _ in 0..<limit { c.increment() }
print(helper(c.current()))
open class Base { open func name() -> String { "base" } }
final class Derived: Base { override func name() -> String { "derived" } }
print(Derived().name())
