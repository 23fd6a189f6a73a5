import Testing
@testable import LandscapePlots

@Suite("Degenerate data gives a readable figure or a stated error")
struct DegenerateDataTests {
    func readable(_ figure: Figure) throws -> String {
        let svg = try figure.render()
        #expect(SVGInspection.parses(svg))
        return svg
    }

    @Test func onePointIsDrawnAsADot() throws {
        let figure = Figure()
        figure.plot.line(x: [3], y: [7], label: "one")
        let svg = try readable(figure)
        let texts = SVGInspection.texts(svg)
        #expect(texts.contains("7.0"))
        #expect(svg.contains("<path fill=\"\(ColorCycle.color(0).hexString)\""))  // the dot
    }

    @Test func allEqualValuesGetARange() throws {
        let figure = Figure()
        figure.plot.line(y: [5, 5, 5, 5])
        let ticks = SVGInspection.texts(try readable(figure))
        #expect(ticks.contains("5.0") && ticks.count >= 3)
    }

    @Test func allEqualOnLogAxis() throws {
        let figure = Figure()
        figure.plot.line(y: [0.01, 0.01])
        figure.plot.yScale = .log
        #expect(SVGInspection.texts(try readable(figure)).contains("10⁻²"))
    }

    @Test func emptySeriesSaysNoData() throws {
        let figure = Figure()
        figure.plot.line(x: [], y: [], label: "empty")
        let texts = SVGInspection.texts(try readable(figure))
        #expect(texts.contains("no finite data to show"))
        #expect(texts.contains("empty"))
        #expect(SVGInspection.texts(try readable(Figure())).contains("no data"))
    }

    @Test func allNaNSaysNoData() throws {
        let figure = Figure()
        figure.plot.line(y: [.nan, .nan, .infinity])
        #expect(SVGInspection.texts(try readable(figure)).contains("no finite data to show"))
    }

    @Test func nonPositiveOnLogAxisIsAnError() throws {
        let figure = Figure()
        figure.plot.line(y: [1, 0.1, 0, -2, 0.01], label: "loss")
        figure.plot.yScale = .log
        let error = try #require(throws: PlotError.self) { try figure.render() }
        #expect(error.message.contains("2 of 5 y values are ≤ 0"))
        #expect(error.message.contains("symlog"))
        // The never-failing form shows the problem inside the panel instead of a blank plot.
        let texts = SVGInspection.texts(figure.svg)
        #expect(texts.contains { $0.hasPrefix("⚠ line “loss”: 2 of 5 y values") })
    }

    @Test func symlogShowsSignedValues() throws {
        let figure = Figure()
        figure.plot.line(y: [1, 0.1, 0, -2, 0.01, 100])
        figure.plot.yScale = .symlog(threshold: 0.1)
        let texts = SVGInspection.texts(try readable(figure))
        #expect(texts.contains("0") && texts.contains("10²") && texts.contains("−1"))
    }

    @Test func logXAxisAndLogHistogram() throws {
        let figure = Figure(rows: 1, columns: 2)
        figure[0, 0].line(x: (1...1000).map(Double.init), y: (1...1000).map { 1 / Double($0) })
        figure[0, 0].xScale = .log
        figure[0, 1].histogram(values: (0..<500).map { Double($0 % 50) * Double($0 % 7) }, bins: 40)
        figure[0, 1].yScale = .log
        let texts = SVGInspection.texts(try readable(figure))
        for label in ["10⁰", "10¹", "10²", "10³"] { #expect(texts.contains(label)) }
    }

    @Test func mismatchedLengthsAreAnError() {
        let figure = Figure()
        figure.plot.line(x: [1, 2, 3], y: [1, 2])
        #expect(throws: PlotError.self) { try figure.render() }
    }

    @Test func badShapesAndSizesAreErrors() {
        let heatmap = Figure()
        heatmap.plot.heatmap(values: [1, 2, 3], rows: 2, columns: 2)
        #expect(throws: PlotError.self) { try heatmap.render() }
        let contour = Figure()
        contour.plot.contour(x: [0, 1], y: [0, 1], values: [[1, 2]])
        #expect(throws: PlotError.self) { try contour.render() }
        let tiny = Figure(width: -5, height: .nan)
        #expect(throws: PlotError.self) { try tiny.render() }
        #expect(SVGInspection.parses(tiny.svg))
        let limits = Figure()
        limits.plot.line(y: [1, 2])
        limits.plot.yScale = .log
        limits.plot.yLimits = 0...10
        #expect(throws: PlotError.self) { try limits.render() }
        let histogram = Figure()
        histogram.plot.histogram(values: [1, 2], bins: 0)
        #expect(throws: PlotError.self) { try histogram.render() }
    }

    @Test func gapsSplitTheLine() throws {
        let figure = Figure()
        figure.plot.line(y: [1, 2, .nan, 3, 4, .infinity, 5, 6])
        let d = try #require(SVGInspection.linePaths(try figure.render(), color: ColorCycle.color(0)).first)
        #expect(d.filter { $0 == "M" }.count == 3)
    }
}

@Suite("Extreme input never traps")
struct ExtremeInputTests {
    @Test func hugeAndTinyValues() {
        let figure = Figure(rows: 2, columns: 2)
        figure[0, 0].line(x: [-1e308, 1e308], y: [1e308, -1e308])
        figure[0, 1].histogram(values: [-1e308, 0, 1e308], bins: 10)
        figure[1, 0].heatmap(values: [1e308, -1e308, .nan, 1e300], rows: 2, columns: 2)
        figure[1, 1].line(y: [1, 1 + 1e-15, 1 - 1e-15])
        figure[1, 1].yScale = .log
        #expect(SVGInspection.parses(figure.svg))
        let log = Figure()
        log.plot.line(y: [Double.leastNonzeroMagnitude, 1e308])
        log.plot.yScale = .log
        #expect(SVGInspection.parses(log.svg))
    }

    @Test func deeplyNestedMath() {
        let text = String(repeating: "\\left", count: 5000) + String(repeating: "{", count: 5000) + String(repeating: "\\hat", count: 5000)
        _ = MathText.unicode(text)
        let figure = Figure()
        figure.plot.title = text
        #expect(SVGInspection.parses(figure.svg))
    }
}
