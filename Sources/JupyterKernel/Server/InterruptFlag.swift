import Foundation

/// Whether the running execution has been asked to stop. Set from the control thread (or the SIGINT
/// handler), read by the shell thread and the interpreter.
final class InterruptFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var raised = false

    var isRaised: Bool {
        lock.lock()
        defer { lock.unlock() }
        return raised
    }

    func raise() {
        lock.lock()
        raised = true
        lock.unlock()
    }

    func clear() {
        lock.lock()
        raised = false
        lock.unlock()
    }
}
