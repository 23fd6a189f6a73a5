protocol Named { static var kind: String { get } }
struct A: Named { var kind = "a" }
print("unreached")
