protocol Resettable {
    init()
}
class Score: Resettable {
    var points: Int
    init() { points = 0 }
}
print("x")
