struct Vector2D { var x = 0.0, y = 0.0 }
extension Vector2D {
    static func + (l: Vector2D, r: Vector2D) -> Vector2D { Vector2D(x: l.x + r.x, y: l.y + r.y) }
    static prefix func - (v: Vector2D) -> Vector2D { Vector2D(x: -v.x, y: -v.y) }
    static func += (l: inout Vector2D, r: Vector2D) { l = l + r }
    static func == (l: Vector2D, r: Vector2D) -> Bool { l.x == r.x && l.y == r.y }
}
let v = Vector2D(x: 3.0, y: 1.0), w = Vector2D(x: 2.0, y: 4.0)
var sum = v + w
print(sum, -v)
sum += v
print(sum, sum == Vector2D(x: 8, y: 6))
let a: UInt8 = 0b00001111
print(~a, a << 2, a >> 1, a & 0b00000101, a | 0b11110000)
var big = UInt8.max
big = big &+ 1
print(big, Int8(-128) &- 1, 5 &* 3)
print(Int.max.addingReportingOverflow(1).overflow, (-8) >> 1, 0x10, 1_000_000)
