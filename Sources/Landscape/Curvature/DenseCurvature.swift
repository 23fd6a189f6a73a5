import Foundation

/// Dense, exact curvature matrices, assembled by `BlockHessianAssembler` (GEMMs over objects, one group of
/// columns per weight row, groups split over the cores), or for very wide layers one R-operator pass per
/// column.
extension MLP {
    /// The exact Hessian of L_n = (1/n) Σ ℓ_i, dense. Throws `CurvatureError.denseMatrixTooLarge`
    /// (before allocating) when P×P doubles exceed `Hessian.memoryBudget`.
    public func hessian(on data: Dataset) throws -> Hessian {
        try denseCurvature(on: data, gaussNewtonOnly: false, kind: "Hessian")
    }

    /// The exact Hessian H_i of one object's loss.
    public func hessian(of example: Example) throws -> Hessian {
        try denseCurvature(on: single(example), gaussNewtonOnly: false, kind: "Hessian of one object")
    }

    /// The G-term (1/n) Σ J_iᵀ A_i J_i, A_i = diag(p_i) − p_i p_iᵀ, dense and exact.
    public func gaussNewton(on data: Dataset) throws -> Hessian {
        try denseCurvature(on: data, gaussNewtonOnly: true, kind: "G-term (Gauss–Newton)")
    }

    /// The G-term J_iᵀ A_i J_i of one object.
    public func gaussNewton(of example: Example) throws -> Hessian {
        try denseCurvature(on: single(example), gaussNewtonOnly: true, kind: "G-term of one object")
    }

    /// The H-term Σ_k ∂ℓ/∂z_k ∇²z_k = Hessian − G-term, dense.
    public func hTerm(on data: Dataset) throws -> Hessian {
        try MemoryBudgetStorage.shared.check(parameterCount: parameterCount, copies: 3)
        let full = try hessian(on: data)
        let g = try gaussNewton(on: data)
        return Hessian(kind: "H-term", parameterCount: parameterCount,
                       entries: zip(full.entries, g.entries).map { $0 - $1 }, blockBoundaries: blockBoundaries)
    }

    func denseCurvature(on data: Dataset, gaussNewtonOnly: Bool, kind: String,
                        method: DenseCurvatureMethod? = nil) throws -> Hessian {
        let p = parameterCount
        try MemoryBudgetStorage.shared.check(parameterCount: p)
        try validate(data)
        LinearAlgebraRuntime.configureThreading()
        let assembler = BlockHessianAssembler(kernel: kernel, gaussNewtonOnly: gaussNewtonOnly)
        var matrix = [Double](repeating: 0, count: p * p)
        switch method ?? (assembler.suitsLayout ? .assembled : .columnByColumn) {
        case .assembled:
            try parameters.withUnsafeBufferPointer { thetaBuffer in
                try data.features.withUnsafeBufferPointer { xBuffer in
                    try matrix.withUnsafeMutableBufferPointer { buffer in
                        guard let theta = thetaBuffer.baseAddress, let x = xBuffer.baseAddress, let base = buffer.baseAddress else {
                            throw ModelError.emptyDataset
                        }
                        assembler.assemble(theta: theta, x: x, labels: data.labels, count: data.count,
                                           scale: 1 / Double(data.count), into: base)
                    }
                }
            }
        case .columnByColumn:
            try withCurvature(on: data) { context in
                matrix.withUnsafeMutableBufferPointer { buffer in
                    guard let base = buffer.baseAddress else { return }
                    context.columns(count: p, gaussNewtonOnly: gaussNewtonOnly, into: .matrix(base))
                }
            }
        }
        try Cancellation.checkpoint()
        return Hessian(kind: kind, parameterCount: p, entries: matrix, blockBoundaries: blockBoundaries)
    }
}

/// How a dense curvature matrix is computed; both are exact.
enum DenseCurvatureMethod {
    /// `BlockHessianAssembler`: GEMMs over objects (the default where its per-object storage is modest).
    case assembled
    /// One R-operator pass per column, columns over the cores: memory O(n·width), for very wide layers.
    case columnByColumn
}

/// Where computed Hessian columns go.
enum ColumnDestination {
    /// Column j becomes row j of a row-major P×P matrix (H is symmetric).
    case matrix(UnsafeMutablePointer<Double>)
    /// Only the diagonal entry H_jj is kept, at index j.
    case diagonal(UnsafeMutablePointer<Double>)
}

extension CurvatureContext {
    /// Computes columns 0..<count of H (or of the G-term) on all cores into `destination`; every
    /// column index is handled exactly once and workers write disjoint memory (column j writes the
    /// entries (j, i) and (i, j) for i ≥ j, so the matrix comes out exactly symmetric). Stops early,
    /// leaving `destination` incomplete, when `Cancellation` asks.
    func columns(count: Int, gaussNewtonOnly: Bool, into destination: ColumnDestination) {
        let workers = min(LinearAlgebraRuntime.workerCount, max(count, 1))
        let p = parameterCount
        let shared = UncheckedSendable((self, destination))
        DispatchQueue.concurrentPerform(iterations: workers, execute: Cancellation.inheriting { (worker: Int) in
            let (context, destination) = shared.value
            let column = Buffer(count: p)
            let scratch = Buffer(count: p)
            var j = worker
            while j < count, !Cancellation.isRequested {
                context.column(j, gaussNewtonOnly: gaussNewtonOnly, into: column.pointer, scratch: scratch)
                switch destination {
                case let .matrix(base):
                    // Entries i ≥ j of column j fill row j's upper part and, mirrored, column j's lower part.
                    for i in j..<p {
                        base[j * p + i] = column.pointer[i]
                        base[i * p + j] = column.pointer[i]
                    }
                case let .diagonal(base): base[j] = column.pointer[j]
                }
                j += workers
            }
        })
    }
}
