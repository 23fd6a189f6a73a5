import CZeroMQ
import Foundation

/// iopub: an XPUB socket owned by its own OS thread (`IOPubForwarder`), fed through an inproc queue.
///
/// Shell and control threads (and anything an interpreter calls from) publish through one inproc PUSH
/// socket under a lock, so each thread's messages keep their order and no two sends interleave frames.
/// The forwarder thread moves them to the XPUB socket and answers every new subscription with an
/// `iopub_welcome` message (as ipykernel does), so a frontend knows at once that iopub is connected.
final class IOPubPublisher: @unchecked Sendable {
    private let lock = NSLock()
    private let producer: ZMQSocket
    private let forwarder: IOPubForwarder
    private let codec: WireCodec
    private let log: KernelLog
    private var isClosed = false
    private var published = 0

    /// `socket` is the bound XPUB; from now on it belongs to the forwarder thread.
    init(context: ZMQContext, socket: ZMQSocket, codec: WireCodec, log: KernelLog) throws {
        let endpoint = "inproc://iopub-\(UUID().uuidString)"
        let queue = try ZMQSocket(context: context, type: ZMQ_PULL)
        try queue.setOption(ZMQ_LINGER, 0)
        try queue.setOption(ZMQ_RCVHWM, 0)
        try queue.bind(endpoint)
        producer = try ZMQSocket(context: context, type: ZMQ_PUSH)
        try producer.setOption(ZMQ_LINGER, 0)
        try producer.setOption(ZMQ_SNDHWM, 0)
        try producer.connect(endpoint)
        self.codec = codec
        self.log = log
        forwarder = IOPubForwarder(socket: socket, queue: queue, codec: codec, log: log)
        forwarder.start()
    }

    /// Publishes one message with `parent` as parent_header. Failures are logged, never thrown:
    /// a lost output must not stop the request that produced it.
    func publish(_ messageType: String, content: [String: JSONValue], parent: [String: JSONValue],
                 metadata: [String: JSONValue] = [:], buffers: [Data] = []) {
        let topic = Data("kernel.\(codec.session).\(messageType)".utf8)
        let frames: [Data]
        do {
            frames = try codec.encode(messageType: messageType, content: content, parentHeader: parent,
                                      metadata: metadata, identities: [topic], buffers: buffers)
        } catch {
            log("could not encode \(messageType) for iopub: \(error)")
            return
        }
        lock.lock()
        defer { lock.unlock() }
        guard !isClosed else { return }
        do {
            try producer.send(frames)
            published += 1
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

    /// Waits (up to `timeout` seconds) until everything published so far is on the XPUB socket.
    func flush(timeout: Double) {
        let target = lock.withLock { published }
        let deadline = Date().addingTimeInterval(timeout)
        while forwarder.forwardedCount < target, Date() < deadline { usleep(500) }
    }

    /// Closes the producer; later publishes are dropped. The forwarder stops with the context.
    func close() {
        lock.lock()
        defer { lock.unlock() }
        isClosed = true
        producer.close()
    }

    /// Waits until the forwarder thread has closed its sockets.
    func waitUntilStopped(timeout: Double) -> Bool {
        forwarder.waitUntilStopped(timeout: timeout)
    }
}

/// The thread that owns the XPUB socket: forwards queued messages, welcomes subscribers.
final class IOPubForwarder: @unchecked Sendable {
    private let socket: ZMQSocket
    private let queue: ZMQSocket
    private let codec: WireCodec
    private let log: KernelLog
    private let counterLock = NSLock()
    private var forwarded = 0
    private let finished = DispatchSemaphore(value: 0)

    init(socket: ZMQSocket, queue: ZMQSocket, codec: WireCodec, log: KernelLog) {
        self.socket = socket
        self.queue = queue
        self.codec = codec
        self.log = log
    }

    var forwardedCount: Int { counterLock.withLock { forwarded } }

    func start() {
        let thread = Thread { [self] in
            serve()
            queue.close()
            socket.close()
            finished.signal()
        }
        thread.name = "iopub"
        thread.start()
    }

    func waitUntilStopped(timeout: Double) -> Bool {
        finished.wait(timeout: .now() + timeout) == .success
    }

    private func serve() {
        var items = [
            zmq_pollitem_t(socket: queue.handle, fd: 0, events: Int16(ZMQ_POLLIN), revents: 0),
            zmq_pollitem_t(socket: socket.handle, fd: 0, events: Int16(ZMQ_POLLIN), revents: 0),
        ]
        while true {
            let status = zmq_poll(&items, 2, -1)
            if status < 0 {
                if zmq_errno() == EINTR { continue }
                return  // ETERM: the kernel is shutting down.
            }
            do {
                if items[0].revents & Int16(ZMQ_POLLIN) != 0 {
                    let frames = try queue.receive(dontWait: true)
                    try socket.send(frames)
                    counterLock.withLock { forwarded += 1 }
                }
                if items[1].revents & Int16(ZMQ_POLLIN) != 0 {
                    welcome(try socket.receive(dontWait: true))
                }
            } catch let error as ZMQError where error.isTerminated {
                return
            } catch let error as ZMQError where error.code == EAGAIN {
                continue
            } catch {
                log("iopub forwarding failed: \(error)")
            }
        }
    }

    /// XPUB delivers subscriptions as one frame: 0x01 + topic (0x00 + topic for unsubscribe).
    private func welcome(_ frames: [Data]) {
        for frame in frames where frame.first == 1 {
            let topic = frame.dropFirst()
            let content: [String: JSONValue] = ["subscription": .string(String(decoding: topic, as: UTF8.self))]
            do {
                let message = try codec.encode(messageType: "iopub_welcome", content: content, parentHeader: [:],
                                               identities: topic.isEmpty ? [] : [Data(topic)])
                try socket.send(message)
            } catch {
                log("could not send iopub_welcome: \(error)")
            }
        }
    }
}
