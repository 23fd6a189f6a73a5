import Foundation
import JupyterKernel
@testable import CellLanguage

/// An `ExecutionContext` that records every output, for tests.
final class RecordingContext: ExecutionContext, @unchecked Sendable {
    private let lock = NSLock()
    private var _streams: [(StreamName, String)] = []
    private var _displays: [(DisplayValue, String?)] = []
    private var _updates: [(DisplayValue, String)] = []
    private var _interrupted = false
    private var _clears: [Bool] = []
    /// Lines `input` answers with, in order; when none are left it throws, as a frontend without stdin.
    var inputLines: [String] = []

    func stream(_ name: StreamName, _ text: String) {
        lock.withLock { _streams.append((name, text)) }
    }
    func display(_ value: DisplayValue, displayID: String?) {
        lock.withLock { _displays.append((value, displayID)) }
    }
    func updateDisplay(_ value: DisplayValue, displayID: String) {
        lock.withLock { _updates.append((value, displayID)) }
    }
    func clearOutput(wait: Bool) {
        lock.withLock { _clears.append(wait) }
    }
    func input(prompt: String, password: Bool) throws -> String {
        try lock.withLock {
            guard !inputLines.isEmpty else { throw CellError(.runtime, "no stdin in tests", position: nil) }
            return inputLines.removeFirst()
        }
    }
    var isInterrupted: Bool { lock.withLock { _interrupted } }
    func setInterrupted() { lock.withLock { _interrupted = true } }

    var stdout: String { lock.withLock { _streams.filter { $0.0 == .stdout }.map(\.1).joined() } }
    var stderr: String { lock.withLock { _streams.filter { $0.0 == .stderr }.map(\.1).joined() } }
    var displays: [(DisplayValue, String?)] { lock.withLock { _displays } }
    var updates: [(DisplayValue, String)] { lock.withLock { _updates } }
    var clears: [Bool] { lock.withLock { _clears } }
}

/// A notebook in a test: runs cells in order on one interpreter.
final class Notebook {
    let interpreter: SwiftCellInterpreter
    private var count = 0

    init(interpreter: SwiftCellInterpreter = SwiftCellInterpreter()) {
        self.interpreter = interpreter
    }

    struct Run {
        let outcome: ExecutionOutcome
        let context: RecordingContext

        /// The text/plain of the result, or nil.
        var result: String? {
            guard case .ok(let value, _) = outcome, let value, case .string(let text)? = value.data["text/plain"] else { return nil }
            return text
        }
        var data: MimeBundle? {
            guard case .ok(let value, _) = outcome else { return nil }
            return value?.data
        }
        var error: ExecutionError? {
            if case .error(let error) = outcome { return error }
            return nil
        }
        var payload: [Payload] {
            guard case .ok(_, let payload) = outcome else { return [] }
            return payload
        }
        var stdout: String { context.stdout }
        var stderr: String { context.stderr }
    }

    @discardableResult
    func run(_ code: String, context: RecordingContext = RecordingContext()) -> Run {
        count += 1
        return Run(outcome: interpreter.execute(ExecutionRequest(code: code, executionCount: count), context: context),
                   context: context)
    }

    /// The result text of a cell that must succeed, or "error: <message>".
    func value(_ code: String) -> String {
        let run = run(code)
        if let error = run.error { return "error: \(error.value)" }
        return run.result ?? ""
    }
}
