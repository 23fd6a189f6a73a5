#if arch(x86_64) && canImport(_Builtin_intrinsics.intel)
import _Builtin_intrinsics.intel
#endif

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
    /// PyTorch's Adam update on raw pointers. On x86-64 two parameters go through each SSE2 step
    /// (SIMD2 arithmetic and `sqrtpd`, both correctly rounded like their scalar forms, with the operations
    /// in the scalar formula's order and no fused multiply-adds), so the result has the same bits as the
    /// scalar loop, which finishes the tail and serves other architectures. (Swift's scalar `squareRoot()`
    /// on Linux carries an errno check that keeps the loop from vectorising and halves its speed.)
    @inline(never)
    static func adamStep(count: Int, gradient g: UnsafeMutablePointer<Double>, theta t: UnsafeMutablePointer<Double>,
                         first m: UnsafeMutablePointer<Double>, second v: UnsafeMutablePointer<Double>,
                         beta1: Double, beta2: Double, epsilon: Double, weightDecay: Double,
                         stepSize: Double, correction2Root: Double) {
        let oneMinusBeta1 = 1 - beta1, oneMinusBeta2 = 1 - beta2
        var j = 0
        #if arch(x86_64) && canImport(_Builtin_intrinsics.intel)
        typealias Lanes = SIMD2<Double>
        let vBeta1 = Lanes(repeating: beta1), vBeta2 = Lanes(repeating: beta2)
        let vOneMinusBeta1 = Lanes(repeating: oneMinusBeta1), vOneMinusBeta2 = Lanes(repeating: oneMinusBeta2)
        let vEpsilon = Lanes(repeating: epsilon), vStepSize = Lanes(repeating: stepSize)
        let vCorrection = Lanes(repeating: correction2Root), vDecay = Lanes(repeating: weightDecay)
        while j + 2 <= count {
            let theta = UnsafeRawPointer(t + j).loadUnaligned(as: Lanes.self)
            var grad = UnsafeRawPointer(g + j).loadUnaligned(as: Lanes.self)
            UnsafeMutableRawPointer(g + j).storeBytes(of: Lanes(), as: Lanes.self)
            if weightDecay != 0 { grad = grad + vDecay * theta }
            let mj = vBeta1 * UnsafeRawPointer(m + j).loadUnaligned(as: Lanes.self) + vOneMinusBeta1 * grad
            let vj = vBeta2 * UnsafeRawPointer(v + j).loadUnaligned(as: Lanes.self) + vOneMinusBeta2 * grad * grad
            UnsafeMutableRawPointer(m + j).storeBytes(of: mj, as: Lanes.self)
            UnsafeMutableRawPointer(v + j).storeBytes(of: vj, as: Lanes.self)
            let root: Lanes = _mm_sqrt_pd(vj)
            let updated = theta - vStepSize * (mj / (root / vCorrection + vEpsilon))
            UnsafeMutableRawPointer(t + j).storeBytes(of: updated, as: Lanes.self)
            j += 2
        }
        #endif
        while j < count {
            let grad = weightDecay == 0 ? g[j] : g[j] + weightDecay * t[j]
            g[j] = 0
            let mj = beta1 * m[j] + oneMinusBeta1 * grad
            let vj = beta2 * v[j] + oneMinusBeta2 * grad * grad
            m[j] = mj
            v[j] = vj
            t[j] -= stepSize * (mj / (vj.squareRoot() / correction2Root + epsilon))
            j += 1
        }
    }

    let optimizer: Optimizer
    private var first: [Double]
    private var second: [Double]
    private var step = 0

    init(optimizer: Optimizer, parameterCount: Int) {
        self.optimizer = optimizer
        first = [Double](repeating: 0, count: parameterCount)
        second = [Double](repeating: 0, count: parameterCount)
    }

    /// One update of θ from the gradient g, which it consumes: g is all zeros afterwards (clearing it
    /// here, where every entry is read anyway, is cheaper than a separate pass before the next backward
    /// pass, which accumulates into it).
    mutating func apply(gradient g: UnsafeMutablePointer<Double>, to theta: inout [Double]) {
        step += 1
        let count = theta.count
        switch optimizer {
        case let .adam(lr, beta1, beta2, epsilon, weightDecay):
            let correction1 = 1 - pow(beta1, Double(step))
            let correction2Root = (1 - pow(beta2, Double(step))).squareRoot()
            let stepSize = lr / correction1
            theta.withUnsafeMutableBufferPointer { tb in
                first.withUnsafeMutableBufferPointer { mb in
                    second.withUnsafeMutableBufferPointer { vb in
                        guard let t = tb.baseAddress, let m = mb.baseAddress, let v = vb.baseAddress else { return }
                        Self.adamStep(count: count, gradient: g, theta: t, first: m, second: v, beta1: beta1, beta2: beta2,
                                      epsilon: epsilon, weightDecay: weightDecay, stepSize: stepSize,
                                      correction2Root: correction2Root)
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
                        g[j] = 0
                    }
                }
            }
        }
    }
}

import Foundation
#if arch(x86_64) && canImport(_Builtin_intrinsics.intel)
import _Builtin_intrinsics.intel
#endif
