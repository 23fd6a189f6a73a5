enum Suit: CaseIterable { case hearts, spades, clubs }
struct Point: Hashable { var x: Int; var y: Int }
var seen: Set<Suit> = [.hearts]
seen.insert(.spades)
print(seen.contains(.hearts), seen.contains(.clubs), seen.count)
var points = Set<Point>()
points.insert(Point(x: 1, y: 2))
points.insert(Point(x: 1, y: 2))
points.insert(Point(x: 3, y: 4))
print(points.count)
var visits: [Point: Int] = [:]
visits[Point(x: 0, y: 0), default: 0] += 2
print(visits[Point(x: 0, y: 0)] ?? -1)
let evens = Set(0..<10).filter { $0 % 2 == 0 }
print(type(of: evens), evens.sorted())
let squares = Set([1, 2, 3]).map { $0 * $0 }.sorted()
print(squares)
