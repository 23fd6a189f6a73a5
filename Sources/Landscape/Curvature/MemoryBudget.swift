import Foundation

/// The settable process-wide limit on dense matrices, guarded by a lock.
final class MemoryBudgetStorage: @unchecked Sendable {
    static let shared = MemoryBudgetStorage()
    private let lock = NSLock()
    private var bytes = 2 << 30

    var value: Int {
        get { lock.lock(); defer { lock.unlock() }; return bytes }
        set { lock.lock(); bytes = max(0, newValue); lock.unlock() }
    }

    /// Throws unless `copies` dense P×P matrices of doubles fit the budget.
    func check(parameterCount p: Int, copies: Int = 1) throws {
        let (squared, overflow) = p.multipliedReportingOverflow(by: p)
        let (bytes, overflow2) = squared.multipliedReportingOverflow(by: 8 * copies)
        let budget = value
        if overflow || overflow2 || bytes > budget {
            throw CurvatureError.denseMatrixTooLarge(parameterCount: p, bytes: overflow || overflow2 ? Int.max : bytes, budget: budget)
        }
    }
}
