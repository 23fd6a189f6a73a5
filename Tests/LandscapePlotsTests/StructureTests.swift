import Foundation
import Testing
@testable import LandscapePlots

/// A figure like the paper's: five labelled decaying series on a log y axis.
func paperLikeFigure(points: Int = 200, series: Int = 5) -> Figure {
    let figure = Figure()
    let plot = figure.plot
    for j in 0..<series {
        let y = (1...points).map { k in (0.3 + 0.05 * Double(j)) / Double(k) * (1 + 0.1 * sin(Double(k + j))) }
        plot.line(y: y, label: "$h$ = \(4 << j), $L$ = 5")
    }
    plot.title = "FashionMNIST"
    plot.xLabel = "Sample size, $k$"
    plot.yLabel = "$\\left| \\mathcal{L}_{k+1}(\\hat{\\theta}) - \\mathcal{L}_k(\\hat{\\theta}) \\right|$"
    plot.yScale = .log
    return figure
}

@Suite("Document structure")
struct StructureTests {
    @Test func standaloneSVGRoot() throws {
        let svg = try paperLikeFigure().render()
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"440\" viewBox=\"0 0 640 440\""))
        #expect(svg.hasSuffix("</svg>\n"))
        #expect(!svg.contains("<image") && !svg.contains("@font-face") && !svg.contains("<script"))
    }

    @Test func xmlParsesWithFoundationAndXmllint() throws {
        for figure in [paperLikeFigure(), GoldenFigures.heatmap(), GoldenFigures.contour(), GoldenFigures.grid()] {
            let svg = figure.svg
            #expect(SVGInspection.parses(svg))
            if let (status, errors) = try SVGInspection.xmllintStatus(svg) {
                #expect(status == 0, "xmllint: \(errors)")
            }
        }
    }

    @Test func titleIsTheTextAlternative() throws {
        let svg = try paperLikeFigure().render()
        #expect(svg.contains("role=\"img\">\n<title>FashionMNIST</title>"))
    }

    @Test func textIsEscaped() throws {
        let figure = Figure()
        figure.plot.title = "a < b & \"c\" > 'd' \u{1}"
        figure.plot.line(y: [1, 2], label: "</text><script>")
        let svg = try figure.render()
        #expect(SVGInspection.parses(svg))
        #expect(svg.contains("a &lt; b &amp; &quot;c&quot; &gt; &#39;d&#39;"))
        #expect(!svg.contains("<script>"))
        #expect(SVGInspection.texts(svg).contains("</text><script>"))
    }

    @Test func legendEntriesAndSeriesCounts() throws {
        let figure = paperLikeFigure(series: 7)
        figure.plot.line(y: [1, 2, 3])  // unlabelled: drawn, not in the legend
        #expect(figure.plot.seriesCount == 8)
        #expect(figure.plot.legendLabels.count == 7)
        #expect(figure.plot.legendLabels.first == "h = 4, L = 5")
        let svg = try figure.render()
        let texts = SVGInspection.texts(svg)
        for label in figure.plot.legendLabels { #expect(texts.contains(label)) }
        let strokes = ColorCycle.colors.prefix(8).map { SVGInspection.linePaths(svg, color: $0).count }
        #expect(strokes.filter { $0 >= 1 }.count == 8)
    }

    @Test func paperYLabelReadsAsInThePaper() throws {
        let texts = SVGInspection.texts(try paperLikeFigure().render())
        #expect(texts.contains("|ℒₖ₊₁(θ̂)\u{2005}−\u{2005}ℒₖ(θ̂)|"))
        #expect(texts.contains("10⁻²") && texts.contains("10⁻¹"))
    }

    @Test func idsAreUniqueAcrossFigures() throws {
        let first = try paperLikeFigure().render()
        let second = try GoldenFigures.grid().render()
        let third = try paperLikeFigure(series: 4).render()
        let a = SVGInspection.ids(first), b = SVGInspection.ids(second), c = SVGInspection.ids(third)
        #expect(!a.isEmpty && !b.isEmpty && !c.isEmpty)
        #expect(Set(a).count == a.count && Set(b).count == b.count)
        #expect(Set(a).isDisjoint(with: b) && Set(a).isDisjoint(with: c) && Set(b).isDisjoint(with: c))
        // Every reference points at an id of the same figure.
        for (svg, ids) in [(first, a), (second, b)] {
            for ref in SVGInspection.attributeValues("clip-path", in: svg) {
                #expect(ids.contains(String(ref.dropFirst(5).dropLast())))
            }
        }
    }

    @Test func sameFigureSameBytes() throws {
        #expect(try paperLikeFigure().render() == paperLikeFigure().render())
        let figure = GoldenFigures.contour()
        #expect(figure.svg == figure.svg)
    }

    @Test func categoricalBarsLabelTheirTicks() throws {
        let figure = Figure()
        figure.plot.bars(categories: ["adam", "sgd", "$\\eta_0$"], values: [3, 1, 2])
        let texts = SVGInspection.texts(try figure.render())
        #expect(texts.contains("adam") && texts.contains("sgd") && texts.contains("η₀"))
        #expect(!texts.contains("1") && !texts.contains("2"))  // no numeric x ticks
        let mismatched = Figure()
        mismatched.plot.bars(categories: ["a"], values: [1, 2])
        #expect(throws: PlotError.self) { try mismatched.render() }
    }

    @Test func referenceLinesExtendTheLimitsAndJoinTheLegend() throws {
        let figure = Figure()
        figure.plot.line(y: [1, 2, 3], label: "data")
        figure.plot.horizontalLine(y: 10, label: "bound")
        #expect(figure.plot.legendLabels == ["data", "bound"])
        let texts = SVGInspection.texts(try figure.render())
        #expect(texts.contains("10"))
        let log = Figure()
        log.plot.line(y: [1, 2, 3])
        log.plot.yScale = .log
        log.plot.horizontalLine(y: 0)
        #expect(throws: PlotError.self) { try log.render() }
    }

    @Test func sizeInInches() {
        let figure = Figure(size: .inches(6.4, 4.8))
        #expect(abs(figure.width - 614.4) < 1e-9 && abs(figure.height - 460.8) < 1e-9)
        #expect(figure.svg.contains("width=\"614.4\" height=\"460.8\" viewBox=\"0 0 614.4 460.8\""))
    }

    @Test func panelsOutsideTheGridAreReportedNotCrashing() {
        let figure = Figure(rows: 1, columns: 2)
        figure[3, 0].title = "lost"
        #expect(throws: PlotError.self) { try figure.render() }
        #expect(throws: PlotError.self) { try figure.panel(row: 0, column: 2) }
        #expect(SVGInspection.texts(figure.svg).contains { $0.contains("outside the 1 × 2 grid") })
    }

    @Test func saveWritesTheFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("landscape-plots-save-\(UUID().uuidString).svg")
        defer { try? FileManager.default.removeItem(at: url) }
        let figure = paperLikeFigure()
        try figure.save(to: url.path)
        #expect(try String(contentsOf: url, encoding: .utf8) == figure.svg)
        #expect(throws: PlotError.self) { try figure.save(to: "/nonexistent-dir/x.svg") }
    }
}
