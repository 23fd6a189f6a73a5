import LandscapeNotebook

/// The rest of the numerics library as cells see it: pooled and directory-given datasets, moving and
/// scaling θ, matrix-free spectra, the G-term through its Gram matrix, every check of the bound report,
/// Hessian-difference curves, perturbation studies and sweep configurations.
enum ExperimentBindings {
    static func native<T>(_ object: T, _ typeName: String) -> Value {
        .native(NativeValue(typeName: typeName, object: object))
    }

    static func seed(_ value: Value) throws -> UInt64 { try LandscapeBindings.seed(value) }

    static func register(in registry: Registry) {
        registerData(in: registry)
        registerNetwork(in: registry)
        registerSpectra(in: registry)
        registerBounds(in: registry)
        registerExperiments(in: registry)
    }

    static func registerData(in registry: Registry) {
        registry.add("func averagePooled(_ factor: Int = 2) throws -> Dataset", of: "Dataset",
                     documentation: "Each image averaged over non-overlapping factor×factor blocks (e.g. 28×28 → 14×14 for factor 2), per channel. Throws unless the objects are images whose sides the factor divides.") { receiver, a, _ in
            native(try receiver.asNative(Dataset.self).averagePooled(try a[0].asInt()), "Dataset")
        }
    }

    static func registerNetwork(in registry: Registry) {
        registry.add("func scaled(by factor: Double) -> MLP", of: "MLP", documentation: "A copy with every parameter multiplied by `factor` (e.g. small weights, to probe the bounds).") { receiver, a, _ in
            native(try receiver.asNative(MLP.self).scaled(by: try a[0].asDouble()), "MLP")
        }
        registry.add("func moved(along direction: [Double], by t: Double = 1) throws -> MLP", of: "MLP", documentation: "A copy moved to θ + t·direction; throws if the direction's length is not P.") { receiver, a, _ in
            native(try receiver.asNative(MLP.self).moved(along: try a[0].asDoubles(), by: try a[1].asDouble()), "MLP")
        }
        registry.add("var maxWidth: Int { get }", of: "MLP", documentation: "The widest layer h (over hidden and output widths, as in Lemma 1's h·M).") { receiver, _, _ in
            .int(try receiver.asNative(MLP.self).maxWidth)
        }
        registry.add("var hiddenLayers: Int { get }", of: "MLP", documentation: "The reference code's `num_layers`: hidden-to-hidden layers, L − 2 (0 for networks with L < 2).") { receiver, _, _ in
            .int(try receiver.asNative(MLP.self).hiddenLayers)
        }
        registry.add("var inputSize: Int { get }", of: "MLP", documentation: "The number of inputs.") { receiver, _, _ in
            .int(try receiver.asNative(MLP.self).inputSize)
        }
        registry.add("var classCount: Int { get }", of: "MLP", documentation: "The number of classes K.") { receiver, _, _ in
            .int(try receiver.asNative(MLP.self).classCount)
        }
        registry.add("func gradient(on data: Dataset) throws -> [Double]", of: "MLP", documentation: "∇_θ L_n, exact (backpropagation through the whole sample at once).") { receiver, a, _ in
            .doubles(try receiver.asNative(MLP.self).gradient(on: try a[0].asNative(Dataset.self)))
        }
        registry.add("func gradient(of example: Example) throws -> [Double]", of: "MLP", documentation: "∇_θ ℓ of one object.") { receiver, a, _ in
            .doubles(try receiver.asNative(MLP.self).gradient(of: try a[0].asNative(Example.self)))
        }
        registry.add("func hessianVectorProduct(on data: Dataset, _ v: [Double]) throws -> [Double]", of: "MLP",
                     documentation: "H·v for H = ∇²_θ L_n, exactly, by Pearlmutter's R-operator (forward over reverse).") { receiver, a, _ in
            .doubles(try receiver.asNative(MLP.self).hessianVectorProduct(on: try a[0].asNative(Dataset.self), try a[1].asDoubles()))
        }
        registry.add("func hessianVectorProduct(of example: Example, _ v: [Double]) throws -> [Double]", of: "MLP",
                     documentation: "H_i·v for a single object's loss ℓ_i.") { receiver, a, _ in
            .doubles(try receiver.asNative(MLP.self).hessianVectorProduct(of: try a[0].asNative(Example.self), try a[1].asDoubles()))
        }
    }

    static func registerSpectra(in registry: Registry) {
        registry.declareType("CurvatureMatrix", "enum CurvatureMatrix", documentation: "Which curvature matrix: `.hessian` or `.gaussNewton`.")
        registry.add("case hessian", of: "CurvatureMatrix", documentation: "The exact Hessian ∇²L_n.") { _, _, _ in native(CurvatureMatrix.hessian, "CurvatureMatrix") }
        registry.add("case gaussNewton", of: "CurvatureMatrix", documentation: "The G-term (Gauss–Newton) (1/n) Σ J_iᵀ A_i J_i.") { _, _, _ in
            native(CurvatureMatrix.gaussNewton, "CurvatureMatrix")
        }
        registry.declareType("TraceMethod", "enum TraceMethod", documentation: "How to compute a trace.")
        registry.add("case exact", of: "TraceMethod", documentation: "Exactly: Σ_j e_jᵀ H e_j, one R-operator pass per parameter (on all cores).") { _, _, _ in
            native(TraceMethod.exact, "TraceMethod")
        }
        registry.add("case hutchinson(samples: Int = 100, seed: UInt64 = 0)", of: "TraceMethod",
                     documentation: "Hutchinson's estimator: the mean of zᵀHz over `samples` seeded Rademacher vectors z.") { _, a, _ in
            native(TraceMethod.hutchinson(samples: try a[0].asInt(), seed: try seed(a[1])), "TraceMethod")
        }
        registry.add("func topEigenvalues(on data: Dataset, count: Int = 1, iterations: Int = 50, matrix: CurvatureMatrix = .hessian, seed: UInt64 = 0) throws -> [Double]",
                     of: "MLP", documentation: "The `count` largest eigenvalues (descending) of the Hessian (or G-term) of L_n, by `iterations` Lanczos steps with full reorthogonalisation (exact when iterations ≥ P).") { receiver, a, _ in
            .doubles(try receiver.asNative(MLP.self).topEigenvalues(on: try a[0].asNative(Dataset.self), count: try a[1].asInt(), iterations: try a[2].asInt(),
                                                                    matrix: try a[3].asNative(CurvatureMatrix.self), seed: try seed(a[4])))
        }
        registry.add("func bottomEigenvalues(on data: Dataset, count: Int = 1, iterations: Int = 50, matrix: CurvatureMatrix = .hessian, seed: UInt64 = 0) throws -> [Double]",
                     of: "MLP", documentation: "The `count` smallest eigenvalues (ascending), by Lanczos as `topEigenvalues`.") { receiver, a, _ in
            .doubles(try receiver.asNative(MLP.self).bottomEigenvalues(on: try a[0].asNative(Dataset.self), count: try a[1].asInt(), iterations: try a[2].asInt(),
                                                                       matrix: try a[3].asNative(CurvatureMatrix.self), seed: try seed(a[4])))
        }
        registry.add("func hessianNorm(on data: Dataset, iterations: Int = 50, matrix: CurvatureMatrix = .hessian, seed: UInt64 = 0) throws -> Double",
                     of: "MLP", documentation: "‖H‖₂ = max |λ| by Lanczos (the larger of the extreme Ritz values in magnitude).") { receiver, a, _ in
            .double(try receiver.asNative(MLP.self).hessianNorm(on: try a[0].asNative(Dataset.self), iterations: try a[1].asInt(),
                                                                matrix: try a[2].asNative(CurvatureMatrix.self), seed: try seed(a[3])))
        }
        registry.add("func hessianTrace(on data: Dataset, method: TraceMethod = .exact, matrix: CurvatureMatrix = .hessian) throws -> Double",
                     of: "MLP", documentation: "tr H of L_n, exactly or by Hutchinson's estimator, without forming H.") { receiver, a, _ in
            .double(try receiver.asNative(MLP.self).hessianTrace(on: try a[0].asNative(Dataset.self), method: try a[1].asNative(TraceMethod.self),
                                                                 matrix: try a[2].asNative(CurvatureMatrix.self)))
        }
        registry.declareType("SpectralDensity", "struct SpectralDensity", documentation: "An estimated eigenvalue density (stochastic Lanczos quadrature), ready to plot: `density[i]` at `grid[i]`.")
        registry.add("func spectralDensity(on data: Dataset, probes: Int = 10, iterations: Int = 50, gridSize: Int = 400, bandwidth: Double? = nil, matrix: CurvatureMatrix = .hessian, seed: UInt64 = 0) throws -> SpectralDensity",
                     of: "MLP", documentation: "Stochastic Lanczos quadrature: Gaussian start vectors, `iterations` Lanczos steps each, Ritz values smoothed by Gaussians of width `bandwidth` (default 1% of the spectrum's span) on a grid of `gridSize` points.") { receiver, a, _ in
            native(try receiver.asNative(MLP.self).spectralDensity(on: try a[0].asNative(Dataset.self), probes: try a[1].asInt(), iterations: try a[2].asInt(),
                                                                   gridSize: try a[3].asInt(), bandwidth: try a[4].unwrapped.map { try $0.asDouble() },
                                                                   matrix: try a[5].asNative(CurvatureMatrix.self), seed: try seed(a[6])), "SpectralDensity")
        }
        registry.add("var grid: [Double] { get }", of: "SpectralDensity", documentation: "Eigenvalue positions, evenly spaced.") { receiver, _, _ in
            .doubles(try receiver.asNative(SpectralDensity.self).grid)
        }
        registry.add("var density: [Double] { get }", of: "SpectralDensity", documentation: "The smoothed density at each grid point (integrates to ≈ 1).") { receiver, _, _ in
            .doubles(try receiver.asNative(SpectralDensity.self).density)
        }
        registry.add("var bandwidth: Double { get }", of: "SpectralDensity", documentation: "The Gaussian smoothing width.") { receiver, _, _ in
            .double(try receiver.asNative(SpectralDensity.self).bandwidth)
        }
        registry.add("func gaussNewtonNorm(of example: Example) throws -> Double", of: "MLP",
                     documentation: "‖J_iᵀA_iJ_i‖₂ of one object, exactly (the largest eigenvalue of A^{1/2} J Jᵀ A^{1/2}).") { receiver, a, _ in
            .double(try receiver.asNative(MLP.self).gaussNewtonNorm(of: try a[0].asNative(Example.self)))
        }
        registry.add("func gaussNewtonSpectrum(of example: Example) throws -> [Double]", of: "MLP",
                     documentation: "The K eigenvalues (ascending) of A^{1/2} J Jᵀ A^{1/2}: the non-zero spectrum of one object's G-term padded with zeros (rank ≤ K − 1).") { receiver, a, _ in
            .doubles(try receiver.asNative(MLP.self).gaussNewtonSpectrum(of: try a[0].asNative(Example.self)))
        }
        registry.add("func gaussNewtonNorms(on data: Dataset) throws -> [Double]", of: "MLP", documentation: "‖J_iᵀA_iJ_i‖₂ for every object of a sample.") { receiver, a, _ in
            .doubles(try receiver.asNative(MLP.self).gaussNewtonNorms(on: try a[0].asNative(Dataset.self)))
        }
        registry.add("var entries: [Double] { get }", of: "Hessian", documentation: "The entries, row-major: entry (i, j) is `entries[i * parameterCount + j]`.") { receiver, _, _ in
            .doubles(try receiver.asNative(Hessian.self).entries)
        }
        registry.add("var blockBoundaries: [Int] { get }", of: "Hessian", documentation: "The parameter indices where each layer's block starts.") { receiver, _, _ in
            .ints(try receiver.asNative(Hessian.self).blockBoundaries)
        }
    }

    static func registerBounds(in registry: Registry) {
        let checks: [(String, KeyPath<BoundReport, BoundCheck>, String)] = [
            ("theorem1ExactHessian", \.theorem1ExactHessian, "Theorem 1 as printed, against the exact per-object Hessian norm."),
            ("correctedGTermUniform", \.correctedGTermUniform, "The corrected bound in uniform form ½·L·M_x²·M_W^{2(L−1)}."),
            ("lemma1Premise", \.lemma1Premise, "Lemma 1's premise M_W ≤ h·M."),
            ("lemma1", \.lemma1, "Lemma 1: Theorem 1 with M_W replaced by h·M, against the max G-term norm."),
            ("lemma2", \.lemma2, "Lemma 2: max_k (k+1)/2·|L_{k+1}(θ) − L_k(θ)| against C = M_ℓ + M_H·R² (M_H = Theorem 1's value)."),
        ]
        for (name, path, doc) in checks {
            registry.add("var \(name): BoundCheck { get }", of: "BoundReport", documentation: doc) { receiver, _, _ in
                native(try receiver.asNative(BoundReport.self)[keyPath: path], "BoundCheck")
            }
        }
        let numbers: [(String, KeyPath<BoundReport, Double>, String)] = [
            ("maxGaussNewtonNorm", \.maxGaussNewtonNorm, "max_i ‖J_iᵀA_iJ_i‖₂ over the whole sample (exact, through the K×K Gram matrices)."),
            ("maxHessianNorm", \.maxHessianNorm, "max ‖H_i‖₂ of the exact per-object Hessian over the first `hessianObjectCount` objects."),
            ("radius", \.radius, "The radius R of Lemma 2's check (θ = θ̂ + R·u, u a seeded random unit vector)."),
        ]
        for (name, path, doc) in numbers {
            registry.add("var \(name): Double { get }", of: "BoundReport", documentation: doc) { receiver, _, _ in
                .double(try receiver.asNative(BoundReport.self)[keyPath: path])
            }
        }
        registry.add("var hessianObjectCount: Int { get }", of: "BoundReport", documentation: "How many objects `maxHessianNorm` examined.") { receiver, _, _ in
            .int(try receiver.asNative(BoundReport.self).hessianObjectCount)
        }
        registry.add("var notes: [String] { get }", of: "BoundReport", documentation: "Caveats: biases or activations outside the theorem's assumptions.") { receiver, _, _ in
            .array(ArrayValue(try receiver.asNative(BoundReport.self).notes.map { .string($0) }, elementType: .string))
        }
        registry.declareType("WeightStatistics", "struct WeightStatistics", documentation: "The quantities the paper's bounds are stated in, measured on a network and a sample.")
        registry.add("var statistics: WeightStatistics { get }", of: "BoundReport", documentation: "The measured inputs (L, h, ‖W_p‖₂, M_W, M, M_x, M_ℓ).") { receiver, _, _ in
            native(try receiver.asNative(BoundReport.self).statistics, "WeightStatistics")
        }
        registry.add("func weightStatistics(on data: Dataset) throws -> WeightStatistics", of: "MLP", documentation: "‖W_p‖₂ per layer, M_W, M, and over `data` M_x and M_ℓ.") { receiver, a, _ in
            native(try receiver.asNative(MLP.self).weightStatistics(on: try a[0].asNative(Dataset.self)), "WeightStatistics")
        }
        registry.add("var layerSpectralNorms: [Double] { get }", of: "WeightStatistics", documentation: "‖W⁽ᵖ⁾‖₂ of every linear layer p = 1…L.") { receiver, _, _ in
            .doubles(try receiver.asNative(WeightStatistics.self).layerSpectralNorms)
        }
        let statistics: [(String, KeyPath<WeightStatistics, Double>, String)] = [
            ("maxSpectralNorm", \.maxSpectralNorm, "M_W = max_p ‖W⁽ᵖ⁾‖₂."), ("maxAbsWeight", \.maxAbsWeight, "M = max |w_ij| over all weights."),
            ("maxInputNorm", \.maxInputNorm, "M_x = max_i ‖x_i‖₂ over the sample."), ("maxLoss", \.maxLoss, "M_ℓ = max_i |ℓ_i(θ)| over the sample."),
        ]
        for (name, path, doc) in statistics {
            registry.add("var \(name): Double { get }", of: "WeightStatistics", documentation: doc) { receiver, _, _ in
                .double(try receiver.asNative(WeightStatistics.self)[keyPath: path])
            }
        }
        registry.add("var linearLayerCount: Int { get }", of: "WeightStatistics", documentation: "The theorem's L (linear layers).") { receiver, _, _ in
            .int(try receiver.asNative(WeightStatistics.self).linearLayerCount)
        }
        registry.add("var width: Int { get }", of: "WeightStatistics", documentation: "h, the widest layer after the input (Lemma 1's h).") { receiver, _, _ in
            .int(try receiver.asNative(WeightStatistics.self).width)
        }
        registry.add("var statement: String { get }", of: "BoundCheck", documentation: "The formula.") { receiver, _, _ in
            .string(try receiver.asNative(BoundCheck.self).statement)
        }
        registry.add("var measuredQuantity: String { get }", of: "BoundCheck", documentation: "What `measured` is.") { receiver, _, _ in
            .string(try receiver.asNative(BoundCheck.self).measuredQuantity)
        }
        registry.add("func input(_ name: String) -> Double?", of: "BoundCheck", documentation: "The input with this name.") { receiver, a, _ in
            .optional(try receiver.asNative(BoundCheck.self).input(try a[0].asString()).map { .double($0) }, .double)
        }
    }

    static func registerExperiments(in registry: Registry) {
        registry.declareType("HessianDifferenceCurve", "struct HessianDifferenceCurve", documentation: "‖H_{k+1}(θ) − (1/k)·Σ_{i≤k} H_i(θ)‖₂ against k: what the paper bounds but never measures.")
        registry.add("func hessianDifferences(on data: Dataset, upTo maxK: Int = 50, matrix: CurvatureMatrix = .hessian, seed: UInt64 = 0) throws -> HessianDifferenceCurve",
                     of: "MLP", documentation: "‖H_{k+1} − (1/k)Σ_{i≤k} H_i‖₂ for k = 1…min(upTo, n − 1), objects in the sample's order (dense LAPACK when P ≤ 1,000, Lanczos otherwise).") { receiver, a, _ in
            native(try receiver.asNative(MLP.self).hessianDifferences(on: try a[0].asNative(Dataset.self), upTo: try a[1].asInt(),
                                                                      matrix: try a[2].asNative(CurvatureMatrix.self), seed: try seed(a[3])), "HessianDifferenceCurve")
        }
        registry.add("var k: [Int] { get }", of: "HessianDifferenceCurve", documentation: "k = 1…kMax.") { receiver, _, _ in
            .ints(try receiver.asNative(HessianDifferenceCurve.self).k)
        }
        registry.add("var norms: [Double] { get }", of: "HessianDifferenceCurve", documentation: "The spectral norms.") { receiver, _, _ in
            .doubles(try receiver.asNative(HessianDifferenceCurve.self).norms)
        }
        registry.declareType("PerturbationStudy", "struct PerturbationStudy", documentation: "|L_{k+1}(θ) − L_k(θ)| at θ = θ̂ + R·u against its second-order Taylor prediction from θ̂ and Lemma 2's bound 2(M_ℓ + M_H R²)/(k+1).")
        registry.add("func perturbationStudy(on data: Dataset, radius: Double, seed: UInt64 = 0) throws -> PerturbationStudy", of: "MLP",
                     documentation: "Moves θ̂ (this network) by `radius` along a seeded random unit direction and compares the measured loss differences with the second-order prediction and Lemma 2's bound.") { receiver, a, _ in
            native(try receiver.asNative(MLP.self).perturbationStudy(on: try a[0].asNative(Dataset.self), radius: try a[1].asDouble(), seed: try seed(a[2])),
                   "PerturbationStudy")
        }
        registry.add("var k: [Int] { get }", of: "PerturbationStudy", documentation: "k = 1…n−1 (objects in the sample's order).") { receiver, _, _ in
            .ints(try receiver.asNative(PerturbationStudy.self).k)
        }
        let series: [(String, KeyPath<PerturbationStudy, [Double]>, String)] = [
            ("measured", \.measured, "|L_{k+1}(θ) − L_k(θ)| measured at θ = θ̂ + R·u."),
            ("secondOrderPrediction", \.secondOrderPrediction, "The second-order prediction from θ̂ with exact per-object directional derivatives."),
            ("paperPrediction", \.paperPrediction, "The same prediction keeping only the paper's terms (no gradient term, as its assumption ∇ = 0)."),
            ("lemma2Bound", \.lemma2Bound, "Lemma 2's bound 2(M_ℓ + M_H R²)/(k+1), M_H from Theorem 1 as printed."),
        ]
        for (name, path, doc) in series {
            registry.add("var \(name): [Double] { get }", of: "PerturbationStudy", documentation: doc) { receiver, _, _ in
                .doubles(try receiver.asNative(PerturbationStudy.self)[keyPath: path])
            }
        }
        registry.add("var radius: Double { get }", of: "PerturbationStudy", documentation: "The radius R.") { receiver, _, _ in
            .double(try receiver.asNative(PerturbationStudy.self).radius)
        }
        registry.declareType("SweepConfiguration", "struct SweepConfiguration", documentation: "One configuration of the paper's sweep: the reference network's hidden size h and num_layers.")
        registry.add("var configuration: SweepConfiguration { get }", of: "SweepRun", documentation: "Which configuration.") { receiver, _, _ in
            native(try receiver.asNative(SweepRun.self).configuration, "SweepConfiguration")
        }
        registry.add("var history: TrainingHistory { get }", of: "SweepRun", documentation: "Its training history.") { receiver, _, _ in
            native(try receiver.asNative(SweepRun.self).history, "TrainingHistory")
        }
        registry.add("var losses: [Double] { get }", of: "SweepRun", documentation: "The per-object losses at θ̂ on the sweep's sample.") { receiver, _, _ in
            .doubles(try receiver.asNative(SweepRun.self).losses)
        }
        registry.add("var hidden: Int { get }", of: "SweepConfiguration", documentation: "Hidden width h.") { receiver, _, _ in
            .int(try receiver.asNative(SweepConfiguration.self).hidden)
        }
        registry.add("var hiddenLayers: Int { get }", of: "SweepConfiguration", documentation: "The reference code's num_layers (hidden-to-hidden layers); the theorem's L is this + 2.") { receiver, _, _ in
            .int(try receiver.asNative(SweepConfiguration.self).hiddenLayers)
        }
    }
}
