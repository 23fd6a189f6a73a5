protocol FullyNamed { var fullName: String { get } }
class Starship: FullyNamed {
    var prefix: String?
    var name: String
    init(name: String, prefix: String? = nil) { self.name = name; self.prefix = prefix }
    var fullName: String { (prefix != nil ? prefix! + " " : "") + name }
}
let ncc1701 = Starship(name: "Enterprise", prefix: "USS")
print(ncc1701.fullName)
protocol RandomNumberGenerator2 { mutating func random() -> Double }
class LinearCongruentialGenerator: RandomNumberGenerator2 {
    var lastRandom = 42.0
    let m = 139968.0, a = 3877.0, c = 29573.0
    func random() -> Double {
        lastRandom = ((lastRandom * a + c).truncatingRemainder(dividingBy: m))
        return lastRandom / m
    }
}
let generator = LinearCongruentialGenerator()
print("Here's a random number: \(generator.random())")
print("And another one: \(generator.random())")
protocol TextRepresentable { var textualDescription: String { get } }
struct Dice { let sides: Int }
extension Dice: TextRepresentable { var textualDescription: String { "A \(sides)-sided dice" } }
let things: [TextRepresentable] = [Dice(sides: 6), Dice(sides: 12)]
for thing in things { print(thing.textualDescription) }
extension Array: TextRepresentable where Element: TextRepresentable {
    var textualDescription: String { "[" + self.map { $0.textualDescription }.joined(separator: ", ") + "]" }
}
print([Dice(sides: 4), Dice(sides: 8)].textualDescription)
protocol HasArea { var area: Double { get } }
class Circle: HasArea { let radius: Double; init(radius: Double) { self.radius = radius }; var area: Double { 3.14159 * radius * radius } }
class Country: HasArea { var area: Double; init(area: Double) { self.area = area } }
class Animal { var legs: Int; init(legs: Int) { self.legs = legs } }
let objects: [AnyObject] = [Circle(radius: 2.0), Country(area: 243_610), Animal(legs: 4)]
for object in objects {
    if let objectWithArea = object as? HasArea { print("Area is \(objectWithArea.area)") } else { print("Something that doesn't have an area") }
}
