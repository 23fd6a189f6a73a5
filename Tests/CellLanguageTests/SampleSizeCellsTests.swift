import Foundation
import JupyterKernel
import Testing
@testable import CellLanguage

/// Issue 12 in cells: the protocol on a tiny sample, its three curves in one line each with a plot each, the
/// reference results JSON both ways, and the dataset writers read back by the loaders.
@Suite struct SampleSizeCellsTests {
    @Test func theProtocolItsCurvesAndItsResultsFileInCells() throws {
        let notebook = Notebook()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lk12-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let ran = notebook.run("""
        let train = try Dataset.gaussianMixture(count: 100, inputSize: 5, classes: 3, seed: 1)
        let validation = try Dataset.gaussianMixture(count: 30, inputSize: 5, classes: 3, seed: 2)
        var settings = SampleSizeProtocol(hiddenSizes: [4, 8], hiddenLayerCounts: [1, 3], trainings: 2, epochs: 2)
        settings.batchSize = 32
        let study = try SampleSizeStudy.run(train: train, validation: validation, settings: settings)
        try study.writeReferenceResults(to: "\(path)")
        let back = try SampleSizeStudy(referenceResults: "\(path)")
        """)
        #expect(ran.error == nil, "\(ran.error?.value ?? "")")
        #expect(notebook.value("study.results.count") == "4")
        #expect(notebook.value("study.wasStopped") == "false")
        #expect(notebook.value("study.hiddenSizes") == "[4, 8]")
        #expect(notebook.value("study.selecting(hiddenLayers: 3).results.map { $0.label }") == "[\"h = 4, L = 3\", \"h = 8, L = 3\"]")
        #expect(notebook.value("try study.accuracyCurves()[0].sampleSizes") == "[32, 64, 96, 128, 160, 192, 224, 256]")
        #expect(notebook.value("try study.lossDifferenceBands()[0].k.count") == "99")
        #expect(notebook.value("try study.accuracyVersusDifference()[0].sampleSizes") == "[32, 64, 96]")
        #expect(notebook.value("study.results[0].trainings[0].losses.count") == "100")
        #expect(notebook.value("back.results.count") == "4")
        #expect(notebook.value("back.results[3].trainings[1].validationAccuracy == study.results[3].trainings[1].validationAccuracy") == "true")
        for line in ["plot(try study.accuracyCurves())", "plot(try study.lossDifferenceBands())", "plot(try study.accuracyVersusDifference())",
                     "plot(try study.results[0].accuracyCurve())"] {
            let figure = notebook.run(line)
            #expect(figure.error == nil, "\(line): \(figure.error?.value ?? "")")
            if case .string(let svg)? = figure.data?["image/svg+xml"] {
                #expect(svg.contains("fill-opacity"), "\(line) draws no band")
            } else {
                Issue.record("\(line) has no SVG")
            }
        }
    }

    @Test func writtenImagesReadBackThroughTheLoaders() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lk12-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let notebook = Notebook()
        let ran = notebook.run("""
        let digits = try Dataset.gaussianMixture(count: 12, inputSize: 784, classes: 10, seed: 3)
        try digits.writeMNIST(root: "\(root)", split: .test)
        let mnist = try Dataset.mnist(root: "\(root)", split: .test)
        let photos = try Dataset.gaussianMixture(count: 11, inputSize: 3072, classes: 10, seed: 4)
        try photos.writeCIFAR10(root: "\(root)")
        let cifar = try Dataset.cifar10(root: "\(root)", count: 10)
        """)
        #expect(ran.error == nil, "\(ran.error?.value ?? "")")
        #expect(notebook.value("mnist.labels == digits.labels") == "true")
        #expect(notebook.value("mnist.count") == "12")
        #expect(notebook.value("cifar.labels == photos.prefix(10).labels") == "true")
        #expect(notebook.value("cifar.inputSize") == "3072")
        let missing = notebook.run("try Dataset.cifar100(root: \"\(root)\", labels: .coarse)")
        #expect(missing.error?.value.contains("\(root)/cifar-100-binary/train.bin") == true, "\(missing.error?.value ?? "")")
    }
}
