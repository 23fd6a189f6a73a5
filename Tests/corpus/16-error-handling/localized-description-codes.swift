import Foundation
enum E: Error { case a, b(Int), c }
struct S: Error { let x = 1 }
class K: Error {}
struct D: Error, CustomStringConvertible { var description: String { "custom" } }
enum R: Int, Error { case x = 5, y = 9 }
print(E.a.localizedDescription)
print(E.b(3).localizedDescription)
print(E.c.localizedDescription)
print(S().localizedDescription)
print(K().localizedDescription)
print(D().localizedDescription)
print(R.y.localizedDescription)
