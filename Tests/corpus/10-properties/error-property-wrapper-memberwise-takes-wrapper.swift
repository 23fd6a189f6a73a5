@propertyWrapper
struct SmallNumber {
    private var maximum: Int
    private var number: Int
    var wrappedValue: Int {
        get { return number }
        set { number = min(newValue, maximum) }
    }
    var projectedValue: Bool { number == maximum }
    init() { maximum = 12; number = 0 }
    init(wrappedValue: Int) { maximum = 12; number = min(wrappedValue, maximum) }
    init(wrappedValue: Int, maximum: Int) { self.maximum = maximum; number = min(wrappedValue, maximum) }
}
struct ZeroRectangle { @SmallNumber var height: Int; @SmallNumber var width: Int }
let a = ZeroRectangle(height: 3, width: 40)
print(a.height, a.width)
let b = ZeroRectangle(height: SmallNumber(), width: SmallNumber())
print(b.height)
