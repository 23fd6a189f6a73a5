/// |L_{k+1}(θ) − L_k(θ)| at θ = θ̂ + R·u against its second-order Taylor prediction from θ̂ and
/// Lemma 2's bound 2(M_ℓ + M_H R²)/(k+1): the Hessian term at work, which the paper's own
/// experiment (at R = 0) never exercises.
public struct PerturbationStudy: Sendable, CustomStringConvertible {
    /// k = 1…n−1 (objects in the sample's order).
    public let k: [Int]
    /// |L_{k+1}(θ) − L_k(θ)| measured at θ = θ̂ + R·u.
    public let measured: [Double]
    /// The second-order prediction |Δ_k + R·(g_{k+1} − ḡ_k)·u/(k+1) + ½R²·(c_{k+1} − c̄_k)/(k+1)|, with
    /// Δ_k the difference at θ̂, g_i·u and c_i = uᵀH_iu exact per-object directional derivatives.
    public let secondOrderPrediction: [Double]
    /// The same prediction keeping only the paper's terms (no gradient term, as its assumption ∇ = 0).
    public let paperPrediction: [Double]
    /// Lemma 2's bound 2(M_ℓ + M_H R²)/(k+1), M_H from Theorem 1 as printed.
    public let lemma2Bound: [Double]
    /// The radius R.
    public let radius: Double

    public var description: String {
        let violations = zip(measured, lemma2Bound).filter { $0 > $1 }.count
        let worstError = zip(measured, secondOrderPrediction).map { abs($0 - $1) / max($0, 1e-300) }.max() ?? 0
        return "PerturbationStudy(R = \(formatCompact(radius)), k = 1…\(k.last ?? 0): largest relative error of the second-order prediction \(formatCompact(worstError)), Lemma 2 violated at \(violations) of \(k.count) k)"
    }
}

extension MLP {
    /// Moves θ̂ (this network) by `radius` along a seeded random unit direction and compares the
    /// measured loss differences with the second-order prediction and Lemma 2's bound.
    public func perturbationStudy(on data: Dataset, radius: Double, seed: UInt64 = 0) throws -> PerturbationStudy {
        guard radius.isFinite, radius >= 0 else { throw CurvatureError.invalidArgument("radius must be finite and ≥ 0") }
        guard data.count >= 2 else { throw CurvatureError.invalidArgument("need at least 2 objects, got \(data.count)") }
        var generator = SeededGenerator(seed: seed)
        var u = (0..<parameterCount).map { _ in generator.nextGaussian() }
        let norm = Vectors.norm(u)
        u = u.map { $0 / norm }
        let base = try losses(on: data)
        let (first, second) = try directionalDerivatives(on: data, along: u)
        let movedLosses = try moved(along: u, by: radius).losses(on: data)
        let stats = try weightStatistics(on: data)
        let mh = PaperBounds.theorem1(layers: linearLayerCount, maxInputNorm: stats.maxInputNorm, maxSpectralNorm: stats.maxSpectralNorm)
        let constant = PaperBounds.lemma2Constant(maxLoss: stats.maxLoss, hessianBound: mh, radius: radius)
        var measured = [Double](), full = [Double](), paper = [Double](), bound = [Double]()
        var sumBase = 0.0, sumMoved = 0.0, sumFirst = 0.0, sumSecond = 0.0
        for k in 1..<data.count {
            sumBase += base[k - 1]; sumMoved += movedLosses[k - 1]; sumFirst += first[k - 1]; sumSecond += second[k - 1]
            let kk = Double(k)
            let scale = 1 / (kk + 1)
            measured.append(abs(movedLosses[k] - sumMoved / kk) * scale)
            let delta = (base[k] - sumBase / kk) * scale
            let gradientTerm = radius * (first[k] - sumFirst / kk) * scale
            let curvatureTerm = 0.5 * radius * radius * (second[k] - sumSecond / kk) * scale
            full.append(abs(delta + gradientTerm + curvatureTerm))
            paper.append(abs(delta + curvatureTerm))
            bound.append(2 * constant * scale)
        }
        return PerturbationStudy(k: Array(1..<data.count), measured: measured, secondOrderPrediction: full,
                                 paperPrediction: paper, lemma2Bound: bound, radius: radius)
    }
}
