/// The one interface a language implements to become a Jupyter kernel.
///
/// The kernel (`KernelServer`) owns the sockets, the signing and the message loop; it calls an
/// `Interpreter` for everything that depends on the language, the way xeus separates `xserver`
/// from `xinterpreter`. Nothing in the kernel depends on which language sits behind this protocol.
///
/// Threading: `execute`, `complete`, `inspect`, `isComplete` and `shutdown` are called one at a time
/// from the shell thread. `interrupt()` is called from the control thread while `execute` may be
/// running, and must only set a flag (or similar) that the running execution polls. Comm handlers
/// registered through `kernelDidCreateComms` also run on the shell thread, between requests (never
/// while `execute` runs), so they may use the interpreter's state without racing a cell.
public protocol Interpreter: AnyObject, Sendable {
    /// The `language_info` and banner of `kernel_info_reply`.
    var languageInfo: LanguageInfo { get }

    /// Runs one cell. Outputs (streams, display data, clear_output, input requests) go through
    /// `context` while the cell runs; the returned outcome becomes `execute_reply` and, for a value,
    /// `execute_result`.
    func execute(_ request: ExecutionRequest, context: any ExecutionContext) -> ExecutionOutcome

    /// `complete_request`: candidates for the text around `cursorPosition` (a Unicode scalar offset,
    /// as the messaging spec counts since 5.2).
    func complete(code: String, cursorPosition: Int) -> Completion

    /// `inspect_request`: documentation of the symbol at `cursorPosition`, or nil when there is none.
    func inspect(code: String, cursorPosition: Int, detailLevel: Int) -> MimeBundle?

    /// `is_complete_request`.
    func isComplete(code: String) -> CompletenessVerdict

    /// Asks a running `execute` to stop as soon as it can. Called from another thread.
    func interrupt()

    /// Called before the kernel exits or restarts; `restart` is true for a restart.
    func shutdown(restart: Bool)

    /// Evaluates one of execute_request's `user_expressions` in the state the cell left, publishing
    /// nothing. The kernel calls it for each expression after a cell that ran without error.
    func evaluateUserExpression(_ expression: String) -> UserExpressionResult

    /// Called once, after every socket is bound and before the first request is served: the place for
    /// expensive set-up (started in the background) that must not delay the first kernel_info_reply.
    func kernelDidBind()

    /// Called once, before `kernelDidBind`, with the kernel's comm manager: the place to register comm
    /// targets (widgets) and keep the manager for opening comms from cells. Comm handlers run on the
    /// shell thread between requests, never while `execute` runs (see `CommManager`).
    func kernelDidCreateComms(_ comms: CommManager)
}

extension Interpreter {
    /// Nothing to prepare by default.
    public func kernelDidBind() {}

    /// No comms by default: `comm_open` from the frontend is answered with `comm_close`.
    public func kernelDidCreateComms(_ comms: CommManager) {}

    /// By default user expressions are answered with an error saying they are not evaluated.
    public func evaluateUserExpression(_ expression: String) -> UserExpressionResult {
        .error(ExecutionError(name: "NotSupported", value: "this kernel's language does not evaluate user_expressions",
                              traceback: []))
    }
}

/// The value of one user expression (`{"status": "ok", "data": …, "metadata": …}` in execute_reply) or
/// why it has none (`{"status": "error", "ename": …}`).
public enum UserExpressionResult: Sendable, Equatable {
    case value(DisplayValue)
    case error(ExecutionError)
}

/// What `kernel_info_reply` says about the language.
public struct LanguageInfo: Sendable, Equatable {
    public var name: String
    public var version: String
    public var mimetype: String
    public var fileExtension: String
    public var pygmentsLexer: String
    public var codemirrorMode: String
    public var implementation: String
    public var implementationVersion: String
    public var banner: String
    public var helpLinks: [HelpLink]

    public init(name: String, version: String, mimetype: String, fileExtension: String,
                pygmentsLexer: String, codemirrorMode: String, implementation: String,
                implementationVersion: String, banner: String, helpLinks: [HelpLink] = []) {
        self.name = name
        self.version = version
        self.mimetype = mimetype
        self.fileExtension = fileExtension
        self.pygmentsLexer = pygmentsLexer
        self.codemirrorMode = codemirrorMode
        self.implementation = implementation
        self.implementationVersion = implementationVersion
        self.banner = banner
        self.helpLinks = helpLinks
    }
}

/// One entry of `help_links` in `kernel_info_reply`.
public struct HelpLink: Sendable, Equatable {
    public var text: String
    public var url: String
    public init(text: String, url: String) {
        self.text = text
        self.url = url
    }
}

/// The parts of `execute_request` an interpreter needs.
public struct ExecutionRequest: Sendable {
    public var code: String
    /// The number this execution gets (`execution_count`); the kernel counts, not the interpreter.
    public var executionCount: Int
    public var silent: Bool
    public var storeHistory: Bool
    public var allowStdin: Bool
    public var userExpressions: [String: String]

    public init(code: String, executionCount: Int, silent: Bool = false, storeHistory: Bool = true,
                allowStdin: Bool = false, userExpressions: [String: String] = [:]) {
        self.code = code
        self.executionCount = executionCount
        self.silent = silent
        self.storeHistory = storeHistory
        self.allowStdin = allowStdin
        self.userExpressions = userExpressions
    }
}

/// A MIME bundle: MIME type → content. Text types are JSON strings; `application/json` may be any JSON.
public typealias MimeBundle = [String: JSONValue]

/// The result of running a cell.
public enum ExecutionOutcome: Sendable {
    /// The cell ran. `result` is the value of its last expression (published as `execute_result`),
    /// `payload` goes into `execute_reply` (for example the pager).
    case ok(result: DisplayValue?, payload: [Payload] = [])
    /// The cell failed: published as an `error` message and returned as `status: "error"`.
    case error(ExecutionError)
}

/// A value to show: its MIME bundle and metadata.
public struct DisplayValue: Sendable, Equatable {
    public var data: MimeBundle
    public var metadata: [String: JSONValue]
    public init(data: MimeBundle, metadata: [String: JSONValue] = [:]) {
        self.data = data
        self.metadata = metadata
    }
    /// A value shown only as text/plain.
    public static func plain(_ text: String) -> DisplayValue {
        DisplayValue(data: ["text/plain": .string(text)])
    }
}

/// An error as Jupyter shows it: `ename`, `evalue` and the traceback lines (which may carry ANSI colour).
public struct ExecutionError: Error, Sendable, Equatable {
    public var name: String
    public var value: String
    public var traceback: [String]
    public init(name: String, value: String, traceback: [String]) {
        self.name = name
        self.value = value
        self.traceback = traceback
    }
}

/// An entry of `execute_reply.payload`.
public enum Payload: Sendable, Equatable {
    /// Show `data` in the pager (`source: "page"`), from line `start`.
    case page(MimeBundle, start: Int = 0)
    /// Replace the cell's input with `text` (`source: "set_next_input"`).
    case setNextInput(String, replace: Bool)
}

/// `complete_reply` content.
public struct Completion: Sendable, Equatable {
    public var matches: [String]
    public var cursorStart: Int
    public var cursorEnd: Int
    public var metadata: [String: JSONValue]
    public init(matches: [String], cursorStart: Int, cursorEnd: Int, metadata: [String: JSONValue] = [:]) {
        self.matches = matches
        self.cursorStart = cursorStart
        self.cursorEnd = cursorEnd
        self.metadata = metadata
    }
}

/// `is_complete_reply` content.
public enum CompletenessVerdict: Sendable, Equatable {
    case complete
    /// More input is needed; `indent` is the suggested indentation of the next line.
    case incomplete(indent: String)
    case invalid
    case unknown
}

/// The standard streams of a `stream` message.
public enum StreamName: String, Sendable {
    case stdout
    case stderr
}

/// What an interpreter can do while a cell runs. Implemented by the kernel; every call publishes on
/// iopub (or, for `input`, asks on stdin) with the running request as parent.
public protocol ExecutionContext: Sendable {
    /// Publishes a `stream` message.
    func stream(_ name: StreamName, _ text: String)
    /// Publishes `display_data`; with a `displayID` the output can later be replaced by `updateDisplay`.
    func display(_ value: DisplayValue, displayID: String?)
    /// Publishes `update_display_data` for an output shown earlier with the same `displayID`.
    func updateDisplay(_ value: DisplayValue, displayID: String)
    /// Publishes `clear_output`.
    func clearOutput(wait: Bool)
    /// Sends `input_request` on stdin and waits for `input_reply`. Throws when the frontend does not
    /// allow stdin or the request is interrupted.
    func input(prompt: String, password: Bool) throws -> String
    /// True once `interrupt_request` (or SIGINT) has arrived for the running execution.
    var isInterrupted: Bool { get }
}
