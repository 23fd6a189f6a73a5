import Foundation
struct Temperature: Comparable, CustomStringConvertible {
    var celsius: Double
    var fahrenheit: Double { celsius * 9 / 5 + 32 }
    static func < (lhs: Temperature, rhs: Temperature) -> Bool { lhs.celsius < rhs.celsius }
    var description: String { String(format: "%.1f°C", celsius) }
}
let temps = [Temperature(celsius: 21.5), Temperature(celsius: -3), Temperature(celsius: 37)]
print(temps.sorted())
print(temps.max()!, temps.min()!)
print(temps.map(\.fahrenheit))
print(Temperature(celsius: 1) < Temperature(celsius: 2), Temperature(celsius: 5) >= Temperature(celsius: 5))
let hot = temps.filter { $0 > Temperature(celsius: 30) }
print(hot)
enum Level: Int, Comparable, CaseIterable {
    case low = 1, medium, high
    static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
}
print(Level.allCases.sorted(by: >))
print(Level.medium < .high, Level.allCases.max()!)
