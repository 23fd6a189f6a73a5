/// The paper's bounds evaluated on one network and sample, each against what it claims to bound.
public struct BoundReport: Sendable, CustomStringConvertible {
    /// The measured inputs (L, h, ‖W_p‖₂, M_W, M, M_x, M_ℓ).
    public let statistics: WeightStatistics
    /// max_i ‖J_iᵀA_iJ_i‖₂ over the whole sample (exact, through the K×K Gram matrices).
    public let maxGaussNewtonNorm: Double
    /// max ‖H_i‖₂ of the exact per-object Hessian over the first `hessianObjectCount` objects (dense
    /// LAPACK when P ≤ 1,500, else Lanczos with 60 steps).
    public let maxHessianNorm: Double
    /// How many objects `maxHessianNorm` examined.
    public let hessianObjectCount: Int
    /// The radius R of Lemma 2's check (θ = θ̂ + R·u, u a seeded random unit vector).
    public let radius: Double
    /// Theorem 1 as printed, against the max per-object G-term norm (the term its proof bounds).
    public let theorem1: BoundCheck
    /// Theorem 1 as printed, against the exact per-object Hessian norm.
    public let theorem1ExactHessian: BoundCheck
    /// The corrected G-term bound ½·M_x²·Σ_p Π_{s≠p}‖W⁽ˢ⁾‖₂².
    public let correctedGTerm: BoundCheck
    /// The corrected bound in uniform form ½·L·M_x²·M_W^{2(L−1)}.
    public let correctedGTermUniform: BoundCheck
    /// Lemma 1's premise M_W ≤ h·M.
    public let lemma1Premise: BoundCheck
    /// Lemma 1: Theorem 1 with M_W replaced by h·M, against the max G-term norm.
    public let lemma1: BoundCheck
    /// Lemma 2: max_k (k+1)/2·|L_{k+1}(θ) − L_k(θ)| against C = M_ℓ + M_H·R² (M_H = Theorem 1's value).
    public let lemma2: BoundCheck
    /// Caveats: biases or activations outside the theorem's assumptions.
    public let notes: [String]

    /// Every check, in reading order.
    public var checks: [BoundCheck] {
        [theorem1, theorem1ExactHessian, correctedGTerm, correctedGTermUniform, lemma1Premise, lemma1, lemma2]
    }

    public var description: String {
        (["BoundReport: \(statistics)"] + checks.map { "  • " + $0.description } + notes.map { "  note: " + $0 })
            .joined(separator: "\n")
    }
}

extension MLP {
    /// Evaluates Theorem 1 as printed, the corrected G-term bound, Lemma 1 and Lemma 2 on `data`, each
    /// against the measured quantity it bounds. `radius` is Lemma 2's R (θ = θ̂ + R·u, u a unit vector
    /// drawn from `seed`); `hessianObjects` caps how many exact per-object Hessians are computed.
    public func bound(on data: Dataset, radius: Double = 0, hessianObjects: Int = 8, seed: UInt64 = 0) throws -> BoundReport {
        guard radius.isFinite, radius >= 0 else { throw CurvatureError.invalidArgument("radius must be finite and ≥ 0, got \(radius)") }
        guard hessianObjects >= 0 else { throw CurvatureError.invalidArgument("hessianObjects must be ≥ 0") }
        let stats = try weightStatistics(on: data)
        let L = linearLayerCount
        let h = Double(maxWidth)
        let maxG = try gaussNewtonNorms(on: data).max() ?? 0
        let examined = min(hessianObjects, data.count)
        var maxH = 0.0
        for i in 0..<examined {
            let example = try data[i]
            if parameterCount <= 1_500 {
                maxH = max(maxH, try hessian(of: example).spectralNorm)
            } else {
                maxH = max(maxH, try hessianNorm(on: single(example), iterations: 60, seed: seed))
            }
        }
        let mx = stats.maxInputNorm, mw = stats.maxSpectralNorm, m = stats.maxAbsWeight
        let inputsT1 = [BoundInput(name: "L", value: Double(L)), BoundInput(name: "M_x", value: mx), BoundInput(name: "M_W", value: mw)]
        let t1 = PaperBounds.theorem1(layers: L, maxInputNorm: mx, maxSpectralNorm: mw)
        let theorem1 = BoundCheck(name: "Theorem 1 (as printed)", statement: "L√2·M_x²·M_W^{2L} + √2·M_W²(M_W^{2L}−1)/(M_W²−1)",
                                  inputs: inputsT1, value: t1, measured: maxG, measuredQuantity: "max_i ‖J_iᵀA_iJ_i‖₂")
        let theorem1Exact = BoundCheck(name: "Theorem 1 (as printed), exact Hessian", statement: theorem1.statement, inputs: inputsT1,
                                       value: t1, measured: examined > 0 ? maxH : nil,
                                       measuredQuantity: "max ‖H_i‖₂ over \(examined) object\(examined == 1 ? "" : "s")")
        let corrected = BoundCheck(name: "Corrected G-term bound", statement: "½·M_x²·Σ_p Π_{s≠p}‖W⁽ˢ⁾‖₂²",
                                   inputs: [BoundInput(name: "M_x", value: mx)] + stats.layerSpectralNorms.enumerated().map {
                                       BoundInput(name: "‖W\($0.offset + 1)‖₂", value: $0.element) },
                                   value: PaperBounds.correctedGTerm(inputNorm: mx, layerSpectralNorms: stats.layerSpectralNorms),
                                   measured: maxG, measuredQuantity: "max_i ‖J_iᵀA_iJ_i‖₂")
        let uniform = BoundCheck(name: "Corrected G-term bound (uniform)", statement: "½·L·M_x²·M_W^{2(L−1)}", inputs: inputsT1,
                                 value: PaperBounds.correctedGTermUniform(layers: L, maxInputNorm: mx, maxSpectralNorm: mw),
                                 measured: maxG, measuredQuantity: "max_i ‖J_iᵀA_iJ_i‖₂")
        let premise = BoundCheck(name: "Lemma 1 premise", statement: "h·M", inputs: [BoundInput(name: "h", value: h), BoundInput(name: "M", value: m)],
                                 value: h * m, measured: mw, measuredQuantity: "M_W")
        let lemma1 = BoundCheck(name: "Lemma 1 (hM form)", statement: "Theorem 1 with M_W → h·M",
                                inputs: [BoundInput(name: "L", value: Double(L)), BoundInput(name: "h", value: h),
                                         BoundInput(name: "M", value: m), BoundInput(name: "M_x", value: mx)],
                                value: PaperBounds.theorem1(layers: L, maxInputNorm: mx, maxSpectralNorm: h * m),
                                measured: maxG, measuredQuantity: "max_i ‖J_iᵀA_iJ_i‖₂")
        // Lemma 2 at θ = θ̂ + R·u over the sample's own order.
        var generator = SeededGenerator(seed: seed)
        var u = (0..<parameterCount).map { _ in generator.nextGaussian() }
        let norm = Vectors.norm(u)
        u = u.map { $0 / norm }
        let moved = try self.moved(along: u, by: radius)
        let losses = try moved.losses(on: data)
        var worst = 0.0
        var sum = 0.0
        for k in 1..<max(losses.count, 1) {
            sum += losses[k - 1]
            let difference = abs(losses[k] - sum / Double(k)) / Double(k + 1)
            worst = max(worst, Double(k + 1) / 2 * difference)
        }
        let lemma2 = BoundCheck(name: "Lemma 2", statement: "C = M_ℓ + M_H·R², |L_{k+1}(θ) − L_k(θ)| ≤ 2C/(k+1)",
                                inputs: [BoundInput(name: "M_ℓ", value: stats.maxLoss), BoundInput(name: "M_H", value: t1),
                                         BoundInput(name: "R", value: radius)],
                                value: PaperBounds.lemma2Constant(maxLoss: stats.maxLoss, hessianBound: t1, radius: radius),
                                measured: data.count > 1 ? worst : nil, measuredQuantity: "max_k (k+1)/2·|L_{k+1}(θ) − L_k(θ)|")
        var notes = [String]()
        if hasBias { notes.append("the network has biases; the theorem and the corrected bound assume none (bias rows add ‖·‖² + 1 terms)") }
        if activation == .gelu { notes.append("GELU's derivative exceeds 1, outside the bounds' assumption |f′| ≤ 1") }
        notes.append("the theorem bounds only the G-term; the exact Hessian adds the H-term, which has negative eigenvalues")
        return BoundReport(statistics: stats, maxGaussNewtonNorm: maxG, maxHessianNorm: maxH, hessianObjectCount: examined,
                           radius: radius, theorem1: theorem1, theorem1ExactHessian: theorem1Exact, correctedGTerm: corrected,
                           correctedGTermUniform: uniform, lemma1Premise: premise, lemma1: lemma1, lemma2: lemma2, notes: notes)
    }
}
