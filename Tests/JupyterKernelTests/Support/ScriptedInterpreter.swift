import Foundation
@testable import JupyterKernel
import JupyterWidgets

/// A tiny line-oriented test language (Tests only; the shipped binary has none):
///   print TEXT | eprint TEXT | result TEXT | display ID TEXT | update ID TEXT | clear
///   fail NAME VALUE | spin (until interrupted) | input PROMPT | page TEXT | sleep MS
///   interrupted? (the result "true" when the cell has been interrupted, else "false")
///   slider N (an IntSlider over 0...10 at N, displayed; prints its model id)
///   open TARGET (opens a comm from the kernel side with data {"from": "cell"} and one buffer "abc")
/// Comms: target "echo" answers every comm_msg with {"echo": data, "buffers": n, "newer": pending}
/// and the same buffers, and records closes; "echo" comms opened by the kernel behave the same.
final class ScriptedInterpreter: Interpreter, @unchecked Sendable {
    private let lock = NSLock()
    private var interruptCount = 0
    private var shutdownCalls: [Bool] = []
    private var storedComms: CommManager?
    private var closedComms: [String] = []
    private var storedWidgets: WidgetManager?
    private var storedSeen: [Int] = []

    /// The slider values observed (from either side).
    var seenValues: [Int] { lock.withLock { storedSeen } }

    var comms: CommManager? { lock.withLock { storedComms } }
    var closed: [String] { lock.withLock { closedComms } }

    func kernelDidCreateComms(_ comms: CommManager) {
        lock.withLock {
            storedComms = comms
            storedWidgets = WidgetManager(comms: comms, log: KernelLog { _ in })
        }
        comms.registerTarget("echo") { [weak self] comm, _ in self?.attachEcho(comm) }
    }

    private func attachEcho(_ comm: Comm) {
        comm.onMessage { [weak comm] message in
            comm?.send(data: ["echo": .object(message.data), "buffers": .integer(message.buffers.count),
                              "newer": .integer(message.newerMessages.count)],
                       buffers: message.buffers)
        }
        comm.onClose { [weak self, id = comm.id] _ in self?.lock.withLock { self?.closedComms.append(id) } }
    }

    let languageInfo = LanguageInfo(
        name: "swift", version: "6.0", mimetype: "text/x-swift", fileExtension: ".swift",
        pygmentsLexer: "swift", codemirrorMode: "swift", implementation: "scripted-test",
        implementationVersion: "0.1", banner: "scripted test interpreter",
        helpLinks: [HelpLink(text: "Swift", url: "https://swift.org")])

    var interrupts: Int { lock.withLock { interruptCount } }
    var shutdowns: [Bool] { lock.withLock { shutdownCalls } }

    func execute(_ request: ExecutionRequest, context: any ExecutionContext) -> ExecutionOutcome {
        var result: DisplayValue?
        var payload: [Payload] = []
        for line in request.code.split(separator: "\n", omittingEmptySubsequences: true) {
            let words = line.split(separator: " ", maxSplits: 2).map(String.init)
            let command = words.first ?? ""
            let rest = words.dropFirst().joined(separator: " ")
            switch command {
            case "print": context.stream(.stdout, rest + "\n")
            case "eprint": context.stream(.stderr, rest + "\n")
            case "result": result = .plain(rest)
            case "display": context.display(.plain(words.count > 2 ? words[2] : ""), displayID: words.count > 1 ? words[1] : nil)
            case "update": context.updateDisplay(.plain(words.count > 2 ? words[2] : ""), displayID: words.count > 1 ? words[1] : "")
            case "clear": context.clearOutput(wait: false)
            case "fail":
                return .error(ExecutionError(name: words.count > 1 ? words[1] : "Error",
                                             value: words.count > 2 ? words[2] : "", traceback: ["line 1: \(line)"]))
            case "spin":
                while !context.isInterrupted { usleep(1000) }
                return .error(ExecutionError(name: "Interrupted", value: "interrupted", traceback: []))
            case "interrupted?":
                result = .plain(context.isInterrupted ? "true" : "false")
            case "sleep":
                usleep(UInt32(max(0, min(Int(rest) ?? 0, 10_000))) * 1000)
            case "input":
                do {
                    let answer = try context.input(prompt: rest, password: false)
                    context.stream(.stdout, "got \(answer)\n")
                } catch {
                    return .error(ExecutionError(name: "InputError", value: "\(error)", traceback: []))
                }
            case "slider":
                guard let widgets = lock.withLock({ storedWidgets }),
                      let slider = try? IntSlider(widgets, value: Int(rest) ?? 0, min: 0, max: 10) else {
                    return .error(ExecutionError(name: "WidgetError", value: "no slider", traceback: []))
                }
                slider.onChange { [weak self] value in self?.lock.withLock { self?.storedSeen.append(value) } }
                context.display(slider.displayValue, displayID: nil)
                context.stream(.stdout, slider.modelID + "\n")
            case "open":
                if let comms {
                    let comm = comms.open(target: rest, data: ["from": "cell"], metadata: ["version": "1"],
                                          buffers: [Data("abc".utf8)])
                    attachEcho(comm)
                    context.stream(.stdout, comm.id + "\n")
                }
            case "page": payload.append(.page(["text/plain": .string(rest)], start: 0))
            default:
                return .error(ExecutionError(name: "SyntaxError", value: "unknown command \(command)", traceback: []))
            }
        }
        return .ok(result: result, payload: payload)
    }

    func complete(code: String, cursorPosition: Int) -> Completion {
        let prefix = String(code.unicodeScalars.prefix(cursorPosition))
        let word = prefix.split(separator: " ").last.map(String.init) ?? ""
        let matches = ["print", "page", "eprint"].filter { $0.hasPrefix(word) }
        return Completion(matches: matches, cursorStart: cursorPosition - word.unicodeScalars.count,
                          cursorEnd: cursorPosition)
    }

    func inspect(code: String, cursorPosition: Int, detailLevel: Int) -> MimeBundle? {
        code.hasPrefix("print") ? ["text/plain": "print TEXT writes TEXT to stdout"] : nil
    }

    func isComplete(code: String) -> CompletenessVerdict {
        if code.hasSuffix("\\") { return .incomplete(indent: "  ") }
        if code.hasPrefix("!") { return .invalid }
        return .complete
    }

    func interrupt() { lock.withLock { interruptCount += 1 } }

    func shutdown(restart: Bool) { lock.withLock { shutdownCalls.append(restart) } }
}
