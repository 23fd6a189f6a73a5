import Foundation
infix operator **: MultiplicationPrecedence
func ** (base: Int, exp: Int) -> Int { (0..<exp).reduce(1) { acc, _ in acc * base } }
print(2 ** 10, 1 + 2 ** 3)
func ** (base: Double, exp: Double) -> Double { base * exp }
struct Vector2D { var x = 0.0, y = 0.0 }
extension Vector2D {
    static func + (left: Vector2D, right: Vector2D) -> Vector2D { Vector2D(x: left.x + right.x, y: left.y + right.y) }
    static prefix func - (vector: Vector2D) -> Vector2D { Vector2D(x: -vector.x, y: -vector.y) }
    static func += (left: inout Vector2D, right: Vector2D) { left = left + right }
    static prefix func +++ (vector: inout Vector2D) -> Vector2D {
        vector += vector
        return vector
    }
}
prefix operator +++
var toBeDoubled = Vector2D(x: 1.0, y: 4.0)
let afterDoubling = +++toBeDoubled
print(toBeDoubled, afterDoubling)
infix operator +-: AdditionPrecedence
extension Vector2D {
    static func +- (left: Vector2D, right: Vector2D) -> Vector2D { Vector2D(x: left.x + right.x, y: left.y - right.y) }
}
let plusMinusVector = Vector2D(x: 1.0, y: 2.0) +- Vector2D(x: 3.0, y: 4.0)
print(plusMinusVector)
prefix operator √
prefix func √ (x: Double) -> Double { x.squareRoot() }
print(√16.0)
precedencegroup ExponentPrecedence { higherThan: MultiplicationPrecedence associativity: right }
infix operator ^^: ExponentPrecedence
func ^^ (a: Int, b: Int) -> Int { b == 0 ? 1 : a * (a ^^ (b - 1)) }
print(2 ^^ 3 ^^ 2, 2 * 3 ^^ 2)
var total = 0
for i in 1...4 { total += i ** 2 }
print(total)
