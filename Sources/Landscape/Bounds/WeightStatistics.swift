/// The quantities the paper's bounds are stated in, measured on a network and a sample.
public struct WeightStatistics: Sendable, CustomStringConvertible {
    /// ‖W⁽ᵖ⁾‖₂ of every linear layer p = 1…L.
    public let layerSpectralNorms: [Double]
    /// M_W = max_p ‖W⁽ᵖ⁾‖₂.
    public let maxSpectralNorm: Double
    /// M = max |w_ij| over all weights.
    public let maxAbsWeight: Double
    /// M_x = max_i ‖x_i‖₂ over the sample.
    public let maxInputNorm: Double
    /// M_ℓ = max_i |ℓ_i(θ)| over the sample.
    public let maxLoss: Double
    /// The theorem's L (linear layers).
    public let linearLayerCount: Int
    /// h, the widest layer after the input (Lemma 1's h).
    public let width: Int

    public var description: String {
        let norms = layerSpectralNorms.map(formatCompact).joined(separator: ", ")
        return "WeightStatistics(L = \(linearLayerCount), h = \(width), ‖W_p‖₂ = [\(norms)], M_W = \(formatCompact(maxSpectralNorm)), M = \(formatCompact(maxAbsWeight)), M_x = \(formatCompact(maxInputNorm)), M_ℓ = \(formatCompact(maxLoss)))"
    }
}

extension MLP {
    /// ‖W_p‖₂ per layer, M_W, M, and over `data` M_x and M_ℓ.
    public func weightStatistics(on data: Dataset) throws -> WeightStatistics {
        let norms = try layers.map { try $0.spectralNorm }
        let losses = try self.losses(on: data)
        return WeightStatistics(layerSpectralNorms: norms, maxSpectralNorm: norms.max() ?? 0,
                                maxAbsWeight: parameters.enumerated().reduce(0) { best, item in
                                    isBiasIndex(item.offset) ? best : max(best, abs(item.element))
                                },
                                maxInputNorm: data.maxFeatureNorm, maxLoss: losses.map(abs).max() ?? 0,
                                linearLayerCount: linearLayerCount, width: maxWidth)
    }

    func isBiasIndex(_ index: Int) -> Bool {
        guard hasBias else { return false }
        return layout.locate(index).isBias
    }
}
