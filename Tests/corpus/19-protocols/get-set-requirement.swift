protocol Resizable {
    var size: Int { get set }
    var label: String { get }
}

struct Window: Resizable {
    var size: Int
    var label: String { return "Window(\(size))" }
}

func grow(_ item: inout Resizable) {
    item.size *= 2
}

var w: Resizable = Window(size: 10)
print(w.label)
grow(&w)
print(w.label)
w.size = 3
print(w.size)
