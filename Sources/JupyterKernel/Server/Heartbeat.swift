import CZeroMQ
import Foundation

/// Echoes heartbeat pings on its own OS thread with `zmq_proxy(socket, socket)`, so a cell that
/// computes for minutes never makes the kernel look dead. Stops when the context is shut down.
final class Heartbeat: @unchecked Sendable {
    private let socket: ZMQSocket
    private let finished = DispatchSemaphore(value: 0)

    /// `socket` is a bound ROUTER; from `start()` on it belongs to the heartbeat thread.
    init(socket: ZMQSocket) {
        self.socket = socket
    }

    func start() {
        let thread = Thread { [self] in
            _ = zmq_proxy(socket.handle, socket.handle, nil)
            socket.close()
            finished.signal()
        }
        thread.name = "heartbeat"
        thread.start()
    }

    /// Waits until the heartbeat thread has closed its socket.
    func waitUntilStopped(timeout: Double) -> Bool {
        finished.wait(timeout: .now() + timeout) == .success
    }
}
