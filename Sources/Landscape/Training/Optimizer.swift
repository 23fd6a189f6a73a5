/// How training updates θ, with PyTorch's semantics and defaults.
public enum Optimizer: Sendable, Equatable, CustomStringConvertible {
    /// torch.optim.Adam: m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², θ ← θ − (lr/(1−β₁ᵗ))·m/(√v/√(1−β₂ᵗ) + ε);
    /// weight decay adds weightDecay·θ to g first (L2, not AdamW).
    case adam(learningRate: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8, weightDecay: Double = 0)
    /// torch.optim.SGD: b ← momentum·b + g (b = g at the first step), θ ← θ − lr·b.
    case sgd(learningRate: Double = 1e-2, momentum: Double = 0)

    /// Adam with PyTorch's defaults (lr 1e-3), the reference code's optimizer.
    public static var adam: Optimizer { .adam() }

    public var description: String {
        switch self {
        case let .adam(lr, b1, b2, eps, wd):
            return "Adam(lr: \(lr), betas: (\(b1), \(b2)), eps: \(eps)\(wd != 0 ? ", weight decay: \(wd)" : ""))"
        case let .sgd(lr, momentum):
            return "SGD(lr: \(lr)\(momentum != 0 ? ", momentum: \(momentum)" : ""))"
        }
    }

    /// Throws unless every hyper-parameter is in its domain.
    func validate() throws {
        switch self {
        case let .adam(lr, b1, b2, eps, wd):
            guard lr.isFinite, lr >= 0 else { throw ModelError.invalidArgument("Adam learning rate must be finite and ≥ 0, got \(lr)") }
            guard b1 >= 0, b1 < 1, b2 >= 0, b2 < 1 else { throw ModelError.invalidArgument("Adam betas must lie in [0, 1), got (\(b1), \(b2))") }
            guard eps.isFinite, eps >= 0, wd.isFinite, wd >= 0 else { throw ModelError.invalidArgument("Adam epsilon and weight decay must be finite and ≥ 0") }
        case let .sgd(lr, momentum):
            guard lr.isFinite, lr >= 0 else { throw ModelError.invalidArgument("SGD learning rate must be finite and ≥ 0, got \(lr)") }
            guard momentum.isFinite, momentum >= 0 else { throw ModelError.invalidArgument("SGD momentum must be finite and ≥ 0, got \(momentum)") }
        }
    }
}

/// The optimizer's running state (moments, step count) over one training run.
struct OptimizerState {
    let optimizer: Optimizer
    private var first: [Double]
    private var second: [Double]
    private var step = 0

    init(optimizer: Optimizer, parameterCount: Int) {
        self.optimizer = optimizer
        first = [Double](repeating: 0, count: parameterCount)
        second = [Double](repeating: 0, count: parameterCount)
    }

    /// One update of θ from the gradient g.
    mutating func apply(gradient g: UnsafePointer<Double>, to theta: inout [Double]) {
        step += 1
        let count = theta.count
        switch optimizer {
        case let .adam(lr, beta1, beta2, epsilon, weightDecay):
            let correction1 = 1 - pow(beta1, Double(step))
            let correction2Root = (1 - pow(beta2, Double(step))).squareRoot()
            let stepSize = lr / correction1
            theta.withUnsafeMutableBufferPointer { t in
                first.withUnsafeMutableBufferPointer { m in
                    second.withUnsafeMutableBufferPointer { v in
                        for j in 0..<count {
                            let grad = weightDecay == 0 ? g[j] : g[j] + weightDecay * t[j]
                            m[j] = beta1 * m[j] + (1 - beta1) * grad
                            v[j] = beta2 * v[j] + (1 - beta2) * grad * grad
                            let denominator = v[j].squareRoot() / correction2Root + epsilon
                            t[j] -= stepSize * (m[j] / denominator)
                        }
                    }
                }
            }
        case let .sgd(lr, momentum):
            theta.withUnsafeMutableBufferPointer { t in
                first.withUnsafeMutableBufferPointer { b in
                    for j in 0..<count {
                        var direction = g[j]
                        if momentum != 0 {
                            b[j] = step == 1 ? g[j] : momentum * b[j] + g[j]
                            direction = b[j]
                        }
                        t[j] -= lr * direction
                    }
                }
            }
        }
    }
}

import Foundation
