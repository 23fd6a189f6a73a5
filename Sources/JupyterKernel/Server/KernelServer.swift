import CZeroMQ
import Foundation

/// A Jupyter kernel: binds the five channels named by a connection file and serves an `Interpreter`.
///
/// Threads: the thread calling `run()` serves shell (and runs the interpreter); control and heartbeat
/// each have their own OS thread; iopub is shared under a lock. `run()` returns after a
/// shutdown_request, once every socket is closed.
public final class KernelServer: @unchecked Sendable {
    /// How the server behaves beyond the protocol.
    public struct Options: Sendable {
        /// Where one-line diagnostics go.
        public var log: KernelLog
        /// Treat SIGINT as an interrupt of the running cell (for the executable; tests leave it off).
        public var interruptOnSIGINT: Bool
        /// After a shutdown_request, exit the process if the shell thread has not stopped within this
        /// many seconds (a cell that ignores interrupts); nil waits forever.
        public var exitIfShutdownStallsAfter: Double?
        /// After a cell fails with stop_on_error, execute requests already queued, or arriving within
        /// this many seconds, are answered "aborted".
        public var abortWindowAfterError: Double
        /// Listening TCP sockets bound before the kernel started (by a launcher), adopted instead of
        /// binding anew (ZMQ_USE_FD); see `ListeningSockets`.
        public var adoptedListeners: [Channel: Int32]
        /// An interrupt arriving while no cell runs stops the next cell sent before it (one it overtook on
        /// the way: control and shell are separate paths) if that cell starts within this many seconds; a
        /// cell sent after the interrupt is not affected (see `InterruptFlag`).
        public var pendingInterruptWindow: Double

        /// Creates options; the defaults suit tests and embedders.
        public init(log: KernelLog = .standardError, interruptOnSIGINT: Bool = false,
                    exitIfShutdownStallsAfter: Double? = nil, abortWindowAfterError: Double = 0.1,
                    adoptedListeners: [Channel: Int32] = [:], pendingInterruptWindow: Double = 1.0) {
            self.log = log
            self.adoptedListeners = adoptedListeners
            self.pendingInterruptWindow = pendingInterruptWindow
            self.abortWindowAfterError = abortWindowAfterError
            self.interruptOnSIGINT = interruptOnSIGINT
            self.exitIfShutdownStallsAfter = exitIfShutdownStallsAfter
        }
    }

    /// How `run()` ended.
    public struct ShutdownOutcome: Sendable, Equatable {
        /// The restart flag of the shutdown_request.
        public var restart: Bool
    }

    /// The sockets this kernel binds.
    public let connection: ConnectionInfo
    /// The kernel's comms: register targets here (or in `Interpreter.kernelDidCreateComms`). Comm
    /// messages published before `run()` has bound iopub are dropped with a log line.
    public let comms: CommManager
    private let interpreter: any Interpreter
    private let options: Options
    private let interrupt: InterruptFlag
    private let stateLock = NSLock()
    private var context: ZMQContext?
    private var publisher: IOPubPublisher?
    private var shutdownRestart: Bool?
    private let shellStopped = DispatchSemaphore(value: 0)
    private var signalSource: (any DispatchSourceSignal)?

    /// A kernel serving `interpreter` on the sockets of `connection`; nothing is bound before `run()`.
    public init(connection: ConnectionInfo, interpreter: any Interpreter, options: Options = Options()) {
        self.connection = connection
        self.interpreter = interpreter
        self.options = options
        interrupt = InterruptFlag(pendingWindow: options.pendingInterruptWindow)
        let lock = stateLock
        let box = PublisherBox()
        publisherBox = box
        let log = options.log
        comms = CommManager(log: log) { outgoing in
            guard let publisher = lock.withLock({ box.publisher }) else {
                log("\(outgoing.messageType) before the kernel was bound: dropped")
                return
            }
            publisher.publish(outgoing.messageType, content: outgoing.content, parent: outgoing.parent,
                              metadata: outgoing.metadata, buffers: outgoing.buffers)
        }
    }

    private let publisherBox: PublisherBox

    /// Binds every socket (if one bind fails, everything bound is closed and the error thrown), then
    /// serves until shutdown_request.
    public func run() throws -> ShutdownOutcome {
        let log = options.log
        let context = try ZMQContext()
        let sockets: BoundSockets
        do {
            sockets = try BoundSockets(context: context, connection: connection, adopting: options.adoptedListeners)
        } catch {
            context.terminate()
            throw error
        }
        stateLock.lock()
        self.context = context
        stateLock.unlock()

        let codec = WireCodec(signer: MessageSigner(key: connection.key), history: DigestHistory(),
                              session: UUID().uuidString.lowercased())
        let publisher: IOPubPublisher
        do {
            publisher = try IOPubPublisher(context: context, socket: sockets.iopub, codec: codec, log: log)
        } catch {
            sockets.closeAll()
            context.terminate()
            throw error
        }
        stateLock.withLock {
            self.publisher = publisher
            publisherBox.publisher = publisher
        }
        let stdin = StdinChannel(socket: sockets.stdin, codec: codec, log: log)

        let heartbeat = Heartbeat(socket: sockets.heartbeat)
        heartbeat.start()
        let control = ControlHandler(
            interpreter: interpreter, socket: sockets.control, codec: codec, publisher: publisher, log: log,
            onInterrupt: { [self] sentAt in interruptExecution(sentAt: sentAt) },
            onShutdownRequest: { [self] restart in beginShutdown(restart: restart) })
        control.start()
        if options.interruptOnSIGINT { installSIGINTHandler() }

        // Frontends connecting late still learn the kernel is up.
        publisher.status("starting", parent: [:])
        interpreter.kernelDidCreateComms(comms)
        interpreter.kernelDidBind()

        let shell = ShellHandler(
            interpreter: interpreter, socket: sockets.shell, codec: codec, publisher: publisher, stdin: stdin,
            interrupt: interrupt, log: log,
            abortWindow: options.abortWindowAfterError, comms: comms, onShutdownRequest: { [self] restart in beginShutdown(restart: restart) })
        shell.serve()

        let restart = currentShutdownRestart() ?? false
        interpreter.shutdown(restart: restart)
        sockets.shell.close()
        stdin.close()
        publisher.close()
        if !control.waitUntilStopped(timeout: 5) { log("control thread did not stop") }
        if !publisher.waitUntilStopped(timeout: 5) { log("iopub thread did not stop") }
        if !heartbeat.waitUntilStopped(timeout: 5) { log("heartbeat thread did not stop") }
        context.terminate()
        shellStopped.signal()
        return ShutdownOutcome(restart: restart)
    }

    /// Interrupts the running execution (interrupt_request or SIGINT), or the cell this interrupt overtook;
    /// `sentAt` is the interrupt_request's header date (nil for a signal).
    func interruptExecution(sentAt: Date? = nil) {
        interrupt.raise(sentAt: sentAt)
        interpreter.interrupt()
    }

    /// Stops serving: interrupts the running cell and shuts the context down, which ends every loop.
    func beginShutdown(restart: Bool) {
        stateLock.lock()
        let first = shutdownRestart == nil
        if first { shutdownRestart = restart }
        let context = self.context
        stateLock.unlock()
        guard first else { return }
        interruptExecution()
        publisherForShutdown()?.flush(timeout: 1)
        context?.shutdown()
        if let limit = options.exitIfShutdownStallsAfter {
            let stopped = shellStopped
            let log = options.log
            let watchdog = Thread {
                if stopped.wait(timeout: .now() + limit) == .timedOut {
                    log("the running cell did not stop within \(limit) s of shutdown_request; exiting")
                    exit(0)
                }
            }
            watchdog.name = "shutdown-watchdog"
            watchdog.start()
        }
    }

    private func publisherForShutdown() -> IOPubPublisher? {
        stateLock.lock()
        defer { stateLock.unlock() }
        return publisher
    }

    private func currentShutdownRestart() -> Bool? {
        stateLock.lock()
        defer { stateLock.unlock() }
        return shutdownRestart
    }

    private func installSIGINTHandler() {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [weak self] in self?.interruptExecution() }
        source.resume()
        signalSource = source
    }
}

/// The iopub publisher once `run()` has made it, read by the comm manager's sink (under the server's lock).
private final class PublisherBox: @unchecked Sendable {
    var publisher: IOPubPublisher?
}

/// The five sockets, configured (linger, IPv6, CurveZMQ server) and bound to the connection's endpoints.
struct BoundSockets {
    let shell: ZMQSocket
    let control: ZMQSocket
    let stdin: ZMQSocket
    let iopub: ZMQSocket
    let heartbeat: ZMQSocket

    init(context: ZMQContext, connection: ConnectionInfo, adopting adopted: [Channel: Int32] = [:]) throws {
        var created: [ZMQSocket] = []
        func make(_ type: Int32, _ channel: Channel) throws -> ZMQSocket {
            let socket = try ZMQSocket(context: context, type: type)
            created.append(socket)
            try socket.setOption(ZMQ_LINGER, 1000)
            if connection.isIPv6 { try socket.setOption(ZMQ_IPV6, 1) }
            if let secret = connection.curveSecretKey {
                try socket.setOption(ZMQ_CURVE_SERVER, 1)
                try socket.setOption(ZMQ_CURVE_SECRETKEY, bytes: Array(secret.utf8))
            }
            if let fd = adopted[channel] { try socket.setOption(ZMQ_USE_FD, fd) }
            try socket.bind(connection.endpoint(of: channel))
            return socket
        }
        do {
            shell = try make(ZMQ_ROUTER, .shell)
            control = try make(ZMQ_ROUTER, .control)
            stdin = try make(ZMQ_ROUTER, .stdin)
            try stdin.setOption(ZMQ_ROUTER_MANDATORY, 1)
            iopub = try make(ZMQ_XPUB, .iopub)
            try iopub.setOption(ZMQ_XPUB_VERBOSE, 1)
            heartbeat = try make(ZMQ_ROUTER, .heartbeat)
        } catch {
            for socket in created {
                try? socket.setOption(ZMQ_LINGER, 0)
                socket.close()
            }
            throw error
        }
    }

    /// Closes every socket without lingering (used when setup fails after binding).
    func closeAll() {
        for socket in [shell, control, stdin, iopub, heartbeat] {
            try? socket.setOption(ZMQ_LINGER, 0)
            socket.close()
        }
    }
}
