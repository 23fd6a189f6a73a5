protocol Indexed {
    subscript(i: Int) -> Int { get }
}
struct Row: Indexed {
    var x = 0
}
print("x")
