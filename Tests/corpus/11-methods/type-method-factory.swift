struct Color {
    var red: Int, green: Int, blue: Int

    static func gray(_ level: Int) -> Color {
        return Color(red: level, green: level, blue: level)
    }

    static var black: Color { Color(red: 0, green: 0, blue: 0) }

    func brightness() -> Int {
        return (red + green + blue) / 3
    }
}

let g = Color.gray(128)
print(g)
print(g.brightness())
print(Color.black.brightness())
