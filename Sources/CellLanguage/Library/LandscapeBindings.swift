import LandscapeNotebook

/// The numerics library (`Landscape`) as cells see it: datasets, the paper's network, training with a
/// live progress bar, Hessians and their terms, bounds and loss-difference curves.
enum LandscapeBindings {
    static func native<T>(_ object: T, _ typeName: String) -> Value {
        .native(NativeValue(typeName: typeName, object: object))
    }

    static func seed(_ value: Value) throws -> UInt64 {
        guard let seed = UInt64(exactly: try value.asInt()) else { throw LibraryUsageError("a seed must be a non-negative integer") }
        return seed
    }

    static func register(in registry: Registry) {
        registerDatasets(in: registry)
        registerNetwork(in: registry)
        registerCurvature(in: registry)
        registerResults(in: registry)
    }

    static func registerDatasets(in registry: Registry) {
        registry.beginSection("Datasets", introduction: "Samples of labelled objects; Fashion-MNIST from /usr/share/datasets, or seeded synthetic data.")
        registry.declareType("Dataset", "struct Dataset", documentation: "A sample of labelled objects (feature vectors and class labels), a value type: `var sample = data.prefix(100)` copies.")
        registry.declareType("Example", "struct Example", documentation: "One labelled object: `features` and `label`.")
        registry.declareType("DatasetSplit", "enum DatasetSplit", documentation: "`.train` or `.test`.")
        registry.add("case train", of: "DatasetSplit", documentation: "The training objects (60,000 for Fashion-MNIST).") { _, _, _ in
            native(DatasetSplit.train, "DatasetSplit")
        }
        registry.add("case test", of: "DatasetSplit", documentation: "The test objects (10,000 for Fashion-MNIST).") { _, _, _ in
            native(DatasetSplit.test, "DatasetSplit")
        }
        registry.add("static func fashionMNIST(count: Int = 10_000, split: DatasetSplit = .train, directory: String = \"/usr/share/datasets/fashion-mnist\") throws -> Dataset", of: "Dataset",
                     documentation: "Fashion-MNIST from Debian's dataset-fashion-mnist package (or `directory`): the first `count` objects of a split (784 pixels normalised as (x/255 − 0.5)/0.5, 10 classes).") { _, arguments, _ in
            native(try Dataset.fashionMNIST(count: try arguments[0].asInt(), split: try arguments[1].asNative(DatasetSplit.self),
                                            directory: try arguments[2].asString()), "Dataset")
        }
        registry.add("static func gaussianMixture(count: Int, inputSize: Int, classes: Int, seed: UInt64 = 0, separation: Double = 3.0, noise: Double = 1.0) throws -> Dataset",
                     of: "Dataset", documentation: "A seeded synthetic sample: `classes` Gaussian clouds in `inputSize` dimensions.") { _, arguments, _ in
            native(try Dataset.gaussianMixture(count: try arguments[0].asInt(), inputSize: try arguments[1].asInt(),
                                               classes: try arguments[2].asInt(), seed: try seed(arguments[3]),
                                               separation: try arguments[4].asDouble(), noise: try arguments[5].asDouble()), "Dataset")
        }
        registry.add("var count: Int { get }", of: "Dataset", documentation: "The number of objects.") { receiver, _, _ in
            .int(try receiver.asNative(Dataset.self).count)
        }
        registry.add("var isEmpty: Bool { get }", of: "Dataset", documentation: "True when there are no objects.") { receiver, _, _ in
            .bool(try receiver.asNative(Dataset.self).isEmpty)
        }
        registry.add("var inputSize: Int { get }", of: "Dataset", documentation: "Features per object (784 for Fashion-MNIST).") { receiver, _, _ in
            .int(try receiver.asNative(Dataset.self).inputSize)
        }
        registry.add("var classCount: Int { get }", of: "Dataset", documentation: "The number of classes K.") { receiver, _, _ in
            .int(try receiver.asNative(Dataset.self).classCount)
        }
        registry.add("var classCounts: [Int] { get }", of: "Dataset", documentation: "How many objects each class has.") { receiver, _, _ in
            .ints(try receiver.asNative(Dataset.self).classCounts)
        }
        registry.add("var labels: [Int] { get }", of: "Dataset", documentation: "The class label of each object.") { receiver, _, _ in
            .ints(try receiver.asNative(Dataset.self).labels)
        }
        registry.add("var maxFeatureNorm: Double { get }", of: "Dataset", documentation: "M_x: the largest ‖x_i‖₂ in the sample.") { receiver, _, _ in
            .double(try receiver.asNative(Dataset.self).maxFeatureNorm)
        }
        registry.add("subscript(index: Int) -> Example { get throws }", of: "Dataset",
                     documentation: "The object at `index`; an error outside 0..<count.") { receiver, arguments, _ in
            native(try receiver.asNative(Dataset.self).example(at: try arguments[0].asInt()), "Example")
        }
        registry.add("func example(at index: Int) throws -> Example", of: "Dataset", documentation: "The object at `index`.") { receiver, arguments, _ in
            native(try receiver.asNative(Dataset.self).example(at: try arguments[0].asInt()), "Example")
        }
        registry.add("func prefix(_ k: Int) -> Dataset", of: "Dataset", documentation: "The first `k` objects.") { receiver, arguments, _ in
            native(try receiver.asNative(Dataset.self).prefix(try arguments[0].asInt()), "Dataset")
        }
        registry.add("func subset(_ indices: [Int]) throws -> Dataset", of: "Dataset", documentation: "The objects at `indices`, in that order.") { receiver, arguments, _ in
            native(try receiver.asNative(Dataset.self).subset(try arguments[0].asInts()), "Dataset")
        }
        registry.add("func shuffled(seed: UInt64 = 0) -> Dataset", of: "Dataset", documentation: "The objects in a seeded random order.") { receiver, arguments, _ in
            native(try receiver.asNative(Dataset.self).shuffled(seed: try seed(arguments[0])), "Dataset")
        }
        registry.add("func randomSubset(count: Int, seed: UInt64 = 0) throws -> Dataset", of: "Dataset",
                     documentation: "`count` objects drawn without replacement (seeded).") { receiver, arguments, _ in
            native(try receiver.asNative(Dataset.self).randomSubset(count: try arguments[0].asInt(), seed: try seed(arguments[1])), "Dataset")
        }
        registry.add("mutating func add(_ example: Example) throws", of: "Dataset",
                     documentation: "Adds one object (the k+1-th of the paper's question).") { receiver, arguments, _ in
            var data = try receiver.asNative(Dataset.self)
            try data.add(try arguments[0].asNative(Example.self))
            receiver = native(data, "Dataset")
            return .void
        }
        registry.add("mutating func add(contentsOf other: Dataset) throws", of: "Dataset", documentation: "Adds every object of `other`.") { receiver, arguments, _ in
            var data = try receiver.asNative(Dataset.self)
            try data.add(contentsOf: try arguments[0].asNative(Dataset.self))
            receiver = native(data, "Dataset")
            return .void
        }
        registry.add("var features: [Double] { get }", of: "Example", documentation: "The object's feature vector x_i.") { receiver, _, _ in
            .doubles(try receiver.asNative(Example.self).features)
        }
        registry.add("var label: Int { get }", of: "Example", documentation: "The object's class y_i.") { receiver, _, _ in
            .int(try receiver.asNative(Example.self).label)
        }
    }

    static func registerNetwork(in registry: Registry) {
        registry.beginSection("The network", introduction: "The paper's fully connected ReLU network without biases, trained as in its reference code.")
        registry.declareType("MLP", "struct MLP", documentation: "A multilayer perceptron, a value type holding its weights θ.")
        registry.declareType("Activation", "enum Activation", documentation: "`.relu` (the paper's), `.tanh` or `.gelu`.")
        for (name, value) in [("relu", Activation.relu), ("tanh", .tanh), ("gelu", .gelu)] {
            registry.add("case \(name)", of: "Activation", documentation: "The \(name) activation.") { _, _, _ in native(value, "Activation") }
        }
        registry.declareType("Optimizer", "enum Optimizer", documentation: "How training updates θ, with PyTorch's semantics and defaults.")
        registry.add("case adam(learningRate: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8, weightDecay: Double = 0)",
                     of: "Optimizer", documentation: "torch.optim.Adam (the reference code's optimizer, lr 1e-3).") { _, arguments, _ in
            native(Optimizer.adam(learningRate: try arguments[0].asDouble(), beta1: try arguments[1].asDouble(),
                                  beta2: try arguments[2].asDouble(), epsilon: try arguments[3].asDouble(),
                                  weightDecay: try arguments[4].asDouble()), "Optimizer")
        }
        registry.add("case sgd(learningRate: Double = 1e-2, momentum: Double = 0)", of: "Optimizer",
                     documentation: "torch.optim.SGD with optional momentum.") { _, arguments, _ in
            native(Optimizer.sgd(learningRate: try arguments[0].asDouble(), momentum: try arguments[1].asDouble()), "Optimizer")
        }
        registry.add("init(input: Int, hidden: Int, hiddenLayers: Int, classes: Int, activation: Activation = .relu, bias: Bool = false, seed: UInt64 = 0) throws",
                     of: "MLP", documentation: "The reference code's Net(input, hidden, classes, num_layers): hiddenLayers + 2 linear layers, initialised like nn.Linear from `seed`.") { _, arguments, _ in
            native(try MLP(input: try arguments[0].asInt(), hidden: try arguments[1].asInt(), hiddenLayers: try arguments[2].asInt(),
                           classes: try arguments[3].asInt(), activation: try arguments[4].asNative(Activation.self),
                           bias: try arguments[5].asBool(), seed: try seed(arguments[6])), "MLP")
        }
        registry.add("init(widths: [Int], activation: Activation = .relu, bias: Bool = false, seed: UInt64 = 0) throws", of: "MLP",
                     documentation: "A network with the given layer widths, input first.") { _, arguments, _ in
            native(try MLP(widths: try arguments[0].asInts(), activation: try arguments[1].asNative(Activation.self),
                           bias: try arguments[2].asBool(), seed: try seed(arguments[3])), "MLP")
        }
        registry.add("init(contentsOf path: String, activation: Activation = .relu) throws", of: "MLP",
                     documentation: "A network read from a weights file written by `save(to:)`.") { _, arguments, _ in
            native(try MLP(contentsOf: try arguments[0].asString(), activation: try arguments[1].asNative(Activation.self)), "MLP")
        }
        registry.add("var widths: [Int] { get }", of: "MLP", documentation: "Layer widths, input first.") { receiver, _, _ in
            .ints(try receiver.asNative(MLP.self).widths)
        }
        registry.add("var parameterCount: Int { get }", of: "MLP", documentation: "P, the number of weights.") { receiver, _, _ in
            .int(try receiver.asNative(MLP.self).parameterCount)
        }
        registry.add("var linearLayerCount: Int { get }", of: "MLP", documentation: "The theorem's L: linear layers.") { receiver, _, _ in
            .int(try receiver.asNative(MLP.self).linearLayerCount)
        }
        registry.add("var parameters: [Double] { get }", of: "MLP", documentation: "θ, all weights layer by layer.") { receiver, _, _ in
            .doubles(try receiver.asNative(MLP.self).parameters)
        }
        registry.add("@discardableResult mutating func train(on data: Dataset, epochs: Int = 10, batchSize: Int = 64, optimizer: Optimizer = .adam(learningRate: 1e-3), seed: UInt64 = 0) throws -> TrainingHistory",
                     of: "MLP", documentation: "Trains with shuffled mini-batches (PyTorch's protocol), showing a live progress bar; interrupting keeps the weights reached.") { receiver, arguments, context in
            var network = try receiver.asNative(MLP.self)
            let epochs = try arguments[1].asInt()
            let bar = ProgressBar("training", context: context)
            let history = try network.train(on: try arguments[0].asNative(Dataset.self), epochs: epochs,
                                            batchSize: try arguments[2].asInt(), optimizer: try arguments[3].asNative(Optimizer.self),
                                            seed: try seed(arguments[4]),
                                            progress: { progress in
                                                bar.update(fraction: progress.fractionCompleted, detail: progress.description)
                                            },
                                            shouldStop: { context.isInterrupted })
            receiver = native(network, "MLP")
            bar.finish(history.description)
            if history.wasStopped {
                throw CellError(.interrupted, "execution was interrupted; training stopped after \(history.completedEpochs) complete epochs, keeping the weights reached",
                                position: nil)
            }
            return native(history, "TrainingHistory")
        }
        registry.add("func loss(on data: Dataset) throws -> Double", of: "MLP", documentation: "The mean cross-entropy L(θ) on `data`.") { receiver, arguments, _ in
            .double(try receiver.asNative(MLP.self).loss(on: try arguments[0].asNative(Dataset.self)))
        }
        registry.add("func losses(on data: Dataset) throws -> [Double]", of: "MLP", documentation: "The per-object losses ℓ_i(θ).") { receiver, arguments, _ in
            .doubles(try receiver.asNative(MLP.self).losses(on: try arguments[0].asNative(Dataset.self)))
        }
        registry.add("func accuracy(on data: Dataset) throws -> Double", of: "MLP", documentation: "The fraction of objects classified correctly.") { receiver, arguments, _ in
            .double(try receiver.asNative(MLP.self).accuracy(on: try arguments[0].asNative(Dataset.self)))
        }
        registry.add("func save(to path: String) throws", of: "MLP", documentation: "Writes the weights to a file.") { receiver, arguments, _ in
            try receiver.asNative(MLP.self).save(to: try arguments[0].asString())
            return .void
        }
        registry.add("mutating func loadWeights(from path: String) throws", of: "MLP", documentation: "Reads weights written by `save(to:)`.") { receiver, arguments, _ in
            var network = try receiver.asNative(MLP.self)
            try network.loadWeights(from: try arguments[0].asString())
            receiver = native(network, "MLP")
            return .void
        }
    }

    static func registerCurvature(in registry: Registry) {
        registry.beginSection("Hessians and bounds", introduction: "Exact dense curvature (within the memory guard), its G-term and H-term, and the paper's bounds.")
        registry.declareType("Hessian", "struct Hessian", documentation: "A dense symmetric P×P curvature matrix (the Hessian, its G-term or its H-term).")
        let curvature: [(String, String, (MLP, Dataset) throws -> Hessian)] = [
            ("hessian", "The exact Hessian ∇²L(θ) of the mean loss on `data`.", { try $0.hessian(on: $1) }),
            ("gaussNewton", "The G-term (Gauss–Newton) (1/n) Σ J_iᵀ A_i J_i.", { try $0.gaussNewton(on: $1) }),
            ("hTerm", "The H-term: the Hessian minus its G-term.", { try $0.hTerm(on: $1) }),
        ]
        for (name, doc, compute) in curvature {
            registry.add("func \(name)(on data: Dataset) throws -> Hessian", of: "MLP", documentation: doc) { receiver, arguments, _ in
                native(try compute(try receiver.asNative(MLP.self), try arguments[0].asNative(Dataset.self)), "Hessian")
            }
        }
        registry.add("func hessian(of example: Example) throws -> Hessian", of: "MLP", documentation: "The per-object Hessian H_i.") { receiver, arguments, _ in
            native(try receiver.asNative(MLP.self).hessian(of: try arguments[0].asNative(Example.self)), "Hessian")
        }
        registry.add("func gaussNewton(of example: Example) throws -> Hessian", of: "MLP", documentation: "The per-object G-term J_iᵀ A_i J_i.") { receiver, arguments, _ in
            native(try receiver.asNative(MLP.self).gaussNewton(of: try arguments[0].asNative(Example.self)), "Hessian")
        }
        registry.add("var spectralNorm: Double { get throws }", of: "Hessian", documentation: "‖H‖₂, the largest |eigenvalue|.") { receiver, _, _ in
            .double(try receiver.asNative(Hessian.self).spectralNorm)
        }
        registry.add("var trace: Double { get }", of: "Hessian", documentation: "tr H.") { receiver, _, _ in
            .double(try receiver.asNative(Hessian.self).trace)
        }
        registry.add("var eigenvalues: [Double] { get throws }", of: "Hessian", documentation: "All eigenvalues, ascending (LAPACK).") { receiver, _, _ in
            .doubles(try receiver.asNative(Hessian.self).eigenvalues)
        }
        registry.add("var parameterCount: Int { get }", of: "Hessian", documentation: "P, the matrix size.") { receiver, _, _ in
            .int(try receiver.asNative(Hessian.self).parameterCount)
        }
        registry.add("var kind: String { get }", of: "Hessian", documentation: "Which matrix this is.") { receiver, _, _ in
            .string(try receiver.asNative(Hessian.self).kind)
        }
        registry.add("func rank(relativeTolerance tolerance: Double = 1e-10) throws -> Int", of: "Hessian",
                     documentation: "The number of eigenvalues above `tolerance` × ‖H‖₂.") { receiver, arguments, _ in
            .int(try receiver.asNative(Hessian.self).rank(relativeTolerance: try arguments[0].asDouble()))
        }
        registry.add("subscript(row: Int, column: Int) -> Double { get throws }", of: "Hessian", documentation: "Entry (row, column).") { receiver, arguments, _ in
            .double(try receiver.asNative(Hessian.self)[try arguments[0].asInt(), try arguments[1].asInt()])
        }
        registry.declareType("BoundReport", "struct BoundReport", documentation: "Theorem 1 as printed, the corrected G-term bound, Lemmas 1 and 2, each beside the measured quantity, with which holds.")
        registry.declareType("BoundCheck", "struct BoundCheck", documentation: "One bound: its value, the measured quantity, and whether it holds.")
        registry.add("func bound(on data: Dataset, radius: Double = 0, hessianObjects: Int = 8, seed: UInt64 = 0) throws -> BoundReport", of: "MLP",
                     documentation: "Evaluates the paper's bounds on `data` against measured norms.") { receiver, arguments, _ in
            native(try receiver.asNative(MLP.self).bound(on: try arguments[0].asNative(Dataset.self), radius: try arguments[1].asDouble(),
                                                          hessianObjects: try arguments[2].asInt(), seed: try seed(arguments[3])), "BoundReport")
        }
        registry.add("var checks: [BoundCheck] { get }", of: "BoundReport", documentation: "Every check, in reading order.") { receiver, _, _ in
            let checks = try receiver.asNative(BoundReport.self).checks.map { native($0, "BoundCheck") }
            return .array(ArrayValue(checks, elementType: .named("BoundCheck")))
        }
        registry.add("var theorem1: BoundCheck { get }", of: "BoundReport", documentation: "Theorem 1 as printed, against the largest per-object G-term norm.") { receiver, _, _ in
            native(try receiver.asNative(BoundReport.self).theorem1, "BoundCheck")
        }
        registry.add("var correctedGTerm: BoundCheck { get }", of: "BoundReport", documentation: "The corrected G-term bound.") { receiver, _, _ in
            native(try receiver.asNative(BoundReport.self).correctedGTerm, "BoundCheck")
        }
        registry.add("var name: String { get }", of: "BoundCheck", documentation: "Which bound.") { receiver, _, _ in
            .string(try receiver.asNative(BoundCheck.self).name)
        }
        registry.add("var value: Double { get }", of: "BoundCheck", documentation: "The bound's value.") { receiver, _, _ in
            .double(try receiver.asNative(BoundCheck.self).value)
        }
        registry.add("var measured: Double? { get }", of: "BoundCheck", documentation: "The measured quantity it bounds, if any.") { receiver, _, _ in
            .optional(try receiver.asNative(BoundCheck.self).measured.map { .double($0) }, .double)
        }
        registry.add("var holds: Bool? { get }", of: "BoundCheck", documentation: "Whether measured ≤ bound.") { receiver, _, _ in
            .optional(try receiver.asNative(BoundCheck.self).holds.map { .bool($0) }, .bool)
        }
    }

    static func registerResults(in registry: Registry) {
        registry.beginSection("Loss differences and training results")
        registry.declareType("LossDifferenceCurve", "struct LossDifferenceCurve", documentation: "The paper's experiment: mean |L_{k+1} − L_k| over random orders, EMA-smoothed.")
        registry.declareType("TrainingHistory", "struct TrainingHistory", documentation: "Per-epoch loss and accuracy of a training run.")
        registry.add("func lossDifferences(on data: Dataset, permutations: Int = 100, ema: Double = 0.99, seed: UInt64 = 0) throws -> LossDifferenceCurve",
                     of: "MLP", documentation: "Per-object losses at θ, then |L_{k+1} − L_k| averaged over `permutations` random orders and smoothed.") { receiver, arguments, _ in
            native(try receiver.asNative(MLP.self).lossDifferences(on: try arguments[0].asNative(Dataset.self), permutations: try arguments[1].asInt(),
                                                                    ema: try arguments[2].asDouble(), seed: try seed(arguments[3])), "LossDifferenceCurve")
        }
        registry.add("var k: [Int] { get }", of: "LossDifferenceCurve", documentation: "Sample sizes k = 1, 2, ….") { receiver, _, _ in
            .ints(try receiver.asNative(LossDifferenceCurve.self).k)
        }
        registry.add("var meanDifferences: [Double] { get }", of: "LossDifferenceCurve", documentation: "Mean |L_{k+1} − L_k| over the permutations.") { receiver, _, _ in
            .doubles(try receiver.asNative(LossDifferenceCurve.self).meanDifferences)
        }
        registry.add("var smoothed: [Double] { get }", of: "LossDifferenceCurve", documentation: "The EMA-smoothed curve the paper plots.") { receiver, _, _ in
            .doubles(try receiver.asNative(LossDifferenceCurve.self).smoothed)
        }
        registry.add("var label: String { get set }", of: "LossDifferenceCurve", documentation: "The legend label.", setter: { receiver, value, _ in
            var curve = try receiver.asNative(LossDifferenceCurve.self)
            curve.label = try value.asString()
            receiver = native(curve, "LossDifferenceCurve")
        }) { receiver, _, _ in
            .string(try receiver.asNative(LossDifferenceCurve.self).label)
        }
        registry.add("var epochLosses: [Double] { get }", of: "TrainingHistory", documentation: "Mean training loss of each epoch.") { receiver, _, _ in
            .doubles(try receiver.asNative(TrainingHistory.self).epochLosses)
        }
        registry.add("var epochAccuracies: [Double] { get }", of: "TrainingHistory", documentation: "Training accuracy of each epoch.") { receiver, _, _ in
            .doubles(try receiver.asNative(TrainingHistory.self).epochAccuracies)
        }
    }
}
