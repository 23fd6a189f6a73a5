import Foundation

/// Serves the shell ROUTER on the shell thread: decodes each request, calls the interpreter, publishes
/// outputs and replies. After a failed execute with stop_on_error, execute requests already queued
/// are answered "aborted". Comm messages go to the `CommManager`, each between busy and idle, on this
/// thread (so never while a cell runs: they wait on the socket until it ends).
final class ShellHandler {
    private let interpreter: any Interpreter
    private let socket: ZMQSocket
    private let codec: WireCodec
    private let responder: Responder
    private let publisher: IOPubPublisher
    private let stdin: StdinChannel
    private let interrupt: InterruptFlag
    private let history = ExecutionHistory()
    private let log: KernelLog
    private let comms: CommManager
    private let backlog: ShellBacklog
    private let onShutdownRequest: (_ restart: Bool) -> Void
    private var executionCount = 0
    private let abortWindow: Double

    init(interpreter: any Interpreter, socket: ZMQSocket, codec: WireCodec, publisher: IOPubPublisher,
         stdin: StdinChannel, interrupt: InterruptFlag, log: KernelLog, abortWindow: Double,
         comms: CommManager, onShutdownRequest: @escaping (_ restart: Bool) -> Void) {
        self.interpreter = interpreter
        self.socket = socket
        self.codec = codec
        self.publisher = publisher
        self.responder = Responder(codec: codec, publisher: publisher, log: log)
        self.stdin = stdin
        self.interrupt = interrupt
        self.log = log
        self.comms = comms
        self.backlog = ShellBacklog(socket: socket, codec: codec, log: log)
        self.onShutdownRequest = onShutdownRequest
        self.abortWindow = abortWindow
    }

    /// Serves requests until the context is shut down.
    func serve() {
        while true {
            if let queued = backlog.takeFirst() {
                handle(queued, abortExecutesSentBefore: nil)
                continue
            }
            let frames: [Data]
            do {
                frames = try socket.receive()
            } catch let error as ZMQError where error.isTerminated {
                return
            } catch {
                log("shell receive failed: \(error)")
                continue
            }
            if let request = backlog.decode(frames) { handle(request, abortExecutesSentBefore: nil) }
        }
    }

    /// Handles one multipart message. With `abortExecutesSentBefore`, an execute_request the frontend
    /// sent before that moment (its header date; a missing date counts as before) is answered "aborted":
    /// it was queued without knowing the previous cell failed.
    private func handle(_ request: WireMessage, abortExecutesSentBefore failureTime: Date?) {
        let type = request.messageType
        let fields = RequestFields(content: request.content, messageType: type)
        switch type {
        case "execute_request":
            if let failureTime, (request.header["date"]?.stringValue.flatMap(ISODate.parse) ?? .distantPast) < failureTime {
                abort(request)
            } else {
                publisher.status("busy", parent: request.header)
                let failureTime = execute(request, fields)
                publisher.status("idle", parent: request.header)
                // Requests already queued behind a failed cell are answered after its idle.
                if let failureTime { abortQueuedRequests(failedAt: failureTime) }
            }
        case "kernel_info_request":
            responder.busy(request) {
                responder.reply(to: request, "kernel_info_reply", KernelInfoContent.make(interpreter), on: socket)
            }
        case "complete_request", "inspect_request", "is_complete_request", "history_request",
             "comm_info_request":
            responder.busy(request) {
                let content: [String: JSONValue]
                do {
                    content = try answer(type, fields)
                } catch let error as InvalidRequest {
                    log("invalid \(type): \(error)")
                    content = Responder.invalidRequestContent(error)
                } catch {
                    content = Responder.invalidRequestContent(InvalidRequest(description: "\(error)"))
                }
                responder.reply(to: request, Responder.replyType(of: type), content, on: socket)
            }
        case "comm_open", "comm_msg", "comm_close":
            responder.busy(request) { handleComm(request) }
        case "shutdown_request":
            let restart = (try? fields.bool("restart", default: false)) ?? false
            responder.busy(request) {
                let content: [String: JSONValue] = ["status": "ok", "restart": .bool(restart)]
                responder.reply(to: request, "shutdown_reply", content, on: socket)
                publisher.publish("shutdown_reply", content: content, parent: request.header)
            }
            onShutdownRequest(restart)
        default:
            log("ignored unknown message type \"\(type)\" on shell")
        }
    }

    // MARK: execute

    /// Runs one execute_request between its busy and idle. Returns the moment just before the error
    /// reply was sent when queued execute requests must be aborted (the cell failed and stop_on_error is
    /// set): a request the frontend sent before that moment cannot have seen the error.
    private func execute(_ request: WireMessage, _ fields: RequestFields) -> Date? {
        let code: String, silent: Bool, storeHistory: Bool, allowStdin: Bool, stopOnError: Bool
        let userExpressions: [String: String]
        do {
            code = try fields.string("code")
            silent = try fields.bool("silent", default: false)
            storeHistory = silent ? false : try fields.bool("store_history", default: true)
            allowStdin = try fields.bool("allow_stdin", default: false)
            stopOnError = try fields.bool("stop_on_error", default: true)
            userExpressions = try fields.stringDictionary("user_expressions")
        } catch {
            log("invalid execute_request: \(error)")
            var content = Responder.invalidRequestContent(error as? InvalidRequest
                                                          ?? InvalidRequest(description: "\(error)"))
            content["execution_count"] = .integer(executionCount)
            responder.reply(to: request, "execute_reply", content, on: socket)
            return nil
        }

        if storeHistory { executionCount += 1 }
        let count = executionCount
        if !silent {
            publisher.publish("execute_input", content: ["code": .string(code), "execution_count": .integer(count)],
                              parent: request.header)
        }
        // An interrupt that overtook this request on its way (it was sent before the interrupt) applies to it.
        interrupt.beginExecution(requestSentAt: request.header["date"]?.stringValue.flatMap(ISODate.parse))
        defer { interrupt.end() }
        comms.parentHeader = request.header
        let context = KernelExecutionContext(publisher: publisher, stdin: stdin, request: request,
                                             allowStdin: allowStdin, interrupt: interrupt)
        let outcome = interpreter.execute(
            ExecutionRequest(code: code, executionCount: count, silent: silent, storeHistory: storeHistory,
                             allowStdin: allowStdin, userExpressions: userExpressions),
            context: context)

        var failureTime: Date?
        switch outcome {
        case .ok(let result, let payload):
            if let result, !silent {
                publisher.publish("execute_result",
                                  content: ["execution_count": .integer(count), "data": .object(result.data),
                                            "metadata": .object(result.metadata)],
                                  parent: request.header)
            }
            if storeHistory { history.record(line: count, input: code, output: result?.data["text/plain"]?.stringValue) }
            responder.reply(to: request, "execute_reply", [
                "status": "ok",
                "execution_count": .integer(count),
                "payload": .array(payload.map(Self.encode)),
                "user_expressions": .object(userExpressions.mapValues { Self.encode(interpreter.evaluateUserExpression($0)) }),
            ], on: socket)
        case .error(let error):
            let errorContent: [String: JSONValue] = [
                "ename": .string(error.name), "evalue": .string(error.value),
                "traceback": .array(error.traceback.map { .string($0) }),
            ]
            publisher.publish("error", content: errorContent, parent: request.header)
            if storeHistory { history.record(line: count, input: code, output: nil) }
            var reply = errorContent
            reply["status"] = "error"
            reply["execution_count"] = .integer(count)
            reply["payload"] = []
            reply["user_expressions"] = [:]
            if stopOnError { failureTime = Date() }
            responder.reply(to: request, "execute_reply", reply, on: socket)
        }
        return failureTime
    }

    /// Answers the requests queued behind a failed cell, aborting the execute requests sent before the
    /// failure was reported: those already waiting, and those arriving within `abortWindow` seconds
    /// (a notebook's Run All sends every cell at once, but they reach the socket a little apart;
    /// ipykernel's stop_on_error_timeout plays the same role). A cell sent after the frontend saw the
    /// error runs normally.
    private func abortQueuedRequests(failedAt failureTime: Date) {
        let deadline = Date().addingTimeInterval(abortWindow)
        while true {
            if let queued = backlog.takeFirst() {
                handle(queued, abortExecutesSentBefore: failureTime)
                continue
            }
            let remaining = max(0, Int(deadline.timeIntervalSinceNow * 1000))
            do {
                guard try socket.waitForInput(milliseconds: remaining) else { return }
                if let request = backlog.decode(try socket.receive(dontWait: true)) {
                    handle(request, abortExecutesSentBefore: failureTime)
                }
            } catch {
                return
            }
        }
    }

    private func abort(_ request: WireMessage) {
        log("aborted queued execute_request \(request.messageID) after an error")
        responder.busy(request) {
            responder.reply(to: request, "execute_reply",
                            ["status": "aborted", "execution_count": .integer(executionCount),
                             "payload": [], "user_expressions": [:]],
                            on: socket)
        }
    }

    private static func encode(_ result: UserExpressionResult) -> JSONValue {
        switch result {
        case .value(let value):
            return ["status": "ok", "data": .object(value.data), "metadata": .object(value.metadata)]
        case .error(let error):
            return ["status": "error", "ename": .string(error.name), "evalue": .string(error.value),
                    "traceback": .array(error.traceback.map { .string($0) })]
        }
    }

    private static func encode(_ payload: Payload) -> JSONValue {
        switch payload {
        case .page(let bundle, let start):
            ["source": "page", "data": .object(bundle), "start": .integer(start)]
        case .setNextInput(let text, let replace):
            ["source": "set_next_input", "text": .string(text), "replace": .bool(replace)]
        }
    }

    // MARK: introspection and the rest

    private func answer(_ type: String, _ fields: RequestFields) throws -> [String: JSONValue] {
        switch type {
        case "complete_request":
            let code = try fields.string("code")
            let cursor = try cursorPosition(fields, in: code)
            let completion = interpreter.complete(code: code, cursorPosition: cursor)
            return ["status": "ok", "matches": .array(completion.matches.map { .string($0) }),
                    "cursor_start": .integer(completion.cursorStart), "cursor_end": .integer(completion.cursorEnd),
                    "metadata": .object(completion.metadata)]
        case "inspect_request":
            let code = try fields.string("code")
            let cursor = try cursorPosition(fields, in: code)
            let detail = min(max(try fields.int("detail_level", default: 0) ?? 0, 0), 1)
            let bundle = interpreter.inspect(code: code, cursorPosition: cursor, detailLevel: detail)
            return ["status": "ok", "found": .bool(bundle != nil), "data": .object(bundle ?? [:]), "metadata": [:]]
        case "is_complete_request":
            switch interpreter.isComplete(code: try fields.string("code")) {
            case .complete: return ["status": "complete"]
            case .incomplete(let indent): return ["status": "incomplete", "indent": .string(indent)]
            case .invalid: return ["status": "invalid"]
            case .unknown: return ["status": "unknown"]
            }
        case "history_request":
            return try historyReply(fields)
        default: // comm_info_request: the live comms, only those on target_name when it is given.
            let target = fields.content["target_name"] == nil || fields.content["target_name"] == .null
                ? nil : try fields.string("target_name")
            return ["status": "ok", "comms": .object(comms.commInfo(target: target))]
        }
    }

    /// `cursor_pos` (Unicode scalars, default: the end), clamped into the code so no interpreter ever
    /// sees a position outside it.
    private func cursorPosition(_ fields: RequestFields, in code: String) throws -> Int {
        let length = code.unicodeScalars.count
        let requested = try fields.int("cursor_pos", default: length) ?? length
        return min(max(requested, 0), length)
    }

    private func historyReply(_ fields: RequestFields) throws -> [String: JSONValue] {
        let withOutput = try fields.bool("output", default: false)
        let access = try fields.string("hist_access_type", default: "tail")
        let entries: [ExecutionHistory.Entry]
        switch access {
        case "tail":
            entries = history.tail(try fields.int("n", default: 10) ?? 10)
        case "range":
            entries = history.range(session: try fields.int("session", default: 0) ?? 0,
                                    start: try fields.int("start", default: 1) ?? 1,
                                    stop: try fields.int("stop", default: nil))
        case "search":
            entries = history.search(pattern: try fields.string("pattern", default: "*"),
                                     count: try fields.int("n", default: nil),
                                     unique: try fields.bool("unique", default: false))
        default:
            throw InvalidRequest(description: "history_request hist_access_type \"\(access)\" is not tail, range or search")
        }
        let rows: [JSONValue] = entries.map { entry in
            let input: JSONValue = withOutput
                ? [.string(entry.input), entry.output.map { .string($0) } ?? .null]
                : .string(entry.input)
            return [.integer(ExecutionHistory.session), .integer(entry.line), input]
        }
        return ["status": "ok", "history": .array(rows)]
    }

    /// Routes one comm message to the manager, with the message as parent of what its handler
    /// publishes and the interrupt flag lowered (interrupt_request stops a long comm handler as it stops a cell;
    /// an interrupt pending for an execute request that it overtook stays pending).
    private func handleComm(_ request: WireMessage) {
        interrupt.beginHandler()
        defer { interrupt.end() }
        comms.parentHeader = request.header
        let context = KernelExecutionContext(publisher: publisher, stdin: stdin, request: request,
                                             allowStdin: false, interrupt: interrupt)
        let commID = request.content["comm_id"]?.stringValue ?? ""
        let backlog = self.backlog
        let messageID = request.messageID
        backlog.beginHandling(messageID)
        defer { backlog.endHandling() }
        comms.receive(request, context: context, pending: { backlog.pendingCommData(for: commID, handling: messageID) })
    }
}

/// Messages taken off the shell socket ahead of their turn (to see whether a comm message is
/// superseded), handed out again in arrival order. Touched by the shell thread, or by a handler it
/// is waiting on, never by both at once; the lock keeps the hand-over ordered.
final class ShellBacklog: @unchecked Sendable {
    private let socket: ZMQSocket
    private let codec: WireCodec
    private let log: KernelLog
    private let lock = NSLock()
    private var queued: [WireMessage] = []
    private var handling: String?

    init(socket: ZMQSocket, codec: WireCodec, log: KernelLog) {
        self.socket = socket
        self.codec = codec
        self.log = log
    }

    /// Decodes and authenticates frames from the shell socket; a bad message is logged and dropped.
    func decode(_ frames: [Data]) -> WireMessage? {
        do {
            return try codec.decode(frames)
        } catch {
            log("dropped message on shell: \(error)")
            return nil
        }
    }

    /// The oldest message taken ahead, if any.
    func takeFirst() -> WireMessage? {
        lock.withLock { queued.isEmpty ? nil : queued.removeFirst() }
    }

    /// Marks the comm message whose handler may look ahead (the shell thread is not reading meanwhile).
    func beginHandling(_ messageID: String) { lock.withLock { handling = messageID } }

    /// Ends the look-ahead window: the shell thread reads the socket again.
    func endHandling() { lock.withLock { handling = nil } }

    /// Moves whatever the socket holds now into the backlog (never blocks), then returns the `data`
    /// of the queued comm_msgs for `commID`, oldest first. Only while `messageID` is being handled
    /// (a handler that kept its message and asks later gets nothing, and never touches the socket
    /// while the shell thread reads it).
    func pendingCommData(for commID: String, handling messageID: String) -> [[String: JSONValue]] {
        lock.withLock {
            guard handling == messageID else { return [] }
            while (try? socket.waitForInput(milliseconds: 0)) == true,
                  let frames = try? socket.receive(dontWait: true) {
                if let message = decode(frames) { queued.append(message) }
            }
            return queued.compactMap { message in
                guard message.messageType == "comm_msg", message.content["comm_id"]?.stringValue == commID else { return nil }
                return message.content["data"]?.objectValue ?? [:]
            }
        }
    }
}
