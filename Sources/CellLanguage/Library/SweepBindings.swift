import LandscapeNotebook

/// The paper's sweep over hidden sizes and depths, with a live progress bar.
enum SweepBindings {
    static func native<T>(_ object: T, _ typeName: String) -> Value {
        .native(NativeValue(typeName: typeName, object: object))
    }

    static func runs(_ runs: [SweepRun]) -> Value {
        .array(ArrayValue(runs.map { native($0, "SweepRun") }, elementType: .named("SweepRun")))
    }

    static func register(in registry: Registry) {
        registry.beginSection("The sweep", introduction: "The paper's experiment over hidden sizes × numbers of hidden layers.")
        registry.declareType("Sweep", "struct Sweep", documentation: "Trained networks and their loss-difference curves, one per configuration.")
        registry.declareType("SweepRun", "struct SweepRun", documentation: "One configuration of a sweep: its network, history, losses and curve.")
        registry.add("static func paperSweep(on data: Dataset, hiddenSizes: [Int] = [4, 8, 16, 32, 64], hiddenLayerCounts: [Int] = [1, 3, 5, 7, 10], epochs: Int = 10, batchSize: Int = 64, optimizer: Optimizer = .adam(learningRate: 1e-3), permutations: Int = 100, ema: Double = 0.99, seed: UInt64 = 0) throws -> Sweep",
                     of: "Sweep", documentation: "Trains every configuration and computes its curve (in parallel), with a live progress bar; interrupting stops between batches.") { _, arguments, context in
            let bar = ProgressBar("sweep", context: context)
            let sweep = try Sweep.paperSweep(
                on: try arguments[0].asNative(Dataset.self), hiddenSizes: try arguments[1].asInts(),
                hiddenLayerCounts: try arguments[2].asInts(), epochs: try arguments[3].asInt(),
                batchSize: try arguments[4].asInt(), optimizer: try arguments[5].asNative(Optimizer.self),
                permutations: try arguments[6].asInt(), ema: try arguments[7].asDouble(),
                seed: try LandscapeBindings.seed(arguments[8]),
                progress: { progress in
                    bar.update(fraction: Double(progress.completed) / Double(max(progress.total, 1)), detail: progress.description)
                },
                shouldStop: { context.isInterrupted })
            bar.finish(Sweep.summaryLine(of: sweep))
            if sweep.wasStopped {
                throw CellError(.interrupted, "execution was interrupted; the sweep stopped after \(sweep.runs.count) configurations",
                                position: nil)
            }
            return native(sweep, "Sweep")
        }
        registry.add("var runs: [SweepRun] { get }", of: "Sweep", documentation: "Every completed configuration.") { receiver, _, _ in
            runs(try receiver.asNative(Sweep.self).runs)
        }
        registry.add("func hiddenSizePanel(hiddenLayers: Int = 5) -> [SweepRun]", of: "Sweep",
                     documentation: "The runs with `hiddenLayers` hidden layers, by hidden size (the paper's first panel).") { receiver, arguments, _ in
            runs(try receiver.asNative(Sweep.self).hiddenSizePanel(hiddenLayers: try arguments[0].asInt()))
        }
        registry.add("func hiddenLayersPanel(hidden: Int = 16) -> [SweepRun]", of: "Sweep",
                     documentation: "The runs with hidden size `hidden`, by depth (the paper's second panel).") { receiver, arguments, _ in
            runs(try receiver.asNative(Sweep.self).hiddenLayersPanel(hidden: try arguments[0].asInt()))
        }
        registry.add("var curve: LossDifferenceCurve { get }", of: "SweepRun", documentation: "The run's loss-difference curve (labelled by its configuration).") { receiver, _, _ in
            native(try receiver.asNative(SweepRun.self).curve, "LossDifferenceCurve")
        }
        registry.add("var model: MLP { get }", of: "SweepRun", documentation: "The trained network.") { receiver, _, _ in
            native(try receiver.asNative(SweepRun.self).model, "MLP")
        }
        registry.add("var isDead: Bool { get }", of: "SweepRun", documentation: "True when every ReLU is off (loss stuck at ln K).") { receiver, _, _ in
            .bool(try receiver.asNative(SweepRun.self).isDead)
        }
        registry.add("var meanLoss: Double { get }", of: "SweepRun", documentation: "The mean per-object loss at θ̂.") { receiver, _, _ in
            .double(try receiver.asNative(SweepRun.self).meanLoss)
        }
    }
}
