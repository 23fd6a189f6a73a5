enum CompassPoint: String {
    case north, south, east, west
}

let sunsetDirection = CompassPoint.west.rawValue
print(sunsetDirection)
print(CompassPoint.north.rawValue.uppercased())
print(CompassPoint.south.rawValue.count)
