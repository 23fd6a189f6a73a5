enum CompassPoint {
    case north, south, east, west
}

let heading = CompassPoint.east
print(heading)
print("Heading \(heading)")
let route: [CompassPoint] = [.north, .north, .west]
print(route)
print(route.count)
