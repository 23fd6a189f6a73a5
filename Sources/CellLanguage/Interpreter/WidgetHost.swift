import Foundation
import JupyterKernel
import JupyterWidgets

/// What cells' widgets need from the kernel: the widget manager, and a way to run a cell's closure
/// (an `onChange`, a button's action, an `interact` body) on the interpreter's evaluation thread,
/// under its lock, when the frontend moves a control.
///
/// Adapters find the host through the evaluator's output context (`WidgetAwareContext`), so the
/// shared registry stays stateless.
final class WidgetHost: @unchecked Sendable {
    let manager: WidgetManager
    /// Runs `work` with the session's evaluator on the evaluation thread (directly when already on it).
    private let runner: @Sendable (_ base: (any ExecutionContext)?, _ work: @escaping (Evaluator) -> Void) -> Void

    init(manager: WidgetManager,
         runner: @escaping @Sendable (_ base: (any ExecutionContext)?, _ work: @escaping (Evaluator) -> Void) -> Void) {
        self.manager = manager
        self.runner = runner
    }

    /// Runs `work` on the evaluation thread; `base` is where its output goes unless `work` redirects it
    /// (the comm message's context, or nothing).
    func run(base: (any ExecutionContext)?, _ work: @escaping (Evaluator) -> Void) {
        runner(base, work)
    }

    /// The key marking the evaluation thread while it runs a request or a callback.
    static let evaluatingKey = "landscape-kernel.evaluating"

    static var isOnEvaluationThread: Bool { Thread.current.threadDictionary[evaluatingKey] != nil }
}

/// The execution context cells run with when the kernel has widgets: forwards everything to `base`
/// and carries the widget host for the adapters.
struct WidgetAwareContext: ExecutionContext, @unchecked Sendable {
    let base: any ExecutionContext
    let host: WidgetHost
    /// Extra interrupt condition (a newer value of the control is queued: the callback is stale).
    var superseded: (@Sendable () -> Bool)?

    func stream(_ name: StreamName, _ text: String) { base.stream(name, text) }
    func display(_ value: DisplayValue, displayID: String?) { base.display(value, displayID: displayID) }
    func updateDisplay(_ value: DisplayValue, displayID: String) { base.updateDisplay(value, displayID: displayID) }
    func clearOutput(wait: Bool) { base.clearOutput(wait: wait) }
    func input(prompt: String, password: Bool) throws -> String { try base.input(prompt: prompt, password: password) }
    var isInterrupted: Bool { base.isInterrupted || (superseded?() ?? false) }
}

/// Collects what a callback prints and displays as nbformat outputs, so an Output widget can be
/// replaced with all of it in one `update` (the figure replaced, not appended; no flicker).
final class OutputCollector: ExecutionContext, @unchecked Sendable {
    private let lock = NSLock()
    private(set) var outputs: [JSONValue] = []
    private let interrupted: @Sendable () -> Bool

    init(interrupted: @escaping @Sendable () -> Bool) {
        self.interrupted = interrupted
    }

    func stream(_ name: StreamName, _ text: String) {
        lock.withLock {
            if let last = outputs.last, last["output_type"]?.stringValue == "stream", last["name"]?.stringValue == name.rawValue,
               let previous = last["text"]?.stringValue {
                outputs[outputs.count - 1] = ["output_type": "stream", "name": .string(name.rawValue), "text": .string(previous + text)]
            } else {
                outputs.append(["output_type": "stream", "name": .string(name.rawValue), "text": .string(text)])
            }
        }
    }

    func display(_ value: DisplayValue, displayID: String?) { append(value) }
    func updateDisplay(_ value: DisplayValue, displayID: String) { append(value) }
    func clearOutput(wait: Bool) { lock.withLock { outputs.removeAll() } }
    func input(prompt: String, password: Bool) throws -> String {
        throw CellError(.runtime, "input is not available in a widget callback", position: nil)
    }
    var isInterrupted: Bool { interrupted() }

    func append(_ value: DisplayValue) {
        lock.withLock {
            outputs.append(["output_type": "display_data", "data": .object(value.data), "metadata": .object(value.metadata)])
        }
    }

    func appendError(_ text: String) {
        stream(.stderr, text.hasSuffix("\n") ? text : text + "\n")
    }
}

/// Polls a probe at most every few milliseconds (a probe that looks at the shell socket is cheap,
/// but the evaluator asks at every statement).
final class ThrottledProbe: @unchecked Sendable {
    private let lock = NSLock()
    private let probe: @Sendable () -> Bool
    private var last = DispatchTime(uptimeNanoseconds: 0)
    private var answer = false

    init(_ probe: @escaping @Sendable () -> Bool) { self.probe = probe }

    func callAsFunction() -> Bool {
        lock.withLock {
            if answer { return true }
            let now = DispatchTime.now()
            if now.uptimeNanoseconds - last.uptimeNanoseconds < 5_000_000 { return false }
            last = now
            answer = probe()
            return answer
        }
    }
}
