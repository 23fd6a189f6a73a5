/// Filled contours of a function sampled on a rectangular grid.
///
/// Marching squares over the grid cells: a cell whose four corners all lie at or above a level is
/// inside the region {f ≥ level} (neighbouring inside cells of a row merge into one rectangle); a cell
/// whose corners straddle the level is split along its diagonal into two triangles, on which f is
/// interpolated linearly, and each triangle is clipped to f ≥ level. Splitting removes the saddle
/// ambiguity of the four-corner case. Cells with a non-finite corner are left out.
enum MarchingSquares {
    /// A vertex in grid coordinates (column i, row j, fractional) with its interpolated value.
    struct GridPoint { var i: Double; var j: Double; var value: Double }

    /// Polygons (in grid coordinates) covering {f ≥ level}; rectangles for whole cell runs.
    static func region(values: [[Double]], atLeast level: Double) -> [[GridPoint]] {
        let rows = values.count
        guard rows >= 2, let columns = values.first?.count, columns >= 2 else { return [] }
        var polygons: [[GridPoint]] = []
        for j in 0..<(rows - 1) {
            guard values[j].count == columns, values[j + 1].count == columns else { continue }
            var runStart: Int?
            for i in 0..<columns {
                var full = false
                var corners: [GridPoint] = []
                if i < columns - 1 {
                    corners = [GridPoint(i: Double(i), j: Double(j), value: values[j][i]),
                               GridPoint(i: Double(i + 1), j: Double(j), value: values[j][i + 1]),
                               GridPoint(i: Double(i + 1), j: Double(j + 1), value: values[j + 1][i + 1]),
                               GridPoint(i: Double(i), j: Double(j + 1), value: values[j + 1][i])]
                    full = corners.allSatisfy { $0.value.isFinite && $0.value >= level }
                }
                if full {
                    if runStart == nil { runStart = i }
                    continue
                }
                if let start = runStart {
                    polygons.append(rectangle(from: start, to: i, row: j))
                    runStart = nil
                }
                guard corners.count == 4, corners.allSatisfy({ $0.value.isFinite }),
                      corners.contains(where: { $0.value >= level }) else { continue }
                if corners[0].value >= level && corners[2].value >= level {
                    // The diagonal lies inside, so both triangles' pieces join into the clipped square.
                    polygons.append(clip(corners, atLeast: level))
                    continue
                }
                for triangle in [[corners[0], corners[1], corners[2]], [corners[0], corners[2], corners[3]]] {
                    let clipped = clip(triangle, atLeast: level)
                    if clipped.count >= 3 { polygons.append(clipped) }
                }
            }
            if let start = runStart { polygons.append(rectangle(from: start, to: columns - 1, row: j)) }
        }
        return polygons
    }

    /// Segments (in grid coordinates) where f crosses `level`.
    static func isoline(values: [[Double]], level: Double) -> [(GridPoint, GridPoint)] {
        let rows = values.count
        guard rows >= 2, let columns = values.first?.count, columns >= 2 else { return [] }
        var segments: [(GridPoint, GridPoint)] = []
        for j in 0..<(rows - 1) where values[j].count == columns && values[j + 1].count == columns {
            for i in 0..<(columns - 1) {
                let c = [GridPoint(i: Double(i), j: Double(j), value: values[j][i]),
                         GridPoint(i: Double(i + 1), j: Double(j), value: values[j][i + 1]),
                         GridPoint(i: Double(i + 1), j: Double(j + 1), value: values[j + 1][i + 1]),
                         GridPoint(i: Double(i), j: Double(j + 1), value: values[j + 1][i])]
                guard c.allSatisfy({ $0.value.isFinite }) else { continue }
                for t in [[c[0], c[1], c[2]], [c[0], c[2], c[3]]] {
                    var crossings: [GridPoint] = []
                    for k in 0..<3 {
                        let a = t[k], b = t[(k + 1) % 3]
                        if (a.value >= level) != (b.value >= level) { crossings.append(interpolate(a, b, level)) }
                    }
                    if crossings.count == 2 { segments.append((crossings[0], crossings[1])) }
                }
            }
        }
        return segments
    }

    private static func rectangle(from start: Int, to end: Int, row j: Int) -> [GridPoint] {
        [GridPoint(i: Double(start), j: Double(j), value: 0), GridPoint(i: Double(end), j: Double(j), value: 0),
         GridPoint(i: Double(end), j: Double(j + 1), value: 0), GridPoint(i: Double(start), j: Double(j + 1), value: 0)]
    }

    /// Sutherland–Hodgman clipping of a polygon to the half-space f ≥ level.
    static func clip(_ polygon: [GridPoint], atLeast level: Double) -> [GridPoint] {
        var out: [GridPoint] = []
        for k in polygon.indices {
            let a = polygon[k], b = polygon[(k + 1) % polygon.count]
            let aIn = a.value >= level, bIn = b.value >= level
            if aIn { out.append(a) }
            if aIn != bIn { out.append(interpolate(a, b, level)) }
        }
        return out
    }

    private static func interpolate(_ a: GridPoint, _ b: GridPoint, _ level: Double) -> GridPoint {
        let d = b.value - a.value
        let t = d == 0 ? 0.5 : min(max((level - a.value) / d, 0), 1)
        return GridPoint(i: a.i + t * (b.i - a.i), j: a.j + t * (b.j - a.j), value: level)
    }
}
