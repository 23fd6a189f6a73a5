import LandscapeNotebook

/// Eigenvectors, slice directions and 2-D slices of the loss surface with their second-order
/// prediction (the paper's overview figure), and the dead units of a network, as cells see them.
enum SurfaceBindings {
    static func native<T>(_ object: T, _ typeName: String) -> Value {
        .native(NativeValue(typeName: typeName, object: object))
    }

    static func matrix(_ rows: [[Double]]) -> Value {
        .array(ArrayValue(rows.map { .doubles($0) }, elementType: .array(.double)))
    }

    static func register(in registry: Registry) {
        registry.beginSection("The surface", introduction: "Directions through θ̂ and 2-D slices of L_k and of L_{k+1} − L_k, measured and predicted to second order.")
        registerDirections(in: registry)
        registerSlices(in: registry)
        registerDeadUnits(in: registry)
    }

    static func registerDeadUnits(in registry: Registry) {
        registry.declareType("DeadUnitReport", "struct DeadUnitReport", documentation: "Which hidden units a sample never switches on; a network is dead when a whole hidden layer is off.")
        registry.add("func deadUnits(on data: Dataset) throws -> DeadUnitReport", of: "MLP",
                     documentation: "Counts, layer by layer, the hidden units whose activation is exactly 0 for every object of `data` (for ReLU: pre-activation ≤ 0 on the whole sample).") { receiver, a, _ in
            native(try receiver.asNative(MLP.self).deadUnits(on: try a[0].asNative(Dataset.self)), "DeadUnitReport")
        }
        registry.add("var deadPerLayer: [Int] { get }", of: "DeadUnitReport", documentation: "Per hidden layer: how many units are off for every object.") { receiver, _, _ in
            .ints(try receiver.asNative(DeadUnitReport.self).deadPerLayer)
        }
        registry.add("var widths: [Int] { get }", of: "DeadUnitReport", documentation: "Per hidden layer: its width.") { receiver, _, _ in
            .ints(try receiver.asNative(DeadUnitReport.self).widths)
        }
        registry.add("var isDead: Bool { get }", of: "DeadUnitReport", documentation: "Whether some hidden layer is entirely off (the logits then do not depend on the input).") { receiver, _, _ in
            .bool(try receiver.asNative(DeadUnitReport.self).isDead)
        }
        registry.add("var deadFraction: Double { get }", of: "DeadUnitReport", documentation: "Dead units over all hidden units.") { receiver, _, _ in
            .double(try receiver.asNative(DeadUnitReport.self).deadFraction)
        }
    }

    static func registerDirections(in registry: Registry) {
        registry.add("func topEigenvectors(on data: Dataset, count: Int = 2, iterations: Int = 50, matrix: CurvatureMatrix = .hessian, seed: UInt64 = 0) throws -> [[Double]]",
                     of: "MLP", documentation: "The eigenvectors of the `count` largest eigenvalues (descending) of the Hessian (or G-term) of L_n, unit length, by Lanczos with full reorthogonalisation (Ritz vectors; exact when iterations ≥ P), each signed so its largest entry is positive.") { receiver, a, _ in
            matrix(try receiver.asNative(MLP.self).topEigenvectors(
                on: try a[0].asNative(Dataset.self), count: try a[1].asInt(), iterations: try a[2].asInt(),
                matrix: try a[3].asNative(CurvatureMatrix.self), seed: try LandscapeBindings.seed(a[4])))
        }
        registry.add("func topEigenvectors(count: Int = 2) throws -> [[Double]]", of: "Hessian",
                     documentation: "The eigenvectors of the `count` largest eigenvalues (descending), unit length, from LAPACK's full decomposition (dsyevd).") { receiver, a, _ in
            matrix(try receiver.asNative(Hessian.self).topEigenvectors(count: try a[0].asInt()))
        }
        registry.add("func filterNormalizedDirection(seed: UInt64) -> [Double]", of: "MLP",
                     documentation: "A seeded random direction rescaled filter by filter (Li et al., 2018): each neuron's incoming weights get the norm of the same row of θ̂; bias entries are zero.") { receiver, a, _ in
            .doubles(try receiver.asNative(MLP.self).filterNormalizedDirection(seed: try LandscapeBindings.seed(a[0])))
        }
    }

    static func registerSlices(in registry: Registry) {
        registry.declareType("LossSlice", "struct LossSlice", documentation: "A 2-D slice through θ̂ of L_k or L_{k+1} − L_k on a grid of (a, b), at θ̂ + a·u + b·v, beside its exact second-order prediction. `plot(_:)` draws both on one colour scale.")
        registry.add("func lossSlice(on data: Dataset, k: Int, along u: [Double], _ v: [Double], radius: Double = 1, steps: Int = 21) throws -> LossSlice", of: "MLP",
                     documentation: "L_k (the mean loss of the first k objects) at θ̂ + a·u + b·v for a, b in −radius…radius on a steps×steps grid, with its second-order prediction f(θ̂) + ∇f·δ + ½δᵀ∇²fδ from exact derivatives.") { receiver, a, _ in
            native(try receiver.asNative(MLP.self).lossSlice(
                on: try a[0].asNative(Dataset.self), k: try a[1].asInt(), along: try a[2].asDoubles(), try a[3].asDoubles(),
                radius: try a[4].asDouble(), steps: try a[5].asInt()), "LossSlice")
        }
        registry.add("func lossDifferenceSlice(on data: Dataset, k: Int, along u: [Double], _ v: [Double], radius: Double = 1, steps: Int = 21) throws -> LossSlice", of: "MLP",
                     documentation: "L_{k+1} − L_k — what object k + 1 changes — on the same kind of grid, computed as (ℓ_{k+1} − L_k)/(k + 1), with its second-order prediction.") { receiver, a, _ in
            native(try receiver.asNative(MLP.self).lossDifferenceSlice(
                on: try a[0].asNative(Dataset.self), k: try a[1].asInt(), along: try a[2].asDoubles(), try a[3].asDoubles(),
                radius: try a[4].asDouble(), steps: try a[5].asInt()), "LossSlice")
        }
        registry.add("var quantity: String { get }", of: "LossSlice", documentation: "What is sliced, e.g. \"L₂₀₀\" or \"L₁₁ − L₁₀\".") { receiver, _, _ in
            .string(try receiver.asNative(LossSlice.self).quantity)
        }
        registry.add("var k: Int { get }", of: "LossSlice", documentation: "The sample size k.") { receiver, _, _ in
            .int(try receiver.asNative(LossSlice.self).k)
        }
        registry.add("var offsets: [Double] { get }", of: "LossSlice", documentation: "The grid's coordinates along u (columns) and v (rows).") { receiver, _, _ in
            .doubles(try receiver.asNative(LossSlice.self).offsets)
        }
        registry.add("var values: [[Double]] { get }", of: "LossSlice", documentation: "The measured values: row j is b = offsets[j], column i is a = offsets[i].") { receiver, _, _ in
            matrix(try receiver.asNative(LossSlice.self).values)
        }
        registry.add("var secondOrder: [[Double]] { get }", of: "LossSlice", documentation: "The second-order prediction at the same grid points.") { receiver, _, _ in
            matrix(try receiver.asNative(LossSlice.self).secondOrder)
        }
        registry.add("var center: Double { get }", of: "LossSlice", documentation: "The value at θ̂.") { receiver, _, _ in
            .double(try receiver.asNative(LossSlice.self).center)
        }
        registry.add("var gradient: [Double] { get }", of: "LossSlice", documentation: "(∇f·u, ∇f·v) at θ̂.") { receiver, _, _ in
            .doubles(try receiver.asNative(LossSlice.self).gradient)
        }
        registry.add("var curvature: [[Double]] { get }", of: "LossSlice", documentation: "The slice's 2×2 curvature at θ̂: [[uᵀ∇²f u, uᵀ∇²f v], [vᵀ∇²f u, vᵀ∇²f v]].") { receiver, _, _ in
            matrix(try receiver.asNative(LossSlice.self).curvature)
        }
        registry.add("var largestPredictionError: Double { get }", of: "LossSlice", documentation: "max |measured − predicted| over the grid.") { receiver, _, _ in
            .double(try receiver.asNative(LossSlice.self).largestPredictionError)
        }
        registry.add("var valueRange: Double { get }", of: "LossSlice", documentation: "max − min of the measured values over the grid.") { receiver, _, _ in
            .double(try receiver.asNative(LossSlice.self).valueRange)
        }
        registry.add("func plot(_ slice: LossSlice, levels: Int = 12, title: String = \"\") -> Figure",
                     documentation: "The slice as filled contours, measured beside the second-order prediction, on one colour scale.") { _, a, _ in
            PlotBindings.figure(plot(try a[0].asNative(LossSlice.self), levels: try a[1].asInt(), title: try a[2].asString()))
        }
    }
}
