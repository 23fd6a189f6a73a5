import Foundation
import Testing
@testable import Landscape

@Suite("The later protocol: trainings with validation after every step, curves with bands, the reference's JSON")
struct SampleSizeProtocolTests {
    static let configuration = SweepConfiguration(hidden: 4, hiddenLayers: 1)

    @Test func accuracyCurveIsTheMeanAndPopulationStdOverTrainings() throws {
        let result = SampleSizeResult(configuration: Self.configuration, batchSize: 64, trainings: [
            ProtocolTraining(validationAccuracy: [0.5, 0.75, 1.0], losses: [1, 2]),
            ProtocolTraining(validationAccuracy: [0.25, 0.75, 0.5], losses: [1, 2]),
        ])
        let curve = try result.accuracyCurve()
        #expect(curve.sampleSizes == [64, 128, 192])
        #expect(curve.mean == [0.375, 0.75, 0.75])
        #expect(curve.std == [0.125, 0, 0.25])
        #expect(curve.lower == [0.25, 0.75, 0.5] && curve.upper == [0.5, 0.75, 1.0])
        #expect(try result.accuracyCurve(maxSampleSize: 130).sampleSizes == [64, 128])
        let ragged = SampleSizeResult(configuration: Self.configuration, trainings: [
            ProtocolTraining(validationAccuracy: [0.5], losses: [1, 2]), ProtocolTraining(validationAccuracy: [0.5, 0.5], losses: [1, 2]),
        ])
        #expect(throws: ModelError.self) { try ragged.accuracyCurve() }
        #expect(throws: ModelError.self) { try SampleSizeResult(configuration: Self.configuration, trainings: []).accuracyCurve() }
    }

    @Test func lossDifferenceBandMatchesClosedFormsAndTheCodesAveraging() throws {
        // Two objects: |L₂ − L₁| = |ℓ₁ − ℓ₂|/2 in either order, so 1 and 2 for these trainings.
        let pair = SampleSizeResult(configuration: Self.configuration, trainings: [
            ProtocolTraining(validationAccuracy: [0], losses: [0, 2]), ProtocolTraining(validationAccuracy: [0], losses: [4, 0]),
        ])
        let band = try pair.lossDifferenceBand(permutations: 3)
        #expect(band.k == [1] && band.mean == [1.5] && band.std == [0.5])
        // Longer: the mean is the EMA of the trainings' mean curves (the code's order), which by linearity
        // equals the mean of each training's smoothed curve; the std is over those smoothed curves.
        var g = SeededGenerator(seed: 5)
        let trainings = (0..<3).map { _ in ProtocolTraining(validationAccuracy: [0], losses: (0..<50).map { _ in g.nextUnit() * 3 }) }
        let result = SampleSizeResult(configuration: Self.configuration, trainings: trainings)
        let smooth = try result.lossDifferenceBand(permutations: 7, ema: 0.9, seed: 11)
        #expect(smooth.k.count == 49 && smooth.perTraining.count == 3)
        for t in 0..<3 {
            let own = try LossDifferenceCurve(losses: trainings[t].losses, permutations: 7, ema: 0.9, seed: 11 + UInt64(t))
            #expect(smooth.perTraining[t] == own.smoothed)
        }
        for j in 0..<49 {
            let values = smooth.perTraining.map { $0[j] }
            let mean = values.reduce(0, +) / 3
            #expect(abs(smooth.mean[j] - mean) <= 1e-14 * max(mean, 1))
            let std = (values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 3).squareRoot()
            #expect(abs(smooth.std[j] - std) <= 1e-12 * max(std, 1e-300))
        }
        #expect(try result.lossDifferenceBand(permutations: 7, ema: 0.9, seed: 11) == smooth)
    }

    @Test func accuracyVersusDifferencePairsEachSampleSizeWithTheCurveAtThatK() throws {
        var g = SeededGenerator(seed: 2)
        let trainings = (0..<2).map { t in
            ProtocolTraining(validationAccuracy: (0..<10).map { Double($0 + t) / 20 }, losses: (0..<30).map { _ in g.nextUnit() })
        }
        let result = SampleSizeResult(configuration: Self.configuration, batchSize: 4, trainings: trainings)
        let pairs = try result.accuracyVersusDifference(permutations: 5)
        let band = try result.lossDifferenceBand(permutations: 5)
        // Sample sizes 4, 8, …, 28 fit below n − 1 = 29; 32 does not.
        #expect(pairs.sampleSizes == [4, 8, 12, 16, 20, 24, 28])
        #expect(pairs.difference == pairs.sampleSizes.map { band.mean[$0 - 1] })
        let expectedMeans: [Double] = (0..<7).map { (s: Int) -> Double in (Double(s) / 20 + Double(s + 1) / 20) / 2 }
        #expect(pairs.meanAccuracy == expectedMeans)
        #expect(try result.accuracyVersusDifference(permutations: 5, maxSampleSize: 10).sampleSizes == [4, 8])
    }

    static func data() throws -> (train: Dataset, validation: Dataset) {
        let all = try Dataset.gaussianMixture(count: 60, inputSize: 6, classes: 3, seed: 4)
        return (all.prefix(40), try all.subset(Array(40..<60)))
    }

    @Test(arguments: [1, 3, 4, 64])
    func groupedValidationGivesEveryStepsAccuracy(groupSize: Int) throws {
        let (train, _) = try Self.data()
        // More validation objects than one block of rows (ValidationScorer.blockRows), and not a multiple of it.
        let validation = try Dataset.gaussianMixture(count: 2 * ValidationScorer.blockRows + 37, inputSize: 6, classes: 3, seed: 8)
        for (widths, bias) in [([6, 5, 4, 3], false), ([6, 3], false), ([6, 4, 3], true)] {
            var model = try MLP(widths: widths, bias: bias, seed: 3)
            let features = Buffer(validation.features)
            let scorer = ValidationScorer(layout: model.layout, activation: model.activation, features: features.pointer,
                                          labels: validation.labels, groupSize: groupSize)
            var expected = [Double]()
            var probe = model
            try model.train(on: train, epochs: 2, batchSize: 8, optimizer: .adam(learningRate: 0.05), seed: 1,
                            progress: nil, shouldStop: nil, coded: nil, afterStep: { theta in
                scorer.record(theta: theta)
                probe.parameters = Array(UnsafeBufferPointer(start: theta, count: probe.parameterCount))
                expected.append((try? probe.accuracy(on: validation)) ?? -1)
            })
            scorer.flush()
            withExtendedLifetime(features) {}
            #expect(scorer.accuracies == expected)
            #expect(expected.count == 10 && Set(expected).count > 1)
        }
    }

    @Test func theProtocolValidatesAfterEveryStepAndReproducesEachTraining() throws {
        let (train, validation) = try Self.data()
        let settings = SampleSizeProtocol(hiddenSizes: [3, 5], hiddenLayerCounts: [0, 2], trainings: 2, epochs: 2, batchSize: 8, seed: 9)
        var reports = [SampleSizeProgress]()
        let study = try SampleSizeStudy.run(train: train, validation: validation, settings: settings, progress: { reports.append($0) })
        #expect(!study.wasStopped)
        #expect(study.results.map(\.configuration) == settings.configurations)
        #expect(reports.last?.completedTrainings == 8 && reports.last?.completedConfigurations == 4)
        #expect(reports.last?.fractionCompleted == 1)
        #expect(zip(reports, reports.dropFirst()).allSatisfy { $0.completedSteps <= $1.completedSteps })
        for result in study.results {
            #expect(result.trainings.count == 2)
            #expect(Set(result.trainings.compactMap(\.seed)).count == 2)
            for (t, training) in result.trainings.enumerated() {
                #expect(training.validationAccuracy.count == 2 * 5)
                #expect(training.losses.count == 40)
                // The same training by the public API: the losses at θ̂ and the last accuracy agree bit for bit.
                let seed = settings.trainingSeed(result.configuration, training: t)
                #expect(training.seed == seed)
                var model = try MLP(input: 6, hidden: result.configuration.hidden, hiddenLayers: result.configuration.hiddenLayers,
                                    classes: 3, seed: seed)
                try model.train(on: train, epochs: 2, batchSize: 8, seed: seed)
                #expect(try model.losses(on: train) == training.losses)
                #expect(try model.accuracy(on: validation) == training.validationAccuracy.last)
                // And after the first step only.
                var first = try MLP(input: 6, hidden: result.configuration.hidden, hiddenLayers: result.configuration.hiddenLayers,
                                    classes: 3, seed: seed)
                var asked = 0
                try first.train(on: train, epochs: 2, batchSize: 8, seed: seed, shouldStop: { asked += 1; return asked > 1 })
                #expect(try first.accuracy(on: validation) == training.validationAccuracy[0])
            }
        }
        // Same settings, same bits; a subset of the configurations reproduces its trainings.
        #expect(try SampleSizeStudy.run(train: train, validation: validation, settings: settings) == study)
        var subset = settings
        subset.hiddenSizes = [5]
        subset.hiddenLayerCounts = [2]
        #expect(try SampleSizeStudy.run(train: train, validation: validation, settings: subset).results == [study.result(hidden: 5, hiddenLayers: 2)].compactMap { $0 })
        #expect(study.byHiddenSize.map(\.hidden) == [3, 5])
        #expect(study.byHiddenLayers.first?.results.map(\.configuration.hidden) == [3, 5])
    }

    @Test func stoppingKeepsOnlyFinishedConfigurations() throws {
        let (train, validation) = try Self.data()
        let settings = SampleSizeProtocol(hiddenSizes: [3, 4, 5], hiddenLayerCounts: [1], trainings: 2, epochs: 3, batchSize: 8)
        var finished = 0
        let study = try SampleSizeStudy.run(train: train, validation: validation, settings: settings,
                                            progress: { finished = $0.completedTrainings }, shouldStop: { finished >= 2 })
        #expect(study.wasStopped)
        #expect(study.results.count < 3)
        #expect(study.results.allSatisfy { $0.trainings.count == 2 })
        // Through the library's Cancellation check as well.
        let cancelled = try Cancellation.checking({ true }) {
            try SampleSizeStudy.run(train: train, validation: validation, settings: settings)
        }
        #expect(cancelled.wasStopped && cancelled.results.isEmpty)
        // Bad settings throw before any work.
        #expect(throws: ModelError.self) {
            try SampleSizeStudy.run(train: train, validation: validation, settings: SampleSizeProtocol(trainings: 0))
        }
        #expect(throws: ModelError.self) {
            try SampleSizeStudy.run(train: train, validation: try Dataset.gaussianMixture(count: 5, inputSize: 2, classes: 3))
        }
    }

    @Test func referenceJSONIsWrittenAsPythonWritesItAndReadBack() throws {
        let study = SampleSizeStudy(results: [
            SampleSizeResult(configuration: SweepConfiguration(hidden: 4, hiddenLayers: 1), trainings: [
                ProtocolTraining(validationAccuracy: [0.1, 1.0], losses: [2.302585092994046, 1e-05], seed: 3),
            ]),
            SampleSizeResult(configuration: SweepConfiguration(hidden: 8, hiddenLayers: 3), trainings: []),
        ])
        let expected = """
        [
            {
                "h": 4,
                "L": 1,
                "val_batch_size": 64,
                "samples": [
                    {
                        "loss_values": [
                            2.302585092994046,
                            1e-05
                        ],
                        "accuracy": [
                            0.1,
                            1.0
                        ]
                    }
                ]
            },
            {
                "h": 8,
                "L": 3,
                "val_batch_size": 64,
                "samples": []
            }
        ]
        """
        #expect(study.referenceResultsText() == expected)
        let dir = try Fixture.temporaryDirectory()
        try study.writeReferenceResults(to: dir + "/ours.json")
        let back = try SampleSizeStudy(referenceResults: dir + "/ours.json")
        #expect(back.results.count == 2)
        #expect(back.results[0].trainings == [ProtocolTraining(validationAccuracy: [0.1, 1.0], losses: [2.302585092994046, 1e-05])])
        #expect(back.results[1].configuration == SweepConfiguration(hidden: 8, hiddenLayers: 3))
        // A file as the reference code leaves it: compact or indented, integers where accuracies are whole,
        // Python's NaN; its values come back exactly.
        let theirs = #"[{"h": 16, "L": 5, "val_batch_size": 64, "samples": [{"loss_values": [0.5, NaN, 3e-07], "accuracy": [0, 0.984375, 1]}, {"loss_values": [1.25, 2, 0.125], "accuracy": [0.5, 0.5, 0.25]}]}]"#
        try Data(theirs.utf8).write(to: URL(fileURLWithPath: dir + "/theirs.json"))
        let read = try SampleSizeStudy(referenceResults: dir + "/theirs.json")
        let result = try #require(read.result(hidden: 16, hiddenLayers: 5))
        #expect(result.validationBatchSize == 64 && result.batchSize == 64 && result.trainings.count == 2)
        #expect(result.trainings[0].validationAccuracy == [0, 0.984375, 1])
        #expect(result.trainings[0].losses[1].isNaN && result.trainings[0].losses[2] == 3e-07)
        #expect(try result.accuracyCurve().mean == [0.25, 0.7421875, 0.625])
        // The earlier scripts' files: one training of losses per configuration, no accuracies.
        let earlier = #"[{"h": 4, "L": 5, "loss_values": [0.25, 0.75]}]"#
        try Data(earlier.utf8).write(to: URL(fileURLWithPath: dir + "/extraction.json"))
        let extraction = try SampleSizeStudy(referenceResults: dir + "/extraction.json")
        #expect(extraction.results.first?.trainings == [ProtocolTraining(validationAccuracy: [], losses: [0.25, 0.75])])
        #expect(try extraction.results.first?.lossDifferenceBand().mean == [0.25])
        // Round trip of a real run, bit for bit.
        let (train, validation) = try Self.data()
        let run = try SampleSizeStudy.run(train: train, validation: validation,
                                          settings: SampleSizeProtocol(hiddenSizes: [3], hiddenLayerCounts: [1], trainings: 2, epochs: 1, batchSize: 8))
        try run.writeReferenceResults(to: dir + "/run.json")
        let reread = try SampleSizeStudy(referenceResults: dir + "/run.json")
        #expect(reread.results.map { $0.trainings.map(\.losses) } == run.results.map { $0.trainings.map(\.losses) })
        #expect(reread.results.map { $0.trainings.map(\.validationAccuracy) } == run.results.map { $0.trainings.map(\.validationAccuracy) })
    }

    @Test func floatsAreWrittenAsPythonsRepr() {
        // json.dumps of these values, Python 3.
        let values: [Double] = [1e16, 1e15, 123456789012345678.0, 1e-4, 1.5e-5, 0.1 + 0.2, 5e-324, 1.7976931348623157e308,
                                -0.0, 100.0, 2.5e-7, 9007199254740993.0, 1234567.125, .nan, .infinity, -.infinity]
        let python = ["1e+16", "1000000000000000.0", "1.2345678901234568e+17", "0.0001", "1.5e-05", "0.30000000000000004", "5e-324",
                      "1.7976931348623157e+308", "-0.0", "100.0", "2.5e-07", "9007199254740992.0", "1234567.125",
                      "NaN", "Infinity", "-Infinity"]
        #expect(values.map(PythonJSON.float) == python)
    }

    @Test func badResultsFilesNameTheFileAndTheProblem() throws {
        let dir = try Fixture.temporaryDirectory()
        func expectMalformed(_ text: String, _ reason: String) throws {
            let path = dir + "/bad.json"
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            #expect(throws: ResultsFileError.malformed(path: path, reason: reason)) { try SampleSizeStudy(referenceResults: path) }
        }
        try expectMalformed("[{\"h\": 4, \"L\": 1, \"val_batch_size\": 64, \"samples\": [", "invalid JSON: the text ends where a value was expected at byte 52")
        try expectMalformed("[{\"L\": 1, \"val_batch_size\": 64, \"samples\": []}]", "configuration 0: \"h\" is missing or not an integer")
        try expectMalformed("[{\"h\": 4.5, \"L\": 1, \"val_batch_size\": 64, \"samples\": []}]", "configuration 0: \"h\" is missing or not an integer")
        try expectMalformed("[{\"h\": 4, \"L\": 1, \"val_batch_size\": 64, \"samples\": [{\"loss_values\": [1, \"x\"], \"accuracy\": []}]}]",
                            "configuration 0, sample 0: \"loss_values\"[1] is not a number")
        try expectMalformed("[{\"h\": 4, \"L\": 1, \"val_batch_size\": 64, \"samples\": [{\"accuracy\": []}]}]",
                            "configuration 0, sample 0: \"loss_values\" is missing or not a list")
        try expectMalformed("3", "the top level is neither a list of configurations nor one configuration")
        try expectMalformed("[1] x", "invalid JSON: text after the JSON value at byte 4")
        #expect(throws: ResultsFileError.unreadable(path: dir + "/none.json", reason: "no such file")) {
            try SampleSizeStudy(referenceResults: dir + "/none.json")
        }
    }
}
