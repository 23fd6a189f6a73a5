protocol Drawable {
    func draw() -> String
    func boundingBox() -> (Int, Int)
}

struct Line: Drawable {
    var length: Int
    func draw() -> String {
        return String(repeating: "-", count: length)
    }
}

print("drawing")
print(Line(length: 5).draw())
