import Foundation
import Testing
@testable import LandscapePlots

@Suite("Per-pixel-column decimation")
struct DecimationTests {
    @Test func tenThousandPointsMakeABoundedPath() throws {
        let figure = Figure()
        let n = 10_000
        figure.plot.line(y: (0..<n).map { sin(Double($0) * 0.37) + Double($0) * 1e-4 })
        let d = try #require(SVGInspection.linePaths(try figure.render(), color: ColorCycle.color(0)).first)
        let points = SVGInspection.pointCount(d)
        #expect(points <= 4 * 640)
        #expect(points > 600)  // still one column's worth of detail across the width
    }

    @Test func reductionKeepsFirstLastAndExtremes() {
        let points: [PixelPoint?] = [PixelPoint(x: 0.1, y: 5), PixelPoint(x: 0.2, y: 1), PixelPoint(x: 0.3, y: 9),
                                     PixelPoint(x: 0.4, y: 4), PixelPoint(x: 0.5, y: 6), PixelPoint(x: 1.5, y: 2)]
        let reduced = Decimation.subpaths(points)
        #expect(reduced == [[PixelPoint(x: 0.1, y: 5), PixelPoint(x: 0.2, y: 1), PixelPoint(x: 0.3, y: 9),
                             PixelPoint(x: 0.5, y: 6), PixelPoint(x: 1.5, y: 2)]])
    }

    @Test func gapsAreKept() {
        let points: [PixelPoint?] = [PixelPoint(x: 0, y: 0), nil, PixelPoint(x: 0.5, y: 1), PixelPoint(x: 0.6, y: 2), nil]
        #expect(Decimation.subpaths(points) == [[PixelPoint(x: 0, y: 0)], [PixelPoint(x: 0.5, y: 1), PixelPoint(x: 0.6, y: 2)]])
    }

    @Test func sparseLinesAreUntouched() {
        let points = (0..<50).map { PixelPoint(x: Double($0) * 3, y: Double($0 % 7)) }
        #expect(Decimation.subpaths(points) == [points])
    }

    @Test func manyScatterPointsAreDeduplicatedPerPixel() throws {
        let figure = Figure()
        let n = 20_000
        figure.plot.scatter(x: (0..<n).map { Double($0 % 100) }, y: (0..<n).map { Double($0 % 37) })
        let svg = try figure.render()
        #expect(svg.utf8.count < 400_000)
    }
}

@Suite("Filled contours")
struct MarchingSquaresTests {
    /// Shoelace area of a polygon in grid units.
    func area(_ polygon: [MarchingSquares.GridPoint]) -> Double {
        var sum = 0.0
        for k in polygon.indices {
            let a = polygon[k], b = polygon[(k + 1) % polygon.count]
            sum += a.i * b.j - b.i * a.j
        }
        return abs(sum) / 2
    }

    @Test func regionAreaMatchesTheLinearInterpolant() {
        // f(i, j) = i on a 5 × 3 grid: {f ≥ 1.5} is the strip 1.5 ≤ i ≤ 4, area 2.5 × 2.
        let values = (0..<3).map { _ in (0..<5).map(Double.init) }
        let total = MarchingSquares.region(values: values, atLeast: 1.5).map(area).reduce(0, +)
        #expect(abs(total - 5) < 1e-9)
    }

    @Test func saddleCellsSplitAlongTheDiagonal() {
        // One cell with opposite corners high: the diagonal 0–2 is inside, the clipped square is one polygon.
        let values: [[Double]] = [[1, 0], [0, 1]]
        let high = MarchingSquares.region(values: values, atLeast: 0.5)
        #expect(high.count == 1)
        #expect(abs(high.map(area).reduce(0, +) - 0.75) < 1e-9)
        let low: [[Double]] = [[0, 1], [1, 0]]
        let pieces = MarchingSquares.region(values: low, atLeast: 0.5)
        #expect(pieces.count == 2)
        #expect(abs(pieces.map(area).reduce(0, +) - 0.25) < 1e-9)
    }

    @Test func nonFiniteCellsAreLeftOut() {
        let values: [[Double]] = [[0, 1, 2], [0, .nan, 2], [0, 1, 2]]
        #expect(MarchingSquares.region(values: values, atLeast: -1).isEmpty)
        #expect(MarchingSquares.isoline(values: values, level: 0.5).isEmpty)
    }
}
