import JupyterKernel
import SwiftSyntax

/// What a library adapter may do while it runs: write to the cell's streams, show displays, call the
/// cell's closures, and notice an interrupt.
public struct CallContext {
    unowned let evaluator: Evaluator

    /// Writes text to the cell's stdout or stderr.
    public func write(_ text: String, to stream: StreamName) {
        evaluator.output.stream(stream, text)
    }

    /// Shows a value mid-cell as `display_data`.
    public func display(_ value: Value, displayID: String? = nil) throws {
        let shown = try evaluator.richDisplay(of: value)
        evaluator.settleFinishedProgress(shownAs: shown)
        evaluator.output.display(shown, displayID: displayID)
    }

    /// Publishes a display that later updates replace (progress bars).
    public func display(_ value: DisplayValue, displayID: String?) {
        evaluator.output.display(value, displayID: displayID)
    }

    /// Replaces an earlier display with the same id.
    public func updateDisplay(_ value: DisplayValue, displayID: String) {
        evaluator.output.updateDisplay(value, displayID: displayID)
    }

    /// Clears the cell's output (`clear_output`); with `wait`, when the next output arrives.
    public func clearOutput(wait: Bool) {
        evaluator.output.clearOutput(wait: wait)
    }

    /// Shows `bundle` in the frontend's pager (an `execute_reply` payload with source "page").
    public func page(_ bundle: MimeBundle) {
        evaluator.payloads.append(.page(bundle))
    }

    /// The pager's text for `name` (a global, a type or `Type.member`): what inspection shows.
    public func documentation(of name: String) -> MimeBundle? {
        let engine = CompletionEngine(registry: evaluator.registry, evaluator: evaluator)
        if let bundle = engine.inspect(code: name, cursorPosition: name.unicodeScalars.count, detailLevel: 0) {
            return bundle
        }
        // `Type.member` for an instance member, which inspection (reading code, not names) resolves
        // only through a value of that type.
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        let symbols = evaluator.registry.instanceMember(parts[1], of: .named(parts[0]))
        guard !symbols.isEmpty else { return nil }
        let text = symbols.map { "\(parts[0]).\($0.signature)\n    \($0.documentation)" }.joined(separator: "\n")
        let markdown = symbols.map { "```swift\n// \(parts[0])\n\($0.signature)\n```\n\($0.documentation)" }
            .joined(separator: "\n\n")
        return ["text/plain": .string(text), "text/markdown": .string(markdown)]
    }

    /// Asks the frontend for a line of input (`input_request` on stdin).
    public func input(prompt: String, password: Bool) throws -> String {
        try evaluator.output.input(prompt: prompt, password: password)
    }

    /// True once the user asked the cell to stop.
    public var isInterrupted: Bool { evaluator.isInterrupted }

    /// Throws the interrupt error when the user asked the cell to stop.
    public func checkInterrupt() throws { try evaluator.checkInterrupt() }

    /// Calls a closure or function value from the cell with positional arguments.
    public func call(_ function: Value, _ arguments: [Value]) throws -> Value {
        try evaluator.callValue(function, arguments: arguments, node: Optional<Syntax>.none)
    }

    /// Calls a closure whose first parameter is `inout` (`reduce(into:)`): returns that parameter's
    /// final value.
    public func callUpdating(_ function: Value, _ accumulator: inout Value, _ element: Value) throws -> Value {
        guard case .function(let callee) = function, case .user(let user) = callee.body else {
            throw CellError(.compile, "reduce(into:) needs a closure that updates its first parameter", position: nil)
        }
        var final = accumulator
        accumulator = .void
        _ = try evaluator.callUser(user, arguments: [final, element], node: Optional<Syntax>.none, inoutFirst: true) { scope in
            let name = user.usesAnonymousParameters ? "$0" : (user.parameters.first?.name ?? "$0")
            if let value = scope.bindings[name]?.value { final = value }
        }
        return final
    }

    /// The memory guard: throws when a collection of `count` elements would be unreasonably large.
    public func checkAllocation(_ count: Int, of what: String) throws {
        try MemoryGuard.check(elements: count, what: what)
    }
}

/// Refuses allocations that would take the kernel down, with an error instead of a crash.
enum MemoryGuard {
    /// The most elements a single collection built by a cell may hold (about 1.6 GB of `Value`s).
    static let maximumElements = 50_000_000

    static func check(elements count: Int, what: String) throws {
        if count < 0 {
            throw CellError(.runtime, "\(what): negative count \(count)", position: nil)
        }
        if count > maximumElements {
            throw CellError(.runtime,
                            "\(what) would hold \(count) elements, more than the notebook's limit of \(maximumElements)",
                            position: nil)
        }
    }
}
