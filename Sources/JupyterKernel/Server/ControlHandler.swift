import Foundation

/// Serves the control ROUTER on its own OS thread, so interrupt_request and shutdown_request are
/// answered while a cell runs on the shell thread.
final class ControlHandler: @unchecked Sendable {
    private let interpreter: any Interpreter
    private let socket: ZMQSocket
    private let codec: WireCodec
    private let responder: Responder
    private let publisher: IOPubPublisher
    private let log: KernelLog
    private let onInterrupt: @Sendable (_ sentAt: Date?) -> Void
    private let onShutdownRequest: @Sendable (_ restart: Bool) -> Void
    private let finished = DispatchSemaphore(value: 0)

    init(interpreter: any Interpreter, socket: ZMQSocket, codec: WireCodec, publisher: IOPubPublisher,
         log: KernelLog, onInterrupt: @escaping @Sendable (_ sentAt: Date?) -> Void,
         onShutdownRequest: @escaping @Sendable (_ restart: Bool) -> Void) {
        self.interpreter = interpreter
        self.socket = socket
        self.codec = codec
        self.publisher = publisher
        self.responder = Responder(codec: codec, publisher: publisher, log: log)
        self.log = log
        self.onInterrupt = onInterrupt
        self.onShutdownRequest = onShutdownRequest
    }

    /// Starts the control thread; from now on the socket belongs to it.
    func start() {
        let thread = Thread { [self] in
            serve()
            socket.close()
            finished.signal()
        }
        thread.name = "control"
        thread.start()
    }

    /// Waits until the control thread has closed its socket.
    func waitUntilStopped(timeout: Double) -> Bool {
        finished.wait(timeout: .now() + timeout) == .success
    }

    private func serve() {
        while true {
            let frames: [Data]
            do {
                frames = try socket.receive()
            } catch let error as ZMQError where error.isTerminated {
                return
            } catch {
                log("control receive failed: \(error)")
                continue
            }
            let request: WireMessage
            do {
                request = try codec.decode(frames)
            } catch {
                log("dropped message on control: \(error)")
                continue
            }
            handle(request)
        }
    }

    private func handle(_ request: WireMessage) {
        let type = request.messageType
        switch type {
        case "interrupt_request":
            responder.busy(request) {
                onInterrupt(request.header["date"]?.stringValue.flatMap(ISODate.parse))
                responder.reply(to: request, "interrupt_reply", ["status": "ok"], on: socket)
            }
        case "shutdown_request":
            let restart = (try? RequestFields(content: request.content, messageType: type)
                .bool("restart", default: false)) ?? false
            responder.busy(request) {
                let content: [String: JSONValue] = ["status": "ok", "restart": .bool(restart)]
                responder.reply(to: request, "shutdown_reply", content, on: socket)
                publisher.publish("shutdown_reply", content: content, parent: request.header)
            }
            onShutdownRequest(restart)
        case "kernel_info_request":
            responder.busy(request) {
                responder.reply(to: request, "kernel_info_reply", KernelInfoContent.make(interpreter), on: socket)
            }
        default:
            log("ignored unknown message type \"\(type)\" on control")
        }
    }
}
