enum Direction {
    case north, south, east, west
}

func turnRight(_ d: Direction) -> Direction {
    switch d {
    case .north: return .east
    case .east: return .south
    case .south: return .west
    }
}

print("turning")
print(turnRight(.north))
