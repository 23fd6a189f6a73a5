import CZeroMQ
import Foundation

/// The single owner of the iopub PUB socket. Shell and control threads both publish; a lock
/// serialises them, so each thread's messages keep their order and no two sends interleave frames.
final class IOPubPublisher: @unchecked Sendable {
    private let lock = NSLock()
    private let socket: ZMQSocket
    private let codec: WireCodec
    private let log: KernelLog
    private var isClosed = false

    init(socket: ZMQSocket, codec: WireCodec, log: KernelLog) {
        self.socket = socket
        self.codec = codec
        self.log = log
    }

    /// Publishes one message with `parent` as parent_header. Failures are logged, never thrown:
    /// a lost output must not stop the request that produced it.
    func publish(_ messageType: String, content: [String: JSONValue], parent: [String: JSONValue],
                 metadata: [String: JSONValue] = [:]) {
        let topic = Data("kernel.\(codec.session).\(messageType)".utf8)
        let frames: [Data]
        do {
            frames = try codec.encode(messageType: messageType, content: content, parentHeader: parent,
                                      metadata: metadata, identities: [topic])
        } catch {
            log("could not encode \(messageType) for iopub: \(error)")
            return
        }
        lock.lock()
        defer { lock.unlock() }
        guard !isClosed else { return }
        do {
            try socket.send(frames)
        } catch let error as ZMQError where error.isTerminated {
            // The kernel is shutting down; nothing listens any more.
        } catch {
            log("could not publish \(messageType): \(error)")
        }
    }

    /// Publishes `status` with `execution_state` busy or idle.
    func status(_ state: String, parent: [String: JSONValue]) {
        publish("status", content: ["execution_state": .string(state)], parent: parent)
    }

    /// Closes the socket; later publishes are dropped.
    func close() {
        lock.lock()
        defer { lock.unlock() }
        isClosed = true
        socket.close()
    }
}
