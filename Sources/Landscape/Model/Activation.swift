import Foundation

/// The nonlinearity after every linear layer but the last.
public enum Activation: String, Sendable, CaseIterable, CustomStringConvertible {
    /// max(0, x), the paper's choice. Its derivative is taken as 1 for x > 0 and 0 otherwise (as PyTorch).
    case relu
    /// tanh(x).
    case tanh
    /// x·Φ(x), the exact (erf) GELU.
    case gelu

    public var description: String { rawValue }

    /// f(x).
    @inline(__always) func value(_ x: Double) -> Double {
        switch self {
        case .relu: return x > 0 ? x : 0
        case .tanh: return Foundation.tanh(x)
        case .gelu: return 0.5 * x * (1 + erf(x / 2.0.squareRoot()))
        }
    }

    /// f′(x).
    @inline(__always) func derivative(_ x: Double) -> Double {
        switch self {
        case .relu: return x > 0 ? 1 : 0
        case .tanh:
            let t = Foundation.tanh(x)
            return 1 - t * t
        case .gelu:
            return 0.5 * (1 + erf(x / 2.0.squareRoot())) + x * Activation.standardNormalDensity(x)
        }
    }

    /// f″(x) (zero almost everywhere for ReLU).
    @inline(__always) func secondDerivative(_ x: Double) -> Double {
        switch self {
        case .relu: return 0
        case .tanh:
            let t = Foundation.tanh(x)
            return -2 * t * (1 - t * t)
        case .gelu: return Activation.standardNormalDensity(x) * (2 - x * x)
        }
    }

    /// Whether f″ vanishes everywhere it exists.
    var isPiecewiseLinear: Bool { self == .relu }

    static func standardNormalDensity(_ x: Double) -> Double {
        Foundation.exp(-0.5 * x * x) / (2 * Double.pi).squareRoot()
    }
}

/// Whole-array forms of f and f′ for the passes: ReLU gets a branch-free loop the compiler vectorises
/// (the same expressions as `value` and `derivative`, so the same bits).
extension Activation {
    /// a[j] = f(z[j]) for j < count.
    func apply(_ z: UnsafePointer<Double>, into a: UnsafeMutablePointer<Double>, count: Int) {
        if self == .relu {
            for j in 0..<count {
                let x = z[j]
                a[j] = x > 0 ? x : 0
            }
        } else {
            for j in 0..<count { a[j] = value(z[j]) }
        }
    }

    /// t[j] = t[j]·f′(z[j]) for j < count.
    func multiplyByDerivative(_ t: UnsafeMutablePointer<Double>, at z: UnsafePointer<Double>, count: Int) {
        if self == .relu {
            for j in 0..<count { t[j] *= z[j] > 0 ? 1 : 0 }
        } else {
            for j in 0..<count { t[j] *= derivative(z[j]) }
        }
    }
}
