import CZeroMQ
import Foundation

/// Errors of `ExecutionContext.input`.
public enum InputError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The execute_request had allow_stdin false.
    case stdinNotAllowed
    /// The execution was interrupted while waiting for the reply.
    case interrupted
    /// The kernel is shutting down or the socket failed.
    case channelClosed(String)

    /// What went wrong, in one line.
    public var description: String {
        switch self {
        case .stdinNotAllowed: "this frontend does not support input requests (allow_stdin is false)"
        case .interrupted: "input was interrupted"
        case .channelClosed(let reason): "stdin channel closed: \(reason)"
        }
    }
}

/// The stdin ROUTER: sends input_request to the frontend that sent the running execute_request and
/// waits for its input_reply, polling so an interrupt ends the wait.
final class StdinChannel: @unchecked Sendable {
    private let lock = NSLock()
    private let socket: ZMQSocket
    private let codec: WireCodec
    private let log: KernelLog

    init(socket: ZMQSocket, codec: WireCodec, log: KernelLog) {
        self.socket = socket
        self.codec = codec
        self.log = log
    }

    func ask(prompt: String, password: Bool, identities: [Data], parent: [String: JSONValue],
             interrupt: InterruptFlag) throws -> String {
        lock.lock()
        defer { lock.unlock() }
        do {
            // Replies to earlier, abandoned requests must not answer this one.
            while try socket.waitForInput(milliseconds: 0) { _ = try socket.receive() }
            let frames = try codec.encode(messageType: "input_request",
                                          content: ["prompt": .string(prompt), "password": .bool(password)],
                                          parentHeader: parent, identities: identities)
            try sendWhenPeerConnected(frames, interrupt: interrupt)
            while true {
                if interrupt.isRaised { throw InputError.interrupted }
                guard try socket.waitForInput(milliseconds: 50) else { continue }
                let received = try socket.receive()
                let message: WireMessage
                do {
                    message = try codec.decode(received)
                } catch {
                    log("dropped message on stdin: \(error)")
                    continue
                }
                guard message.messageType == "input_reply" else {
                    log("ignored \(message.messageType) on stdin while waiting for input_reply")
                    continue
                }
                guard let value = message.content["value"]?.stringValue else {
                    log("ignored input_reply whose value is not a string")
                    continue
                }
                return value
            }
        } catch let error as ZMQError {
            throw InputError.channelClosed(error.description)
        }
    }

    /// The socket has ZMQ_ROUTER_MANDATORY, so a frontend whose stdin is not (yet) connected makes the
    /// send fail instead of the request vanishing; retry briefly, then give up with a clear error.
    private func sendWhenPeerConnected(_ frames: [Data], interrupt: InterruptFlag) throws {
        let deadline = Date().addingTimeInterval(2)
        while true {
            do {
                try socket.send(frames)
                return
            } catch let error as ZMQError where error.code == EHOSTUNREACH {
                if interrupt.isRaised { throw InputError.interrupted }
                if Date() > deadline { throw InputError.channelClosed("no frontend is connected to stdin") }
                usleep(10_000)
            }
        }
    }

    func close() {
        lock.lock()
        defer { lock.unlock() }
        socket.close()
    }
}
