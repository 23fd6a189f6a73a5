print(Int.self, type(of: 3) == Int.self)
struct P {}
let t = P.self
print(t)
