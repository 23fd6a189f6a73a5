import CZeroMQ

/// A failed libzmq call, with `zmq_errno()` and its message.
public struct ZMQError: Error, CustomStringConvertible, Sendable {
    /// The call that failed.
    public var operation: String
    /// `zmq_errno()` at the time of the failure.
    public var code: Int32

    /// The error of the last libzmq call on this thread.
    static func current(_ operation: String) -> ZMQError {
        ZMQError(operation: operation, code: zmq_errno())
    }

    /// True when the context was shut down (the owning loop should stop).
    public var isTerminated: Bool { code == ETERM }

    /// "operation: libzmq message".
    public var description: String {
        let message = zmq_strerror(code).map { String(cString: $0) } ?? "error \(code)"
        return "\(operation): \(message)"
    }
}
