import JupyterKernel
import Testing
@testable import CellLanguage

/// The paper's workflow in cells, on small shapes.
@Suite struct LandscapeCellsTests {
    @Test func illustrationRunsOnFashionMNIST() throws {
        let notebook = Notebook()
        let setup = notebook.run("""
        let data = try Dataset.fashionMNIST(count: 300)
        var net = MLP(input: 784, hidden: 4, hiddenLayers: 1, classes: 10, seed: 0)
        net.train(on: data, epochs: 2, batchSize: 64, optimizer: .adam(learningRate: 1e-3))
        var sample = data.prefix(20)
        sample.add(try data[100])
        sample.count
        """)
        #expect(setup.error == nil, "\(setup.error?.value ?? "")")
        #expect(setup.result == "21")
        // The live progress bar: one display with an id, updates with that id, ending in a summary.
        let displays = setup.context.displays
        #expect(displays.count == 1)
        let id = try #require(displays.first?.1)
        let updates = setup.context.updates
        #expect(!updates.isEmpty)
        #expect(updates.allSatisfy { $0.1 == id })
        #expect(updates.last?.0.data["text/plain"] != nil)

        let figure = notebook.run("plot(net.lossDifferences(on: data, permutations: 10), yScale: .log)")
        #expect(figure.error == nil, "\(figure.error?.value ?? "")")
        if case .string(let svg)? = figure.data?["image/svg+xml"] {
            #expect(svg.contains("<svg"))
        } else {
            Issue.record("the figure has no SVG form")
        }
        #expect(figure.data?["text/plain"] != nil)
        #expect(notebook.run("sample").data?["text/html"] != nil)
    }

    @Test func aFinishedBarAndTheResultSayTheSummaryOnce() throws {
        let notebook = Notebook()
        notebook.run("""
        let data = try Dataset.gaussianMixture(count: 64, inputSize: 5, classes: 3, seed: 4)
        var net = MLP(input: 5, hidden: 4, hiddenLayers: 1, classes: 3, seed: 0)
        """)
        // The cell ends with the training itself: its result is the history, so the bar ends completed.
        let shown = notebook.run("net.train(on: data, epochs: 2, batchSize: 16)")
        #expect(shown.error == nil, "\(shown.error?.value ?? "")")
        let result = try #require(shown.result)
        #expect(result.hasPrefix("TrainingHistory("))
        let last = try #require(shown.context.updates.last)
        #expect(last.1 == shown.context.displays.first?.1)
        guard case .string(let barText)? = last.0.data["text/plain"] else { Issue.record("no text/plain"); return }
        #expect(barText == "training [" + String(repeating: "█", count: 30) + "] 100% done")
        #expect(!barText.contains(result))
        // The training is not the cell's value: the bar keeps the summary, the only place it is said.
        let hidden = notebook.run("let history = try net.train(on: data, epochs: 2, batchSize: 16)\nhistory.epochLosses.count")
        #expect(hidden.result == "2")
        guard case .string(let summary)? = hidden.context.updates.last?.0.data["text/plain"] else {
            Issue.record("no final bar"); return
        }
        #expect(summary.hasPrefix("TrainingHistory(") && summary.contains("2 epochs"))
    }

    @Test func hessianAndBoundOnASmallNetwork() {
        // The illustration's curvature lines, on shapes small enough for a debug build.
        let notebook = Notebook()
        notebook.run("""
        let data = try Dataset.gaussianMixture(count: 200, inputSize: 8, classes: 3, seed: 4)
        var net = MLP(input: 8, hidden: 6, hiddenLayers: 2, classes: 3, seed: 0)
        net.train(on: data, epochs: 3, batchSize: 32, optimizer: .adam(learningRate: 1e-2))
        var sample = data.prefix(20)
        sample.add(try data[100])
        """)
        let norm = notebook.run("try net.hessian(on: sample).spectralNorm")
        #expect(norm.error == nil, "\(norm.error?.value ?? "")")
        #expect(Double(norm.result ?? "") ?? -1 > 0)

        let bound = notebook.run("net.bound(on: sample)")
        #expect(bound.error == nil, "\(bound.error?.value ?? "")")
        if case .string(let markdown)? = bound.data?["text/markdown"] {
            #expect(markdown.contains("Theorem 1"))
        } else {
            Issue.record("the bound has no Markdown form")
        }
        #expect(notebook.value("net.bound(on: sample).theorem1.holds != nil") == "true")
        #expect(notebook.run("plot(spectrumOf: net.gaussNewton(on: sample))").data?["image/svg+xml"] != nil)
    }

    @Test func richFormsOfNetworkDatasetAndHessian() {
        let notebook = Notebook()
        notebook.run("""
        let data = try Dataset.gaussianMixture(count: 40, inputSize: 3, classes: 2, seed: 1)
        let net = MLP(input: 3, hidden: 2, hiddenLayers: 0, classes: 2, seed: 0)
        """)
        #expect(notebook.run("net").data?["text/html"] != nil)
        #expect(notebook.run("data").data?["text/html"] != nil)
        #expect(notebook.run("net.hessian(on: data)").data?["text/html"] != nil)
        #expect(notebook.value("net.parameterCount") == "10")
        #expect(notebook.value("net.hessian(on: data).trace == net.gaussNewton(on: data).trace") == "true")
        let shown = notebook.run("display(net)\n1")
        #expect(shown.context.displays.count == 1)
    }

    @Test func libraryErrorsArriveWithTheirText() {
        let notebook = Notebook()
        notebook.run("let data = try Dataset.gaussianMixture(count: 10, inputSize: 3, classes: 2)\nvar net = MLP(input: 5, hidden: 2, hiddenLayers: 0, classes: 2)")
        let run = notebook.run("net.loss(on: data)")
        #expect(run.error != nil)
        #expect(run.error?.name != "CompileError")
        #expect(notebook.value("try data[99]").hasPrefix("error:"))
        #expect(notebook.value("net.trian(on: data)") == "error: value of type 'MLP' has no member 'trian'; did you mean 'train'?")
        #expect(notebook.value("net.train(on: data, epoch: 1)") == "error: extra argument 'epoch' in call; did you mean 'epochs'?")
        #expect(notebook.value("let s = MLP(input: 2, hidden: 2, hiddenLayers: 0, classes: 2, seed: -1)").hasPrefix("error:"))
    }

    @Test func trainingInterruptedKeepsTheWeightsReached() {
        let notebook = Notebook()
        notebook.run("""
        let data = try Dataset.gaussianMixture(count: 2000, inputSize: 20, classes: 4, seed: 2)
        var net = MLP(input: 20, hidden: 16, hiddenLayers: 2, classes: 4, seed: 0)
        let before = net.parameters
        """)
        let context = RecordingContext()
        let interpreter = notebook.interpreter
        DispatchQueueHelper.after(0.5) { interpreter.interrupt() }
        let run = notebook.run("net.train(on: data, epochs: 100000, batchSize: 8)", context: context)
        #expect(run.error?.name == "Interrupted")
        #expect(notebook.value("net.parameters == before") == "false")
        #expect(notebook.value("1 + 1") == "2")
    }

    @Test func longLibraryWorkStopsWhenInterrupted() {
        let notebook = Notebook()
        notebook.run("""
        let data = try Dataset.gaussianMixture(count: 2000, inputSize: 200, classes: 4, seed: 2)
        let net = try MLP(input: 200, hidden: 64, hiddenLayers: 2, classes: 4, seed: 0)
        """)
        let interpreter = notebook.interpreter
        DispatchQueueHelper.after(0.5) { interpreter.interrupt() }
        // Thousands of Lanczos steps with full reorthogonalisation: minutes of work unless it stops.
        let run = notebook.run("try net.topEigenvalues(on: data, count: 1, iterations: 5000)")
        #expect(run.error?.name == "Interrupted", "\(run.error?.value ?? "finished instead of stopping")")
        #expect(notebook.value("net.parameterCount") == "21248", "the state is intact and the next cell runs")
    }
}

import Foundation
enum DispatchQueueHelper {
    static func after(_ seconds: Double, _ work: @escaping @Sendable () -> Void) {
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: work)
    }
}

@Suite struct SweepCellsTests {
    @Test func tinySweepWithProgressAndPanelPlot() {
        let notebook = Notebook()
        let run = notebook.run("""
        let data = try Dataset.gaussianMixture(count: 60, inputSize: 4, classes: 2, seed: 3)
        let sweep = Sweep.paperSweep(on: data, hiddenSizes: [2, 3], hiddenLayerCounts: [1], epochs: 1, permutations: 3)
        plot(sweep.hiddenSizePanel(hiddenLayers: 1).map { $0.curve })
        """)
        #expect(run.error == nil, "\(run.error?.value ?? "")")
        #expect(run.data?["image/svg+xml"] != nil)
        #expect(run.result?.hasPrefix("Figure") == true)
        #expect(run.context.displays.count == 1)
        #expect(notebook.value("sweep.runs.count") == "2")
    }
}
