/// Reduces a polyline to what the pixels can show.
///
/// Consecutive points that fall in the same pixel column are replaced by at most four of them —
/// the first, the lowest, the highest and the last, in their original order (the "M4" reduction) —
/// which draws the same pixels as the full line. Missing points (`nil`, from NaN or infinite data)
/// end a subpath, so gaps stay visible. First and last points of every subpath are always kept.
enum Decimation {
    /// Splits `points` at gaps and reduces each run; returns the subpaths to draw.
    static func subpaths(_ points: [PixelPoint?]) -> [[PixelPoint]] {
        var result: [[PixelPoint]] = []
        var current: [PixelPoint] = []
        var bucket = Bucket?.none
        for point in points {
            guard let point, point.x.isFinite, point.y.isFinite else {
                if let open = bucket { open.flush(into: &current); bucket = nil }
                if !current.isEmpty { result.append(current); current = [] }
                continue
            }
            let column = Int(min(max(point.x, -1e9), 1e9).rounded(.down))
            if var open = bucket, open.column == column {
                open.add(point)
                bucket = open
            } else {
                bucket?.flush(into: &current)
                bucket = Bucket(column: column, first: point)
            }
        }
        bucket?.flush(into: &current)
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// The points of one pixel column.
    private struct Bucket {
        let column: Int
        let first: PixelPoint
        var last: PixelPoint
        var low: PixelPoint, lowIndex = 0
        var high: PixelPoint, highIndex = 0
        var count = 1

        init(column: Int, first: PixelPoint) {
            self.column = column
            self.first = first
            last = first; low = first; high = first
        }

        mutating func add(_ point: PixelPoint) {
            if point.y < low.y { low = point; lowIndex = count }
            if point.y > high.y { high = point; highIndex = count }
            last = point
            count += 1
        }

        func flush(into output: inout [PixelPoint]) {
            output.append(first)
            guard count > 1 else { return }
            let middle = lowIndex <= highIndex ? [(lowIndex, low), (highIndex, high)] : [(highIndex, high), (lowIndex, low)]
            var written = -1
            for (index, point) in middle where index != 0 && index != count - 1 && index != written {
                output.append(point)
                written = index
            }
            output.append(last)
        }
    }
}
