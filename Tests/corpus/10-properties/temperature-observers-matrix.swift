struct Temperature {
    var celsius: Double
    var fahrenheit: Double {
        get { celsius * 9 / 5 + 32 }
        set { celsius = (newValue - 32) * 5 / 9 }
    }
    static let freezing = Temperature(celsius: 0)
    static func make(f: Double) -> Temperature { var t = Temperature(celsius: 0); t.fahrenheit = f; return t }
}
var t = Temperature(celsius: 100)
print(t.fahrenheit)
t.fahrenheit = 32
print(t.celsius, Temperature.freezing, Temperature.make(f: 212).celsius)
struct StepCounter {
    var totalSteps: Int = 0 {
        willSet { print("About to set totalSteps to \(newValue)") }
        didSet { if totalSteps > oldValue { print("Added \(totalSteps - oldValue) steps") } }
    }
}
var sc = StepCounter()
sc.totalSteps = 200
sc.totalSteps = 360
struct Matrix {
    let rows: Int, columns: Int
    var grid: [Double]
    init(rows: Int, columns: Int) { self.rows = rows; self.columns = columns; grid = Array(repeating: 0.0, count: rows * columns) }
    subscript(row: Int, column: Int) -> Double {
        get { grid[(row * columns) + column] }
        set { grid[(row * columns) + column] = newValue }
    }
}
var matrix = Matrix(rows: 2, columns: 2)
matrix[0, 1] = 1.5
matrix[1, 0] = 3.2
print(matrix.grid)
