import CZeroMQ

/// A libzmq context. Thread-safe by libzmq's contract.
public final class ZMQContext: @unchecked Sendable {
    /// The `void *` context handle.
    let handle: UnsafeMutableRawPointer

    /// Creates a context.
    public init() throws {
        guard let handle = zmq_ctx_new() else { throw ZMQError.current("zmq_ctx_new") }
        self.handle = handle
    }

    /// Makes every blocking call on this context's sockets return ETERM (callable from any thread).
    public func shutdown() {
        _ = zmq_ctx_shutdown(handle)
    }

    /// Waits until every socket is closed and pending messages are flushed (up to their linger).
    public func terminate() {
        while zmq_ctx_term(handle) == -1, zmq_errno() == EINTR {}
    }
}
