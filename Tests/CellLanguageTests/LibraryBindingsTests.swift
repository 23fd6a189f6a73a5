import JupyterKernel
import Testing
@testable import CellLanguage

/// Figures built panel by panel, and the numerics the example notebooks use, on small shapes.
@Suite struct LibraryBindingsTests {
    @Test func figurePanelsAreSharedReferences() throws {
        let notebook = Notebook()
        let built = notebook.run("""
        let figure = Figure(rows: 1, columns: 2, sharedY: true)
        let panel = figure[0, 0]
        panel.line(x: [1, 2, 3], y: [1, 10, 100], label: "measured", marker: .circle)
        panel.line(x: [1, 2, 3], y: [2, 20, 200], label: "bound", dash: .dashed)
        panel.yScale = .log
        figure[0, 1].scatter(x: [1, 2], y: [3, 4])
        figure[0, 1].title = "right panel"
        for p in figure.panels { p.xLabel = "k" }
        figure
        """)
        #expect(built.error == nil, "\(built.error?.value ?? "")")
        if case .string(let svg)? = built.data?["image/svg+xml"] {
            #expect(svg.contains("right panel"))
            #expect(svg.contains("measured"))
        } else {
            Issue.record("the figure has no SVG form")
        }
        #expect(notebook.value("figure[0, 0].seriesCount") == "2")
        #expect(notebook.value("figure.panels[1].seriesCount") == "1")
        #expect(notebook.value("figure[0, 1].title") == "\"right panel\"")
        #expect(notebook.value("figure.plot.xLabel") == "\"k\"")
        #expect(notebook.value("figure.plot.yScale").contains("log"))
        #expect(notebook.value("figure[0, 1]") == "Plot \"right panel\" (1 series)")
    }

    @Test func optionalsCompareWithPlainValues() {
        let notebook = Notebook()
        notebook.run("let yes: Bool? = true\nlet none: Bool? = nil")
        #expect(notebook.value("yes == true") == "true")
        #expect(notebook.value("none == true") == "false")
        #expect(notebook.value("false != yes") == "true")
    }

    @Test func reducingDoublesWithAnOperatorStartsFromADouble() {
        let notebook = Notebook()
        #expect(notebook.value("[1.5, 2.5].reduce(0, +)") == "4.0")
        #expect(notebook.value("[3.0, 4.0].map { $0 * $0 }.reduce(0, +).squareRoot()") == "5.0")
        #expect(notebook.value("[1, 2, 3].reduce(0, +)") == "6")
    }

    @Test func cellFunctionsPassSeedsOnAsUInt64() {
        let notebook = Notebook()
        let defined = notebook.run("""
        func widthsOf(seed: UInt64) throws -> Int {
            try MLP(widths: [3, 2], seed: seed).parameters.count
        }
        """)
        #expect(defined.error == nil, "\(defined.error?.value ?? "")")
        #expect(notebook.value("try widthsOf(seed: 7)") == "6")
        #expect(notebook.run("try widthsOf(seed: -1)").error != nil)
    }

    @Test func quickPlotsRender() {
        let notebook = Notebook()
        let spectrum = notebook.run("spectrumPlot(eigenvalues: [3, -1, 0.5], title: \"s\", yScale: .symlog(threshold: 1e-4))")
        #expect(spectrum.error == nil, "\(spectrum.error?.value ?? "")")
        #expect(spectrum.data?["image/svg+xml"] != nil)
        let heatmap = notebook.run("heatmapPlot(values: [1, -1, -1, 1], rows: 2, columns: 2, title: \"H\")")
        #expect(heatmap.data?["image/svg+xml"] != nil)
        let contour = notebook.run("contourPlot(x: [0, 1, 2], y: [0, 1], values: [[0, 1, 2], [1, 2, 3]], levels: 4)")
        #expect(contour.error == nil, "\(contour.error?.value ?? "")")
        #expect(contour.data?["image/svg+xml"] != nil)
    }

    @Test func poolingScalingAndTheLemmaChecks() {
        let notebook = Notebook()
        let setup = notebook.run("""
        let data = try Dataset.fashionMNIST(count: 30, directory: "/usr/share/datasets/fashion-mnist").averagePooled(4)
        let net = try MLP(input: data.inputSize, hidden: 4, hiddenLayers: 1, classes: 10, seed: 0)
        let report = try net.bound(on: data.prefix(10), hessianObjects: 0)
        """)
        #expect(setup.error == nil, "\(setup.error?.value ?? "")")
        #expect(notebook.value("data.inputSize") == "49")
        #expect(notebook.value("net.hiddenLayers") == "1")
        #expect(notebook.value("report.lemma1.value >= report.theorem1.value || report.lemma1Premise.holds == false") == "true")
        #expect(notebook.value("report.maxGaussNewtonNorm > 0") == "true")
        // Swift promotes `true` to `Bool?` to compare it with an optional (`holds == true`).
        #expect(notebook.value("report.theorem1.holds == true || report.theorem1.holds == false") == "true")
        #expect(notebook.value("report.theorem1.holds != nil") == "true")
        #expect(notebook.value("report.statistics.linearLayerCount") == "3")
        // Scaling θ by s scales every weight statistic M by |s|.
        #expect(notebook.value("abs(net.scaled(by: 2).weightStatistics(on: data).maxAbsWeight - 2 * net.weightStatistics(on: data).maxAbsWeight) < 1e-12") == "true")
        #expect(notebook.value("net.moved(along: net.parameters, by: -1).parameters.allSatisfy { $0 == 0 }") == "true")
        #expect(notebook.run("net.moved(along: [1, 2], by: 1)").error != nil)
        #expect(notebook.value("net.gaussNewtonSpectrum(of: data[0]).count") == "10")
        #expect(notebook.value("net.hessian(on: data.prefix(5)).entries.count == net.parameterCount * net.parameterCount") == "true")
    }

    @Test func differenceCurvesAndPerturbationStudies() {
        let notebook = Notebook()
        notebook.run("""
        let data = try Dataset.gaussianMixture(count: 12, inputSize: 3, classes: 2, seed: 2)
        let net = try MLP(input: 3, hidden: 3, hiddenLayers: 0, classes: 2, seed: 0)
        """)
        #expect(notebook.value("net.hessianDifferences(on: data, upTo: 5).k") == "[1, 2, 3, 4, 5]")
        #expect(notebook.value("net.hessianDifferences(on: data, upTo: 5).norms.count") == "5")
        let study = notebook.run("let study = try net.perturbationStudy(on: data, radius: 0.5)")
        #expect(study.error == nil, "\(study.error?.value ?? "")")
        #expect(notebook.value("study.measured.count == study.k.count && study.lemma2Bound.count == study.k.count") == "true")
        #expect(notebook.value("study.radius") == "0.5")
        #expect(notebook.value("net.spectralDensity(on: data, probes: 2, iterations: 5, gridSize: 20).grid.count") == "20")
    }
}
