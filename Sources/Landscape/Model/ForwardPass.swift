import Foundation

/// Everything a forward pass over n objects leaves behind for the backward and R-operator passes.
final class ForwardPass {
    /// Number of objects.
    let count: Int
    /// Pre-activations z⁽ˡ⁾ of every layer, each n×out_l row-major; the last are the logits.
    let preActivations: [Buffer]
    /// Activations f(z⁽ˡ⁾) for every layer but the last (the inputs of the next layer).
    let activations: [Buffer]
    /// Softmax probabilities, n×K.
    let probabilities: Buffer
    /// Per-object cross-entropy losses ℓ_i.
    let losses: [Double]
    /// Number of objects whose arg-max logit equals the label.
    let correctCount: Int

    init(count: Int, preActivations: [Buffer], activations: [Buffer], probabilities: Buffer, losses: [Double], correctCount: Int) {
        self.count = count
        self.preActivations = preActivations
        self.activations = activations
        self.probabilities = probabilities
        self.losses = losses
        self.correctCount = correctCount
    }
}
