/// Why a curvature computation was refused.
public enum CurvatureError: Error, Equatable, CustomStringConvertible, Sendable {
    /// A dense P×P matrix would exceed the memory budget (`Hessian.memoryBudget`).
    case denseMatrixTooLarge(parameterCount: Int, bytes: Int, budget: Int)
    /// An argument outside its domain.
    case invalidArgument(String)

    public var description: String {
        switch self {
        case let .denseMatrixTooLarge(p, bytes, budget):
            return "a dense \(p)×\(p) matrix needs \(formatBytes(bytes)), above the memory budget of \(formatBytes(budget)) "
                + "(raise Hessian.memoryBudget to allow it); matrix-free alternatives: hessianVectorProduct(on:_:), "
                + "topEigenvalues(on:count:), bottomEigenvalues(on:count:), hessianTrace(on:method:), spectralDensity(on:), "
                + "gaussNewtonNorm(of:)"
        case let .invalidArgument(reason): return reason
        }
    }
}

/// Bytes as B / KiB / MiB / GiB.
func formatBytes(_ bytes: Int) -> String {
    let units = ["B", "KiB", "MiB", "GiB", "TiB"]
    var value = Double(bytes)
    var unit = 0
    while value >= 1024 && unit < units.count - 1 { value /= 1024; unit += 1 }
    return unit == 0 ? "\(bytes) B" : "\(formatCompact(value)) \(units[unit])"
}
