protocol HasArea { var area: Double { get } }
class Circle: HasArea {
    let pi = 3.1415927
    var radius: Double
    var area: Double { return pi * radius * radius }
    init(radius: Double) { self.radius = radius }
}
class Country: HasArea {
    var area: Double
    init(area: Double) { self.area = area }
}
class Animal { var legs: Int; init(legs: Int) { self.legs = legs } }
let objects: [AnyObject] = [Circle(radius: 2.0), Country(area: 243_610), Animal(legs: 4)]
for object in objects {
    if let objectWithArea = object as? HasArea {
        print("Area is \(objectWithArea.area)")
    } else {
        print("Something that doesn't have an area")
    }
}
protocol DiceGameDelegate: AnyObject {
    func gameDidStart(_ game: DiceGame)
    func gameDidEnd(_ game: DiceGame)
}
class DiceGame {
    let sides: Int
    weak var delegate: DiceGameDelegate?
    init(sides: Int) { self.sides = sides }
    func play(rounds: Int) {
        delegate?.gameDidStart(self)
        for round in 1...rounds { print("Round \(round)") }
        delegate?.gameDidEnd(self)
    }
}
class Tracker: DiceGameDelegate {
    func gameDidStart(_ game: DiceGame) { print("Started a game with \(game.sides) sides") }
    func gameDidEnd(_ game: DiceGame) { print("Ended") }
}
let tracker = Tracker()
let game = DiceGame(sides: 6)
game.delegate = tracker
game.play(rounds: 2)
