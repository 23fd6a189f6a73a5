import CZeroMQ
import Foundation

/// A libzmq socket. Not thread-safe (libzmq's rule): exactly one thread uses it at a time; the
/// kernel documents which thread owns each socket.
public final class ZMQSocket: @unchecked Sendable {
    /// The `void *` socket handle.
    let handle: UnsafeMutableRawPointer
    private var isClosed = false

    /// Creates a socket of `type` (ZMQ_ROUTER, ZMQ_PUB, ...) in `context`.
    public init(context: ZMQContext, type: Int32) throws {
        guard let handle = zmq_socket(context.handle, type) else { throw ZMQError.current("zmq_socket") }
        self.handle = handle
    }

    /// Sets an integer option.
    public func setOption(_ option: Int32, _ value: Int32) throws {
        var value = value
        guard zmq_setsockopt(handle, option, &value, MemoryLayout<Int32>.size) == 0 else {
            throw ZMQError.current("zmq_setsockopt(\(option))")
        }
    }

    /// Sets a byte-string option (identities, subscriptions, CurveZMQ keys).
    public func setOption(_ option: Int32, bytes: [UInt8]) throws {
        let status = bytes.withUnsafeBytes { buffer in
            zmq_setsockopt(handle, option, buffer.baseAddress, buffer.count)
        }
        guard status == 0 else { throw ZMQError.current("zmq_setsockopt(\(option))") }
    }

    /// Binds to `endpoint`.
    public func bind(_ endpoint: String) throws {
        guard zmq_bind(handle, endpoint) == 0 else { throw ZMQError.current("zmq_bind(\(endpoint))") }
    }

    /// Connects to `endpoint`.
    public func connect(_ endpoint: String) throws {
        guard zmq_connect(handle, endpoint) == 0 else { throw ZMQError.current("zmq_connect(\(endpoint))") }
    }

    /// Sends `frames` as one multipart message (ZMQ_SNDMORE on all but the last frame).
    public func send(_ frames: [Data], dontWait: Bool = false) throws {
        for (index, frame) in frames.enumerated() {
            var flags: Int32 = index < frames.count - 1 ? ZMQ_SNDMORE : 0
            if dontWait { flags |= ZMQ_DONTWAIT }
            try sendFrame(frame, flags: flags)
        }
    }

    private func sendFrame(_ frame: Data, flags: Int32) throws {
        while true {
            let status = frame.withUnsafeBytes { buffer in
                zmq_send(handle, buffer.baseAddress, buffer.count, flags)
            }
            if status >= 0 { return }
            if zmq_errno() == EINTR { continue }
            throw ZMQError.current("zmq_send")
        }
    }

    /// Receives one multipart message, blocking (unless `dontWait`), reading frames with zmq_msg_t
    /// until ZMQ_RCVMORE is clear.
    public func receive(dontWait: Bool = false) throws -> [Data] {
        var frames: [Data] = []
        var message = zmq_msg_t()
        while true {
            guard zmq_msg_init(&message) == 0 else { throw ZMQError.current("zmq_msg_init") }
            defer { zmq_msg_close(&message) }
            let flags: Int32 = dontWait && frames.isEmpty ? ZMQ_DONTWAIT : 0
            var status: Int32 = -1
            while true {
                status = zmq_msg_recv(&message, handle, flags)
                if status >= 0 || zmq_errno() != EINTR { break }
            }
            guard status >= 0 else { throw ZMQError.current("zmq_msg_recv") }
            let size = zmq_msg_size(&message)
            if let bytes = zmq_msg_data(&message), size > 0 {
                frames.append(Data(bytes: bytes, count: size))
            } else {
                frames.append(Data())
            }
            if zmq_msg_more(&message) == 0 { return frames }
        }
    }

    /// Waits up to `milliseconds` (-1: forever) for a message to read. Returns true when one is ready.
    public func waitForInput(milliseconds: Int) throws -> Bool {
        var item = zmq_pollitem_t(socket: handle, fd: 0, events: Int16(ZMQ_POLLIN), revents: 0)
        while true {
            let status = zmq_poll(&item, 1, milliseconds)
            if status >= 0 { return status > 0 && (item.revents & Int16(ZMQ_POLLIN)) != 0 }
            if zmq_errno() == EINTR { continue }
            throw ZMQError.current("zmq_poll")
        }
    }

    /// Closes the socket (idempotent). Pending outgoing messages are flushed by `ZMQContext.terminate`
    /// up to ZMQ_LINGER.
    public func close() {
        guard !isClosed else { return }
        isClosed = true
        _ = zmq_close(handle)
    }
}
