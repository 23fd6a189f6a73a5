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
