protocol Resettable {
    init()
    var summary: String { get }
}

class Score: Resettable {
    var points: Int
    required init() { points = 0 }
    init(points: Int) { self.points = points }
    var summary: String { return "score \(points)" }
}

struct Tally: Resettable {
    var count = 0
    var summary: String { return "tally \(count)" }
}

func makeFresh<T: Resettable>(_ type: T.Type) -> T {
    return T()
}

print(Score(points: 7).summary)
print(makeFresh(Score.self).summary)
print(makeFresh(Tally.self).summary)
