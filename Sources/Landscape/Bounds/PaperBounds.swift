import Foundation

/// The paper's bounds as formulas (NOTES.md), independent of any network.
public enum PaperBounds {
    /// Theorem 1 as printed: L·√2·M_x²·M_W^{2L} + √2·M_W²(M_W^{2L} − 1)/(M_W² − 1)
    /// (the geometric sum's limit √2·L·M_W² at M_W = 1; L = 1 gives √2·M_W²(M_x² + 1)).
    public static func theorem1(layers L: Int, maxInputNorm mx: Double, maxSpectralNorm mw: Double) -> Double {
        let s2 = 2.0.squareRoot()
        let mw2 = mw * mw
        let power = pow(mw2, Double(L))
        let geometric = abs(mw2 - 1) < 1e-12 ? Double(L) * mw2 : mw2 * (power - 1) / (mw2 - 1)
        return Double(L) * s2 * mx * mx * power + s2 * geometric
    }

    /// The corrected G-term bound for one object: ½·‖x‖²·Σ_p Π_{s≠p}‖W⁽ˢ⁾‖₂².
    public static func correctedGTerm(inputNorm x: Double, layerSpectralNorms norms: [Double]) -> Double {
        var sum = 0.0
        for p in norms.indices {
            var product = 1.0
            for s in norms.indices where s != p { product *= norms[s] * norms[s] }
            sum += product
        }
        return 0.5 * x * x * sum
    }

    /// The corrected G-term bound in uniform form: ½·L·M_x²·M_W^{2(L−1)}.
    public static func correctedGTermUniform(layers L: Int, maxInputNorm mx: Double, maxSpectralNorm mw: Double) -> Double {
        0.5 * Double(L) * mx * mx * pow(mw * mw, Double(L - 1))
    }

    /// Lemma 2's constant C = M_ℓ + M_H·R²; the lemma states |L_{k+1}(θ) − L_k(θ)| ≤ 2C/(k+1).
    public static func lemma2Constant(maxLoss: Double, hessianBound: Double, radius: Double) -> Double {
        maxLoss + hessianBound * radius * radius
    }
}
