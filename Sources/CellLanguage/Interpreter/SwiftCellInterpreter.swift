import Foundation
import JupyterKernel
import JupyterWidgets

/// The Swift cell language behind the Jupyter kernel: parses each cell with swift-syntax, evaluates it
/// against the registry (the Landscape API), and answers completion, inspection and completeness
/// requests from the same registry.
///
/// Cells run on a dedicated thread with a large stack, so deep (but bounded) recursion in cells and in
/// swift-syntax's visitors cannot overflow the kernel's stack.
public final class SwiftCellInterpreter: Interpreter, @unchecked Sendable {
    private let interruptFlag = InterruptFlag()
    /// Touched only by the thread running a request, one request at a time (the kernel serializes
    /// them; `lock` enforces it). Made on the first request that needs it, so the kernel binds its
    /// sockets and answers kernel_info without waiting for the registry to be built.
    private var storedSession: Session?
    private let makeSession: @Sendable () -> Session
    private let lock = NSLock()
    /// The widgets of this kernel (nil until the kernel hands over its comm manager, and in tests
    /// that run cells without a kernel). Set once, before the first request.
    private var widgetHost: WidgetHost?

    /// The stack size of the thread cells run on.
    static let evaluationStackSize = 512 << 20

    public init() {
        let flag = interruptFlag
        makeSession = { Session(interruptFlag: flag) }
    }

    /// An interpreter whose cells may use only `stackBudget` bytes of stack (tests of the stack guard).
    init(stackBudget: UInt) {
        let flag = interruptFlag
        makeSession = { Session(interruptFlag: flag, stackBudget: stackBudget) }
    }

    /// The session, made on first use; call with `lock` held.
    private var session: Session {
        if let storedSession { return storedSession }
        let made = makeSession()
        storedSession = made
        return made
    }

    /// Builds the shared registry (every binding's signature parsed by swift-syntax) on a background
    /// thread once the sockets are bound, so kernel_info is answered at once and the first cell finds
    /// the registry ready.
    public func kernelDidBind() {
        let thread = Thread { _ = StandardLibrary.shared }
        thread.stackSize = Self.evaluationStackSize
        thread.start()
    }

    /// Registers the widget targets and keeps the manager for the cells' controls.
    public func kernelDidCreateComms(_ comms: CommManager) {
        let manager = WidgetManager(comms: comms)
        widgetHost = WidgetHost(manager: manager) { [weak self] base, work in
            self?.runCallback(base: base, work)
        }
    }

    /// Runs a widget callback (a cell's closure) with the session's evaluator: directly when already
    /// on the evaluation thread (a cell set a control's value, and its observers run at once), otherwise
    /// under the lock on a large-stack thread, as a cell runs; output goes to `base` unless the work
    /// redirects it.
    private func runCallback(base: (any ExecutionContext)?, _ work: @escaping (Evaluator) -> Void) {
        if WidgetHost.isOnEvaluationThread {
            work(session.evaluator)
            return
        }
        guard let host = widgetHost else { return }
        lock.lock()
        defer { lock.unlock() }
        interruptFlag.clear()
        let session = self.session
        Self.onLargeStack {
            Thread.current.threadDictionary[WidgetHost.evaluatingKey] = true
            let evaluator = session.evaluator
            let saved = evaluator.output
            evaluator.output = WidgetAwareContext(base: base ?? SilentContext(), host: host)
            evaluator.markStackBase()
            work(evaluator)
            evaluator.output = saved
        }
    }

    /// The context a cell runs with: the kernel's, carrying the widget host when there is one.
    private func cellContext(_ context: any ExecutionContext) -> any ExecutionContext {
        guard let widgetHost else { return context }
        return WidgetAwareContext(base: context, host: widgetHost)
    }

    public var languageInfo: LanguageInfo {
        LanguageInfo(
            name: "swift", version: "6.0", mimetype: "text/x-swift", fileExtension: ".swift",
            pygmentsLexer: "swift", codemirrorMode: "swift", implementation: "landscape-kernel",
            implementationVersion: "0.1.0",
            banner: "landscape-kernel: Swift cells for exploring \"Unraveling the Hessian\" (Kiselev & Grabovoy, 2024)",
            helpLinks: [HelpLink(text: "The Swift Programming Language", url: "https://docs.swift.org/swift-book/")])
    }

    public func execute(_ request: ExecutionRequest, context: any ExecutionContext) -> ExecutionOutcome {
        lock.lock()
        defer { lock.unlock() }
        interruptFlag.clear()
        let session = self.session
        let context = cellContext(context)
        return Self.onLargeStack {
            Thread.current.threadDictionary[WidgetHost.evaluatingKey] = true
            return session.execute(request, context: context)
        }
    }

    public func complete(code: String, cursorPosition: Int) -> Completion {
        lock.lock()
        defer { lock.unlock() }
        let session = self.session
        return Self.onLargeStack { session.complete(code: code, cursorPosition: cursorPosition) }
    }

    public func inspect(code: String, cursorPosition: Int, detailLevel: Int) -> MimeBundle? {
        lock.lock()
        defer { lock.unlock() }
        let session = self.session
        return Self.onLargeStack { session.inspect(code: code, cursorPosition: cursorPosition, detailLevel: detailLevel) }
    }

    public func evaluateUserExpression(_ expression: String) -> UserExpressionResult {
        lock.lock()
        defer { lock.unlock() }
        interruptFlag.clear()
        let session = self.session
        return Self.onLargeStack {
            Thread.current.threadDictionary[WidgetHost.evaluatingKey] = true
            return session.evaluateUserExpression(expression)
        }
    }

    public func isComplete(code: String) -> CompletenessVerdict {
        Self.onLargeStack { CompletenessChecker.verdict(for: code) }
    }

    public func interrupt() {
        interruptFlag.set()
    }

    public func shutdown(restart: Bool) {
        interruptFlag.set()
        lock.lock()
        defer { lock.unlock() }
        if restart {
            session.reset()
            interruptFlag.clear()
        }
    }

    /// Runs `work` on a fresh thread with a large stack and waits for it.
    static func onLargeStack<T>(_ work: @escaping () -> T) -> T {
        let box = ResultBox<T>(work)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread { [box] in
            box.run()
            done.signal()
        }
        thread.stackSize = evaluationStackSize
        thread.start()
        done.wait()
        return box.take()
    }
}

/// Carries a closure to the evaluation thread and its result back.
private final class ResultBox<T>: @unchecked Sendable {
    private let work: () -> T
    private var result: T?

    init(_ work: @escaping () -> T) {
        self.work = work
    }

    func run() {
        result = work()
    }

    func take() -> T {
        guard let result else {
            // The thread always runs `run()` before signalling; this is only reached if it did not.
            return work()
        }
        return result
    }
}
