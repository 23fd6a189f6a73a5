import Foundation
let values = [2.5, -2.5, 3.7, -3.2, 0.5]
for value in values {
    print(value, value.rounded(.down), value.rounded(.up), value.rounded(.towardZero),
          value.rounded(.awayFromZero), value.rounded(.toNearestOrEven), value.rounded(.toNearestOrAwayFromZero))
}
let rule: FloatingPointRoundingRule = .toNearestOrEven
print((4.5).rounded(rule), (5.5).rounded(rule))
enum Direction { case north, south, east, west }
var route: [Direction] = [.north, .east, .north]
route.append(.west)
print(route.contains(.south), route.firstIndex(of: .east) ?? -1, route.lastIndex(of: .north) ?? -1)
print(route.filter { $0 != .north }.count)
