import LandscapeNotebook

/// The reference code's later protocol: many independent trainings per configuration, validation
/// accuracy after every optimizer step, and the curves it plots (accuracy against the sample size,
/// the loss difference, accuracy against the loss difference), with the code's results JSON.
enum SampleSizeBindings {
    static func native<T>(_ object: T, _ typeName: String) -> Value {
        .native(NativeValue(typeName: typeName, object: object))
    }

    static func array<T>(_ objects: [T], _ typeName: String) -> Value {
        .array(ArrayValue(objects.map { native($0, typeName) }, elementType: .named(typeName)))
    }

    static func optionalInt(_ value: Value) throws -> Int? { try value.unwrapped.map { try $0.asInt() } }

    static func register(in registry: Registry) {
        registry.beginSection("Sample size", introduction: "The reference code's later protocol (get_loss_values_parallel.py): independent trainings per configuration, validation accuracy after every step, accuracy against the sample size and against the loss difference, and its results JSON both ways.")
        registerSettings(in: registry)
        registerStudy(in: registry)
        registerCurves(in: registry)
    }

    static func registerSettings(in registry: Registry) {
        registry.declareType("SampleSizeProtocol", "struct SampleSizeProtocol", documentation: "The protocol's settings, the reference code's by default: h ∈ {4, 8, 16, 32, 64} × num_layers ∈ {1, 3, 5, 7, 10}, 10 trainings of 10 epochs, batch 64, Adam 10⁻³.")
        registry.add("init(hiddenSizes: [Int] = [4, 8, 16, 32, 64], hiddenLayerCounts: [Int] = [1, 3, 5, 7, 10], trainings: Int = 10, epochs: Int = 10, batchSize: Int = 64, validationBatchSize: Int = 64, optimizer: Optimizer = .adam(learningRate: 1e-3), seed: UInt64 = 0)",
                     of: "SampleSizeProtocol", documentation: "Settings of the protocol (the reference code's num_samples is `trainings`); every training's seed derives from `seed` and its configuration.") { _, a, _ in
            native(SampleSizeProtocol(hiddenSizes: try a[0].asInts(), hiddenLayerCounts: try a[1].asInts(), trainings: try a[2].asInt(),
                                      epochs: try a[3].asInt(), batchSize: try a[4].asInt(), validationBatchSize: try a[5].asInt(),
                                      optimizer: try a[6].asNative(Optimizer.self), seed: try LandscapeBindings.seed(a[7])), "SampleSizeProtocol")
        }
        let lists: [(String, WritableKeyPath<SampleSizeProtocol, [Int]>, String)] = [
            ("hiddenSizes", \.hiddenSizes, "Hidden sizes h (hidden_size_list)."),
            ("hiddenLayerCounts", \.hiddenLayerCounts, "The reference code's num_layers values (num_layers_list)."),
        ]
        for (name, path, doc) in lists {
            registry.add("var \(name): [Int] { get set }", of: "SampleSizeProtocol", documentation: doc, setter: { receiver, value, _ in
                var settings = try receiver.asNative(SampleSizeProtocol.self)
                settings[keyPath: path] = try value.asInts()
                receiver = native(settings, "SampleSizeProtocol")
            }) { receiver, _, _ in .ints(try receiver.asNative(SampleSizeProtocol.self)[keyPath: path]) }
        }
        let numbers: [(String, WritableKeyPath<SampleSizeProtocol, Int>, String)] = [
            ("trainings", \.trainings, "Independent trainings per configuration (num_samples)."),
            ("epochs", \.epochs, "Epochs per training."), ("batchSize", \.batchSize, "Training batch size."),
            ("validationBatchSize", \.validationBatchSize, "The validation batch size written to the results (val_batch_size)."),
        ]
        for (name, path, doc) in numbers {
            registry.add("var \(name): Int { get set }", of: "SampleSizeProtocol", documentation: doc, setter: { receiver, value, _ in
                var settings = try receiver.asNative(SampleSizeProtocol.self)
                settings[keyPath: path] = try value.asInt()
                receiver = native(settings, "SampleSizeProtocol")
            }) { receiver, _, _ in .int(try receiver.asNative(SampleSizeProtocol.self)[keyPath: path]) }
        }
        registry.add("var configurations: [SweepConfiguration] { get }", of: "SampleSizeProtocol", documentation: "Every configuration, hidden sizes × layer counts.") { receiver, _, _ in
            array(try receiver.asNative(SampleSizeProtocol.self).configurations, "SweepConfiguration")
        }
    }

    static func registerStudy(in registry: Registry) {
        registry.declareType("SampleSizeStudy", "struct SampleSizeStudy", documentation: "The protocol's results: one `SampleSizeResult` per finished configuration.")
        registry.declareType("SampleSizeResult", "struct SampleSizeResult", documentation: "One configuration's independent trainings.")
        registry.declareType("ProtocolTraining", "struct ProtocolTraining", documentation: "One training: validation accuracy after every step and per-object losses at θ̂.")
        registry.add("static func run(train: Dataset, validation: Dataset, settings: SampleSizeProtocol = SampleSizeProtocol()) throws -> SampleSizeStudy", of: "SampleSizeStudy",
                     documentation: "Runs the protocol on `train` (the reference: the first 10,000 training objects), validating on `validation` (the first 1,000 test objects) after every step, in parallel on all cores with a live progress bar. Interrupting stops the trainings and returns the configurations already finished (`wasStopped` is then true).") { _, a, context in
            let bar = ProgressBar("protocol", context: context)
            let study = try SampleSizeStudy.run(train: try a[0].asNative(Dataset.self), validation: try a[1].asNative(Dataset.self),
                                                settings: try a[2].asNative(SampleSizeProtocol.self),
                                                progress: { progress in bar.update(fraction: progress.fractionCompleted, detail: progress.description) },
                                                shouldStop: { context.isInterrupted })
            bar.finish(study.wasStopped
                ? "interrupted: kept the \(study.results.count) configurations whose every training finished"
                : SampleSizeStudy.summaryLine(of: study))
            return native(study, "SampleSizeStudy")
        }
        registry.add("init(referenceResults path: String) throws", of: "SampleSizeStudy",
                     documentation: "Reads a results file of the reference code (results/<dataset>.json: a list of {h, L, val_batch_size, samples: [{loss_values, accuracy}]}), or of the earlier scripts ({h, L, loss_values}).") { _, a, _ in
            native(try SampleSizeStudy(referenceResults: try a[0].asString()), "SampleSizeStudy")
        }
        registry.add("init(results: [SampleSizeResult], wasStopped: Bool = false)", of: "SampleSizeStudy",
                     documentation: "A study from results, e.g. to combine runs or files.") { _, a, _ in
            native(SampleSizeStudy(results: try a[0].asArray().elements.map { try $0.asNative(SampleSizeResult.self) }, wasStopped: try a[1].asBool()),
                   "SampleSizeStudy")
        }
        registry.add("func writeReferenceResults(to path: String) throws", of: "SampleSizeStudy",
                     documentation: "Writes the results as the reference code does (json.dump with indent 4), so its plotting scripts read them.") { receiver, a, _ in
            try receiver.asNative(SampleSizeStudy.self).writeReferenceResults(to: try a[0].asString())
            return .void
        }
        registry.add("func referenceResultsText() -> String", of: "SampleSizeStudy", documentation: "The results JSON as text.") { receiver, _, _ in
            .string(try receiver.asNative(SampleSizeStudy.self).referenceResultsText())
        }
        registry.add("var results: [SampleSizeResult] { get }", of: "SampleSizeStudy", documentation: "Every finished configuration.") { receiver, _, _ in
            array(try receiver.asNative(SampleSizeStudy.self).results, "SampleSizeResult")
        }
        registry.add("var wasStopped: Bool { get }", of: "SampleSizeStudy", documentation: "Whether the run was interrupted before every configuration finished.") { receiver, _, _ in
            .bool(try receiver.asNative(SampleSizeStudy.self).wasStopped)
        }
        registry.add("var hiddenSizes: [Int] { get }", of: "SampleSizeStudy", documentation: "The hidden sizes present, increasing.") { receiver, _, _ in
            .ints(try receiver.asNative(SampleSizeStudy.self).hiddenSizes)
        }
        registry.add("var hiddenLayerCounts: [Int] { get }", of: "SampleSizeStudy", documentation: "The num_layers values present, increasing.") { receiver, _, _ in
            .ints(try receiver.asNative(SampleSizeStudy.self).hiddenLayerCounts)
        }
        registry.add("func result(hidden: Int, hiddenLayers: Int) -> SampleSizeResult?", of: "SampleSizeStudy", documentation: "One configuration's result, if present.") { receiver, a, _ in
            .optional(try receiver.asNative(SampleSizeStudy.self).result(hidden: try a[0].asInt(), hiddenLayers: try a[1].asInt()).map { native($0, "SampleSizeResult") },
                      .named("SampleSizeResult"))
        }
        registry.add("func selecting(hidden: Int? = nil, hiddenLayers: Int? = nil) -> SampleSizeStudy", of: "SampleSizeStudy",
                     documentation: "The configurations with this h and/or num_layers (nil: any): one figure per h (lines by L), or per L (lines by h).") { receiver, a, _ in
            native(try receiver.asNative(SampleSizeStudy.self).selecting(hidden: try optionalInt(a[0]), hiddenLayers: try optionalInt(a[1])), "SampleSizeStudy")
        }
        registry.add("func accuracyCurves(maxSampleSize: Int? = nil) throws -> [AccuracyCurve]", of: "SampleSizeStudy",
                     documentation: "Every configuration's validation accuracy against the objects seen, mean ± std over trainings.") { receiver, a, _ in
            array(try receiver.asNative(SampleSizeStudy.self).accuracyCurves(maxSampleSize: try optionalInt(a[0])), "AccuracyCurve")
        }
        registry.add("func lossDifferenceBands(permutations: Int = 10, ema: Double = 0.99, seed: UInt64 = 0) throws -> [LossDifferenceBand]", of: "SampleSizeStudy",
                     documentation: "Every configuration's loss-difference curve (mean over permutations and trainings, EMA) with its band across trainings.") { receiver, a, _ in
            array(try receiver.asNative(SampleSizeStudy.self).lossDifferenceBands(permutations: try a[0].asInt(), ema: try a[1].asDouble(),
                                                                                  seed: try LandscapeBindings.seed(a[2])), "LossDifferenceBand")
        }
        registry.add("func accuracyVersusDifference(permutations: Int = 10, ema: Double = 0.99, seed: UInt64 = 0, maxSampleSize: Int? = nil) throws -> [AccuracyVersusDifference]", of: "SampleSizeStudy",
                     documentation: "Every configuration's accuracy against the loss difference at the same sample size (plot on a log x axis).") { receiver, a, _ in
            array(try receiver.asNative(SampleSizeStudy.self).accuracyVersusDifference(permutations: try a[0].asInt(), ema: try a[1].asDouble(),
                                                                                       seed: try LandscapeBindings.seed(a[2]), maxSampleSize: try optionalInt(a[3])),
                  "AccuracyVersusDifference")
        }
        registry.add("var configuration: SweepConfiguration { get }", of: "SampleSizeResult", documentation: "Its h and num_layers.") { receiver, _, _ in
            native(try receiver.asNative(SampleSizeResult.self).configuration, "SweepConfiguration")
        }
        registry.add("var label: String { get }", of: "SampleSizeResult", documentation: "\"h = 16, L = 5\", as the reference code's legends.") { receiver, _, _ in
            .string(try receiver.asNative(SampleSizeResult.self).label)
        }
        registry.add("var batchSize: Int { get }", of: "SampleSizeResult", documentation: "The training batch size: step s has shown batchSize·(s+1) objects.") { receiver, _, _ in
            .int(try receiver.asNative(SampleSizeResult.self).batchSize)
        }
        registry.add("var trainings: [ProtocolTraining] { get }", of: "SampleSizeResult", documentation: "The independent trainings.") { receiver, _, _ in
            array(try receiver.asNative(SampleSizeResult.self).trainings, "ProtocolTraining")
        }
        registry.add("func accuracyCurve(maxSampleSize: Int? = nil) throws -> AccuracyCurve", of: "SampleSizeResult",
                     documentation: "Accuracy against the objects seen, mean ± std over trainings.") { receiver, a, _ in
            native(try receiver.asNative(SampleSizeResult.self).accuracyCurve(maxSampleSize: try optionalInt(a[0])), "AccuracyCurve")
        }
        registry.add("func lossDifferenceBand(permutations: Int = 10, ema: Double = 0.99, seed: UInt64 = 0) throws -> LossDifferenceBand", of: "SampleSizeResult",
                     documentation: "The loss-difference curve averaged over trainings and permutations, with its band.") { receiver, a, _ in
            native(try receiver.asNative(SampleSizeResult.self).lossDifferenceBand(permutations: try a[0].asInt(), ema: try a[1].asDouble(),
                                                                                   seed: try LandscapeBindings.seed(a[2])), "LossDifferenceBand")
        }
        registry.add("func accuracyVersusDifference(permutations: Int = 10, ema: Double = 0.99, seed: UInt64 = 0, maxSampleSize: Int? = nil) throws -> AccuracyVersusDifference", of: "SampleSizeResult",
                     documentation: "Accuracy against the loss difference at the same sample size.") { receiver, a, _ in
            native(try receiver.asNative(SampleSizeResult.self).accuracyVersusDifference(permutations: try a[0].asInt(), ema: try a[1].asDouble(),
                                                                                         seed: try LandscapeBindings.seed(a[2]), maxSampleSize: try optionalInt(a[3])),
                   "AccuracyVersusDifference")
        }
        registry.add("var validationAccuracy: [Double] { get }", of: "ProtocolTraining", documentation: "Accuracy on the validation objects after every optimizer step.") { receiver, _, _ in
            .doubles(try receiver.asNative(ProtocolTraining.self).validationAccuracy)
        }
        registry.add("var losses: [Double] { get }", of: "ProtocolTraining", documentation: "ℓ_i(θ̂) of every training object.") { receiver, _, _ in
            .doubles(try receiver.asNative(ProtocolTraining.self).losses)
        }
    }

    static func registerCurves(in registry: Registry) {
        registry.declareType("AccuracyCurve", "struct AccuracyCurve", documentation: "Validation accuracy against objects seen, mean ± std over trainings (plot_accuracy.py).")
        registry.declareType("LossDifferenceBand", "struct LossDifferenceBand", documentation: "The loss-difference curve averaged over trainings, with mean ± std across trainings.")
        registry.declareType("AccuracyVersusDifference", "struct AccuracyVersusDifference", documentation: "Accuracy against the loss difference at the same sample size (plot_accuracy_vs_differences.py).")
        let accuracy: [(String, KeyPath<AccuracyCurve, [Double]>, String)] = [
            ("mean", \.mean, "Mean accuracy over trainings at each step."), ("std", \.std, "Its population std (np.std)."),
            ("lower", \.lower, "mean − std."), ("upper", \.upper, "mean + std."),
        ]
        registry.add("var sampleSizes: [Int] { get }", of: "AccuracyCurve", documentation: "Objects seen after each step, batch·(s+1).") { receiver, _, _ in
            .ints(try receiver.asNative(AccuracyCurve.self).sampleSizes)
        }
        for (name, path, doc) in accuracy {
            registry.add("var \(name): [Double] { get }", of: "AccuracyCurve", documentation: doc) { receiver, _, _ in
                .doubles(try receiver.asNative(AccuracyCurve.self)[keyPath: path])
            }
        }
        registry.add("var label: String { get }", of: "AccuracyCurve", documentation: "\"h = …, L = …\".") { receiver, _, _ in
            .string(try receiver.asNative(AccuracyCurve.self).label)
        }
        registry.add("var k: [Int] { get }", of: "LossDifferenceBand", documentation: "k = 1…n−1.") { receiver, _, _ in
            .ints(try receiver.asNative(LossDifferenceBand.self).k)
        }
        let band: [(String, KeyPath<LossDifferenceBand, [Double]>, String)] = [
            ("mean", \.mean, "The EMA of the mean over trainings (the reference code's curve)."),
            ("std", \.std, "The std across trainings of each training's smoothed curve."),
            ("lower", \.lower, "mean − std."), ("upper", \.upper, "mean + std."),
        ]
        for (name, path, doc) in band {
            registry.add("var \(name): [Double] { get }", of: "LossDifferenceBand", documentation: doc) { receiver, _, _ in
                .doubles(try receiver.asNative(LossDifferenceBand.self)[keyPath: path])
            }
        }
        registry.add("var perTraining: [[Double]] { get }", of: "LossDifferenceBand", documentation: "Each training's smoothed curve.") { receiver, _, _ in
            .array(ArrayValue(try receiver.asNative(LossDifferenceBand.self).perTraining.map { .doubles($0) }, elementType: .array(.double)))
        }
        registry.add("var label: String { get }", of: "LossDifferenceBand", documentation: "\"h = …, L = …\".") { receiver, _, _ in
            .string(try receiver.asNative(LossDifferenceBand.self).label)
        }
        registry.add("var sampleSizes: [Int] { get }", of: "AccuracyVersusDifference", documentation: "The sample sizes k = batch·(s+1) used.") { receiver, _, _ in
            .ints(try receiver.asNative(AccuracyVersusDifference.self).sampleSizes)
        }
        let versus: [(String, KeyPath<AccuracyVersusDifference, [Double]>, String)] = [
            ("difference", \.difference, "The smoothed |L_{k+1} − L_k| at each k."), ("meanAccuracy", \.meanAccuracy, "Mean accuracy at each k."),
            ("stdAccuracy", \.stdAccuracy, "Its std over trainings."),
        ]
        for (name, path, doc) in versus {
            registry.add("var \(name): [Double] { get }", of: "AccuracyVersusDifference", documentation: doc) { receiver, _, _ in
                .doubles(try receiver.asNative(AccuracyVersusDifference.self)[keyPath: path])
            }
        }
        registry.add("var label: String { get }", of: "AccuracyVersusDifference", documentation: "\"h = …, L = …\".") { receiver, _, _ in
            .string(try receiver.asNative(AccuracyVersusDifference.self).label)
        }
        let plots: [(String, String)] = [
            ("func plot(_ curve: AccuracyCurve, xScale: Scale = .linear, title: String = \"\") -> Figure", "Accuracy against objects seen, the mean over a band of mean ± std."),
            ("func plot(_ curves: [AccuracyCurve], xScale: Scale = .linear, title: String = \"\") -> Figure", "Several accuracy curves with their bands, labelled by configuration."),
            ("func plot(_ band: LossDifferenceBand, yScale: Scale = .log, title: String = \"\") -> Figure", "The loss-difference curve over its band across trainings (log y)."),
            ("func plot(_ bands: [LossDifferenceBand], yScale: Scale = .log, title: String = \"\") -> Figure", "Several loss-difference curves with their bands."),
            ("func plot(_ curve: AccuracyVersusDifference, xScale: Scale = .log, title: String = \"\") -> Figure", "Accuracy against the loss difference (log x), mean over a band of mean ± std."),
            ("func plot(_ curves: [AccuracyVersusDifference], xScale: Scale = .log, title: String = \"\") -> Figure", "Several accuracy-versus-difference curves with their bands."),
        ]
        for (index, (signature, doc)) in plots.enumerated() {
            registry.add(signature, documentation: doc) { _, a, _ in
                let scale = try a[1].asNative(Scale.self), title = try a[2].asString()
                let figure: Figure
                switch index {
                case 0: figure = plot(try a[0].asNative(AccuracyCurve.self), xScale: scale, title: title)
                case 1: figure = plot(try a[0].asArray().elements.map { try $0.asNative(AccuracyCurve.self) }, xScale: scale, title: title)
                case 2: figure = plot(try a[0].asNative(LossDifferenceBand.self), yScale: scale, title: title)
                case 3: figure = plot(try a[0].asArray().elements.map { try $0.asNative(LossDifferenceBand.self) }, yScale: scale, title: title)
                case 4: figure = plot(try a[0].asNative(AccuracyVersusDifference.self), xScale: scale, title: title)
                default: figure = plot(try a[0].asArray().elements.map { try $0.asNative(AccuracyVersusDifference.self) }, xScale: scale, title: title)
                }
                return PlotBindings.figure(figure)
            }
        }
    }
}
