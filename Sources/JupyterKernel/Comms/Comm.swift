import Foundation

/// One message received on a comm (`comm_open`, `comm_msg` or `comm_close` from the frontend).
public struct CommMessage: Sendable {
    /// The comm the message is for.
    public var commID: String
    /// `content.data`.
    public var data: [String: JSONValue]
    /// The message's metadata dictionary.
    public var metadata: [String: JSONValue]
    /// Binary buffers: the frames after content, in order.
    public var buffers: [Data]
    /// The message's header (its `msg_id` is the parent of everything published while it is handled).
    public var header: [String: JSONValue]
    /// Outputs (streams, display data, clear_output) published with this message as parent, and the
    /// interrupt flag; stdin is never allowed. Nil when the message did not come through a kernel.
    public var context: (any ExecutionContext)?
    private let pendingProbe: (@Sendable () -> [[String: JSONValue]])?

    /// A message as the kernel delivers it. `pending` returns the `data` of comm messages for the same
    /// comm that arrived after this one and wait to be handled (see `newerMessages`).
    public init(commID: String, data: [String: JSONValue] = [:], metadata: [String: JSONValue] = [:],
                buffers: [Data] = [], header: [String: JSONValue] = [:], context: (any ExecutionContext)? = nil,
                pending: (@Sendable () -> [[String: JSONValue]])? = nil) {
        self.commID = commID
        self.data = data
        self.metadata = metadata
        self.buffers = buffers
        self.header = header
        self.context = context
        self.pendingProbe = pending
    }

    /// The `data` of the `comm_msg`s for this comm that reached the kernel after this one and are queued
    /// behind it, oldest first. A handler can coalesce (skip work a newer message makes stale) or stop a
    /// long callback early. Looking drains the shell socket without blocking; nothing is lost or reordered.
    /// Answers only while the kernel is handling this message (empty afterwards).
    public var newerMessages: [[String: JSONValue]] { pendingProbe?() ?? [] }

    /// True when a newer `comm_msg` for this comm is already waiting.
    public var isSuperseded: Bool { !newerMessages.isEmpty }
}

/// A comm: one end of a channel between a kernel-side object and its frontend counterpart
/// (the messaging spec's "custom messages"). Made by `CommManager`, either when the frontend opens
/// one on a registered target or when the kernel side calls `CommManager.open`.
///
/// Thread safety: every member may be called from any thread. Handlers run on the thread that
/// serves the kernel's shell socket (see `CommManager`).
public final class Comm: @unchecked Sendable {
    /// `comm_id`.
    public let id: String
    /// The target the comm was opened on.
    public let targetName: String
    private let lock = NSLock()
    private var open = true
    private var messageHandler: (@Sendable (CommMessage) -> Void)?
    private var closeHandler: (@Sendable (CommMessage) -> Void)?
    private weak var manager: CommManager?

    init(id: String, targetName: String, manager: CommManager) {
        self.id = id
        self.targetName = targetName
        self.manager = manager
    }

    /// False once either side closed the comm.
    public var isOpen: Bool { lock.withLock { open } }

    /// Sets the handler of `comm_msg`s from the frontend (replacing any earlier one).
    public func onMessage(_ handler: @escaping @Sendable (CommMessage) -> Void) {
        lock.withLock { messageHandler = handler }
    }

    /// Sets the handler called when the frontend closes the comm (not when the kernel side does).
    public func onClose(_ handler: @escaping @Sendable (CommMessage) -> Void) {
        lock.withLock { closeHandler = handler }
    }

    /// Publishes a `comm_msg` on iopub. A closed comm sends nothing and logs one line.
    public func send(data: [String: JSONValue], metadata: [String: JSONValue] = [:], buffers: [Data] = []) {
        guard isOpen else {
            manager?.log("comm_msg on closed comm \(id) not sent")
            return
        }
        manager?.publish("comm_msg", content: ["comm_id": .string(id), "data": .object(data)],
                         metadata: metadata, buffers: buffers)
    }

    /// Closes the comm from the kernel side: publishes `comm_close` and forgets it. Closing twice is a no-op.
    public func close(data: [String: JSONValue] = [:], metadata: [String: JSONValue] = [:], buffers: [Data] = []) {
        let wasOpen = lock.withLock { () -> Bool in
            let was = open
            open = false
            return was
        }
        guard wasOpen else { return }
        manager?.forget(self)
        manager?.publish("comm_close", content: ["comm_id": .string(id), "data": .object(data)],
                         metadata: metadata, buffers: buffers)
    }

    func deliver(_ message: CommMessage) {
        guard let handler = lock.withLock({ messageHandler }) else {
            manager?.log("comm_msg for comm \(id) (target \"\(targetName)\") has no handler: ignored")
            return
        }
        handler(message)
    }

    func closedByFrontend(_ message: CommMessage) {
        let handler = lock.withLock { () -> (@Sendable (CommMessage) -> Void)? in
            open = false
            return closeHandler
        }
        handler?(message)
    }
}
