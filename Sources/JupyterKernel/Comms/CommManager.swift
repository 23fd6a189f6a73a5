import Foundation

/// The kernel's comm registry, as xeus's `xcomm_manager`: comm targets by name, live comms by id.
///
/// The kernel makes one and hands it to the interpreter (`Interpreter.kernelDidCreateComms`); a
/// library on top (widgets) registers its targets and opens comms through it. The kernel routes
/// `comm_open`, `comm_msg` and `comm_close` from the frontend here and answers `comm_info_request`
/// from the live comms.
///
/// Threading: target handlers and comm handlers run on the kernel's shell thread, one message at a
/// time and never while a cell runs: a comm message that arrives during `execute` waits on the shell
/// socket and is handled, in order, once the cell has finished (as ipykernel does). So a handler may
/// touch the interpreter's state without racing a cell; `CommMessage.newerMessages` lets it coalesce
/// a burst (a dragged slider) instead of re-running for every stale value. `open`, `Comm.send` and
/// `Comm.close` may be called from any thread (a cell's evaluation thread, typically); what they
/// publish has the request being handled (or the last one handled) as parent.
public final class CommManager: @unchecked Sendable {
    /// Called when the frontend opens a comm on a registered target: the new comm (attach handlers to
    /// it with `onMessage`/`onClose`) and the `comm_open` message (its `data`, `metadata`, `buffers`).
    public typealias TargetHandler = @Sendable (_ comm: Comm, _ openMessage: CommMessage) -> Void

    /// A message the comm layer publishes on iopub.
    public struct Outgoing: Sendable, Equatable {
        /// `comm_open`, `comm_msg` or `comm_close`.
        public var messageType: String
        /// The message content (`comm_id`, `data`, and `target_name` for `comm_open`).
        public var content: [String: JSONValue]
        /// The metadata dictionary.
        public var metadata: [String: JSONValue]
        /// Binary buffers, sent as extra frames.
        public var buffers: [Data]
        /// The header of the request this message is a child of (empty when none yet).
        public var parent: [String: JSONValue]
    }

    let log: KernelLog
    private let sink: @Sendable (Outgoing) -> Void
    private let lock = NSLock()
    private var targets: [String: TargetHandler] = [:]
    private var comms: [String: Comm] = [:]
    private var parent: [String: JSONValue] = [:]

    /// A manager publishing through `send` (the kernel passes its iopub; tests collect the messages).
    public init(log: KernelLog = .standardError, send: @escaping @Sendable (Outgoing) -> Void) {
        self.log = log
        self.sink = send
    }

    // MARK: targets

    /// Registers (or replaces) the handler of comms the frontend opens on `target`.
    public func registerTarget(_ target: String, handler: @escaping TargetHandler) {
        lock.withLock { targets[target] = handler }
    }

    /// Forgets a target; later `comm_open`s on it are answered with `comm_close`.
    public func unregisterTarget(_ target: String) {
        _ = lock.withLock { targets.removeValue(forKey: target) }
    }

    /// The registered target names, sorted.
    public var registeredTargets: [String] { lock.withLock { targets.keys.sorted() } }

    // MARK: comms

    /// Opens a comm from the kernel side: publishes `comm_open` on `target` with `data`, `metadata`
    /// and `buffers`, and returns the live comm. `id` defaults to a fresh UUID (hex, no dashes, as
    /// ipykernel makes them).
    @discardableResult
    public func open(target: String, data: [String: JSONValue] = [:], metadata: [String: JSONValue] = [:],
                     buffers: [Data] = [], id: String? = nil) -> Comm {
        let commID = id ?? UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let comm = Comm(id: commID, targetName: target, manager: self)
        lock.withLock { comms[commID] = comm }
        publish("comm_open", content: ["comm_id": .string(commID), "target_name": .string(target),
                                       "data": .object(data)],
                metadata: metadata, buffers: buffers)
        return comm
    }

    /// The live comm with `id`, if any.
    public func comm(id: String) -> Comm? { lock.withLock { comms[id] } }

    /// The live comms (on `target` only, when given), sorted by id.
    public func liveComms(target: String? = nil) -> [Comm] {
        lock.withLock { comms.values.filter { target == nil || $0.targetName == target } }
            .sorted { $0.id < $1.id }
    }

    /// The `comms` member of `comm_info_reply`: `{id: {"target_name": …}}` for every live comm,
    /// or only those on `target`.
    public func commInfo(target: String? = nil) -> [String: JSONValue] {
        var info: [String: JSONValue] = [:]
        for comm in liveComms(target: target) { info[comm.id] = ["target_name": .string(comm.targetName)] }
        return info
    }

    /// The header outgoing comm messages name as parent. The kernel sets it to the request it is
    /// handling (an execute_request or a comm message) and leaves it at the last one.
    public var parentHeader: [String: JSONValue] {
        get { lock.withLock { parent } }
        set { lock.withLock { parent = newValue } }
    }

    // MARK: incoming

    /// Handles `comm_open`, `comm_msg` or `comm_close` received from the frontend (what the kernel's
    /// shell loop calls; public for embedders and tests). Bad input is logged in one line and dropped;
    /// `comm_open` on an unknown target is answered with `comm_close`. Returns false when the message
    /// was not a comm message or was dropped.
    @discardableResult
    public func receive(_ message: WireMessage, context: (any ExecutionContext)? = nil,
                        pending: (@Sendable () -> [[String: JSONValue]])? = nil) -> Bool {
        let type = message.messageType
        guard type == "comm_open" || type == "comm_msg" || type == "comm_close" else { return false }
        guard let commID = message.content["comm_id"]?.stringValue, !commID.isEmpty else {
            log("dropped \(type): comm_id is missing or not a string")
            return false
        }
        let data: [String: JSONValue]
        switch message.content["data"] {
        case nil, .null?: data = [:]
        case .object(let object)?: data = object
        default:
            log("dropped \(type) for comm \(commID): data is not an object")
            return false
        }
        let incoming = CommMessage(commID: commID, data: data, metadata: message.metadata,
                                   buffers: message.buffers, header: message.header, context: context,
                                   pending: pending)
        switch type {
        case "comm_open":
            return opened(incoming, target: message.content["target_name"]?.stringValue)
        case "comm_msg":
            guard let comm = comm(id: commID) else {
                log("comm_msg for unknown or closed comm \(commID): ignored")
                return false
            }
            comm.deliver(incoming)
            return true
        default:
            guard let comm = lock.withLock({ comms.removeValue(forKey: commID) }) else {
                log("comm_close for unknown or closed comm \(commID): ignored")
                return false
            }
            comm.closedByFrontend(incoming)
            return true
        }
    }

    private func opened(_ message: CommMessage, target: String?) -> Bool {
        guard let target else {
            log("dropped comm_open for comm \(message.commID): target_name is missing or not a string")
            return false
        }
        let (handler, existing) = lock.withLock { (targets[target], comms[message.commID]) }
        if existing != nil {
            log("comm_open for comm \(message.commID), which is already open: ignored")
            return false
        }
        guard let handler else {
            log("comm_open for unknown target \"\(target)\": closing comm \(message.commID)")
            publish("comm_close", content: ["comm_id": .string(message.commID), "data": [:]], metadata: [:], buffers: [])
            return false
        }
        let comm = Comm(id: message.commID, targetName: target, manager: self)
        lock.withLock { comms[message.commID] = comm }
        handler(comm, message)
        return true
    }

    // MARK: for Comm

    func publish(_ type: String, content: [String: JSONValue], metadata: [String: JSONValue], buffers: [Data]) {
        sink(Outgoing(messageType: type, content: content, metadata: metadata, buffers: buffers, parent: parentHeader))
    }

    func forget(_ comm: Comm) {
        lock.withLock {
            if comms[comm.id] === comm { comms[comm.id] = nil }
        }
    }
}
