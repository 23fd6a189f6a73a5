import Foundation

/// Whether the running execution has been asked to stop. Raised from the control thread (interrupt_request)
/// or the SIGINT dispatch source, read by the shell thread, the stdin channel and the interpreter.
///
/// An interrupt interrupts what runs now. One that arrives while nothing runs is not dropped at once: a
/// frontend sends execute_request on shell and interrupt_request on control (or a signal, or through a
/// gateway's REST API) by different paths, so the interrupt can overtake the cell it was meant for. It
/// stays pending for `pendingWindow` seconds and stops the next execution whose request was sent before
/// the interrupt (its header date is not later than the interrupt_request's header date, or than the
/// interrupt's arrival on the kernel's clock when that is earlier or there is no date, as for a signal;
/// a request without a readable date counts as sent before). A cell sent after the interrupt runs normally.
final class InterruptFlag: @unchecked Sendable {
    private let lock = NSLock()
    private let pendingWindow: Double
    private var raised = false
    private var running = false
    /// When an interrupt arrived with nothing running: when it was sent, as best known (to compare with
    /// header dates), and the uptime at its arrival (for the window, immune to clock changes).
    private var pending: (sent: Date, uptime: TimeInterval)?

    /// A flag whose idle interrupts stay pending for `pendingWindow` seconds.
    init(pendingWindow: Double = 1.0) {
        self.pendingWindow = pendingWindow
    }

    /// True once the running execution has been interrupted.
    var isRaised: Bool {
        lock.withLock { raised }
    }

    /// Interrupts the running execution, or, when none runs, keeps the interrupt pending; `sentAt` is the
    /// interrupt_request's header date (nil for a signal).
    func raise(sentAt: Date? = nil) {
        lock.withLock {
            if running {
                raised = true
            } else {
                let arrival = Date()
                pending = (min(sentAt ?? arrival, arrival), ProcessInfo.processInfo.systemUptime)
            }
        }
    }

    /// An execute request starts running: the flag is lowered, then raised again if a pending interrupt
    /// was sent after the request (`sentAt` nil: unknown, counts as before) and arrived within the window.
    /// The pending interrupt is used up either way.
    func beginExecution(requestSentAt sentAt: Date?) {
        lock.withLock {
            running = true
            raised = false
            if let pending, ProcessInfo.processInfo.systemUptime - pending.uptime <= pendingWindow,
               (sentAt ?? .distantPast) <= pending.sent {
                raised = true
            }
            pending = nil
        }
    }

    /// A handler that is not a cell (a comm message) starts running: the flag is lowered; a pending
    /// interrupt is kept for the execute request it may have overtaken.
    func beginHandler() {
        lock.withLock {
            running = true
            raised = false
        }
    }

    /// The execution or handler has finished: interrupts arriving from now on are pending.
    func end() {
        lock.withLock {
            running = false
        }
    }
}
