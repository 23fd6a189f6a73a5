import Testing
@testable import LandscapePlots

@Suite("Legend placement")
struct LegendPlacementTests {
    /// The x, y of the legend's box.
    func legendBox(_ svg: String) -> (x: Double, y: Double)? {
        guard let range = svg.range(of: "<g class=\"legend\">\n<rect") else { return nil }
        let rest = String(svg[range.upperBound...].prefix(200))
        let x = SVGInspection.attributeValues("x", in: rest).first.flatMap(Double.init)
        let y = SVGInspection.attributeValues("y", in: rest).first.flatMap(Double.init)
        guard let x, let y else { return nil }
        return (x, y)
    }

    @Test func decayingCurvesLeaveTheUpperRightFree() throws {
        let figure = Figure()
        figure.plot.line(x: (1...100).map(Double.init), y: (1...100).map { 1 / Double($0) }, label: "1/k")
        let box = try #require(legendBox(try figure.render()))
        #expect(box.x > 320 && box.y < 100)
    }

    @Test func risingCurveMovesTheLegendLeft() throws {
        let figure = Figure()
        figure.plot.line(x: (0...100).map(Double.init), y: (0...100).map { Double($0 * $0) }, label: "k²")
        let box = try #require(legendBox(try figure.render()))
        #expect(box.x < 320 && box.y < 100)
    }

    @Test func dataEverywhereMovesAnAutoLegendOutside() throws {
        let figure = Figure()
        let x = (0..<400).map(Double.init)
        figure.plot.line(x: x, y: x.map { $0.truncatingRemainder(dividingBy: 2) == 0 ? 0 : 1 }, label: "square wave")
        let svg = try figure.render()
        let box = try #require(legendBox(svg))
        let clipStart = try #require(svg.range(of: "<clipPath"))
        let clip = String(svg[clipStart.upperBound...].prefix(200))
        let plotLeft = try #require(SVGInspection.attributeValues("x", in: clip).first.flatMap(Double.init))
        let plotWidth = try #require(SVGInspection.attributeValues("width", in: clip).first.flatMap(Double.init))
        #expect(box.x > plotLeft + plotWidth)
        // A figure too narrow for an outside legend keeps it inside, covering the least.
        let narrow = Figure(width: 300, height: 300)
        narrow.plot.line(x: x, y: x.map { $0.truncatingRemainder(dividingBy: 2) == 0 ? 0 : 1 }, label: "a rather long square-wave label")
        let inside = try #require(legendBox(try narrow.render()))
        #expect(inside.x < 300)
    }

    @Test func hiddenLegendIsNotDrawn() throws {
        let figure = Figure()
        figure.plot.line(y: [1, 2, 3], label: "a")
        figure.plot.legend = .hidden
        #expect(legendBox(try figure.render()) == nil)
    }

    @Test func outsideLegendIsRightOfThePlot() throws {
        let figure = Figure()
        figure.plot.line(y: [1, 2, 3], label: "a")
        figure.plot.legend = .outside
        let box = try #require(legendBox(try figure.render()))
        #expect(box.x > 500)
    }

    @Test func colorCycleHasTenDistinctColours() {
        #expect(Set(ColorCycle.colors).count == 10)
        #expect(ColorCycle.color(10) == ColorCycle.color(0))
        #expect(ColorCycle.dash(10) == .dashed && ColorCycle.dash(3) == .solid)
    }
}
