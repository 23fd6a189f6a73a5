import Foundation
print(0.1 + 0.2, 1e-5, 1e16, 123456789.0, -0.0, Double.infinity, 2.0 / 3)
print(Float(0.1), Float(1) / 3, Int8(-5), UInt8(200))
let t = (1, "a", 2.5)
print(t, (x: 1, y: 2))
let nested: Int?? = 5
print(nested as Any, [1, nil, 3] as [Int?])
print(["k": [1, 2]], [String: Int]())
print("a", "b", separator: "-", terminator: "!\n")
debugPrint("quoted", 1, [("x", 2)])
enum Dir { case north, south }
struct S { var d = Dir.north; var n: Int? = nil }
class K { var v = 1 }
print(S(), Dir.south, String(describing: S()), "\(Dir.north)")
print(type(of: 1), type(of: [1.0]), type(of: S()), type(of: Dir.north))
print(String(describing: K()).hasSuffix("K"))
let chars: [Character] = ["a", "b"]
print(chars, String(chars), Character("z"))
print(Int.max, Int.min, Double.pi, Double.ulpOfOne > 0)
print((1...3).map { $0 }, 1..<3, 1...3)
print([1, 2, 3].description, "\([1.5])")
print(String(format: "%5d|%.3f|%e|%x|%%|%05.1f|%g", 42, 3.14159, 12345.678, 255, 2.5, 0.0001))
