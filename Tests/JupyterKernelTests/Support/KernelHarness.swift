import CZeroMQ
import Foundation
@testable import JupyterKernel

/// A kernel served on a background thread over ipc, plus a client with real ZeroMQ sockets that signs
/// with the same key: DEALER for shell, control and stdin, SUB for iopub, REQ for heartbeat.
final class KernelHarness: @unchecked Sendable {
    enum ClientChannel { case shell, control, stdin }

    let interpreter = ScriptedInterpreter()
    let connection: ConnectionInfo
    let server: KernelServer
    let context: ZMQContext
    let shell: ZMQSocket, control: ZMQSocket, stdin: ZMQSocket, iopub: ZMQSocket, heartbeat: ZMQSocket
    /// The client's codec (its own replay history, the kernel's key).
    let codec: WireCodec
    private let logLock = NSLock()
    private var logLines: [String] = []
    private let stopped = DispatchSemaphore(value: 0)
    private let outcomeLock = NSLock()
    private var outcome: Result<KernelServer.ShutdownOutcome, any Error>?

    /// `listeningBeforehand`: serve tcp on 127.0.0.1 through listening sockets bound before the kernel
    /// starts (as landscape-kernel-launcher does), which the kernel must adopt; else ipc.
    init(key: String = "secret-key", curve: (public: String, secret: String)? = nil,
         listeningBeforehand: Bool = false, pendingInterruptWindow: Double = 1.0) throws {
        var adopted: [Channel: Int32] = [:]
        if listeningBeforehand {
            var ports: [Int] = []
            for _ in Channel.allCases { ports.append(try Self.freeTCPPort()) }
            connection = ConnectionInfo(transport: .tcp, ip: "127.0.0.1", shellPort: ports[0], iopubPort: ports[1],
                                        stdinPort: ports[2], controlPort: ports[3], heartbeatPort: ports[4],
                                        key: Array(key.utf8), curveSecretKey: curve?.secret, curvePublicKey: curve?.public)
            guard let listeners = ListeningSockets.open(for: connection) else { throw HarnessError("cannot listen") }
            adopted = ListeningSockets.adoptable(ListeningSockets.encode(listeners), for: connection)
            guard adopted.count == Channel.allCases.count else { throw HarnessError("listeners not adoptable") }
        } else {
            let directory = FileManager.default.temporaryDirectory
                .appendingPathComponent("lk-\(UUID().uuidString.prefix(8))")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            connection = ConnectionInfo(transport: .ipc, ip: directory.appendingPathComponent("k").path,
                                        shellPort: 1, iopubPort: 2, stdinPort: 3, controlPort: 4, heartbeatPort: 5,
                                        key: Array(key.utf8), curveSecretKey: curve?.secret,
                                        curvePublicKey: curve?.public)
        }
        let lines = LogBox()
        server = KernelServer(connection: connection, interpreter: interpreter,
                              options: .init(log: KernelLog { lines.append($0) }, adoptedListeners: adopted,
                                             pendingInterruptWindow: pendingInterruptWindow))
        logBox = lines
        context = try ZMQContext()
        codec = WireCodec(signer: MessageSigner(key: Array(key.utf8)), history: DigestHistory(),
                          session: "test-client")
        shell = try ZMQSocket(context: context, type: ZMQ_DEALER)
        control = try ZMQSocket(context: context, type: ZMQ_DEALER)
        stdin = try ZMQSocket(context: context, type: ZMQ_DEALER)
        iopub = try ZMQSocket(context: context, type: ZMQ_SUB)
        heartbeat = try ZMQSocket(context: context, type: ZMQ_REQ)
        let identity = Array("client-\(UUID().uuidString.prefix(8))".utf8)
        for socket in [shell, control, stdin, iopub, heartbeat] {
            try socket.setOption(ZMQ_LINGER, 0)
            if let curve {
                let client = try Self.curveKeyPair()
                try socket.setOption(ZMQ_CURVE_SERVERKEY, bytes: Array(curve.public.utf8))
                try socket.setOption(ZMQ_CURVE_PUBLICKEY, bytes: Array(client.public.utf8))
                try socket.setOption(ZMQ_CURVE_SECRETKEY, bytes: Array(client.secret.utf8))
            }
        }
        try shell.setOption(ZMQ_ROUTING_ID, bytes: identity)
        try stdin.setOption(ZMQ_ROUTING_ID, bytes: identity)
        try iopub.setOption(ZMQ_SUBSCRIBE, bytes: [])
    }

    private let logBox: LogBox

    /// Lines the kernel logged so far.
    var log: [String] { logBox.lines }

    /// Starts the kernel thread and connects the client; returns once iopub is live.
    func start() throws {
        let thread = Thread { [self] in
            let result = Result { try server.run() }
            outcomeLock.withLock { outcome = result }
            stopped.signal()
        }
        thread.start()
        try shell.connect(connection.endpoint(of: .shell))
        try control.connect(connection.endpoint(of: .control))
        try stdin.connect(connection.endpoint(of: .stdin))
        try iopub.connect(connection.endpoint(of: .iopub))
        try heartbeat.connect(connection.endpoint(of: .heartbeat))
        // Like jupyter_client's wait_for_ready: kernel_info until iopub delivers something (its
        // iopub_welcome, or the status of a request), then drain iopub.
        for _ in 0..<100 {
            _ = try send(.shell, "kernel_info_request")
            _ = try receive(.shell, timeout: 2000)
            if try iopub.waitForInput(milliseconds: 100) {
                while try iopub.waitForInput(milliseconds: 50) { _ = try iopub.receive() }
                return
            }
        }
        throw HarnessError("kernel did not come up")
    }

    /// A TCP port on 127.0.0.1 that was free a moment ago.
    static func freeTCPPort() throws -> Int {
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { Glibc.close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard ok else { throw HarnessError("no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Shuts the kernel down through control and waits for `run()` to return.
    @discardableResult
    func stop(restart: Bool = false) throws -> KernelServer.ShutdownOutcome {
        _ = try send(.control, "shutdown_request", ["restart": .bool(restart)])
        _ = try? receive(.control, timeout: 2000)
        guard stopped.wait(timeout: .now() + 10) == .success else { throw HarnessError("kernel did not stop") }
        for socket in [shell, control, stdin, iopub, heartbeat] { socket.close() }
        context.terminate()
        guard let result = outcomeLock.withLock({ outcome }) else { throw HarnessError("no outcome") }
        return try result.get()
    }

    func socket(_ channel: ClientChannel) -> ZMQSocket {
        switch channel {
        case .shell: shell
        case .control: control
        case .stdin: stdin
        }
    }

    /// Sends a signed request; returns its msg_id.
    @discardableResult
    func send(_ channel: ClientChannel, _ type: String, _ content: [String: JSONValue] = [:],
              metadata: [String: JSONValue] = [:], buffers: [Data] = []) throws -> String {
        let frames = try codec.encode(messageType: type, content: content, parentHeader: [:], metadata: metadata,
                                      identities: [], buffers: buffers)
        try socket(channel).send(frames)
        return try JSONValue.parse(frames[2])["msg_id"]?.stringValue ?? ""
    }

    /// Sends a signed request whose header date is `sentAt` (a request that was on its way that long);
    /// returns its msg_id.
    @discardableResult
    func send(_ channel: ClientChannel, _ type: String, _ content: [String: JSONValue] = [:],
              sentAt: Date) throws -> String {
        var header = codec.makeHeader(messageType: type)
        header["date"] = .string(WireCodec.timestamp(sentAt))
        let parts = [try JSONValue.object(header).serialized(), try JSONValue.object([:]).serialized(),
                     try JSONValue.object([:]).serialized(), try JSONValue.object(content).serialized()]
        try socket(channel).send([WireCodec.delimiter, codec.signer.signature(of: parts)] + parts)
        return header["msg_id"]?.stringValue ?? ""
    }

    /// Sends raw frames on shell (for bad-input tests).
    func sendRaw(_ frames: [Data], on channel: ClientChannel = .shell) throws {
        try socket(channel).send(frames)
    }

    /// The next message on a channel, or nil after `timeout` ms.
    func receive(_ channel: ClientChannel, timeout: Int = 5000) throws -> WireMessage? {
        let socket = socket(channel)
        guard try socket.waitForInput(milliseconds: timeout) else { return nil }
        return try codec.decode(try socket.receive())
    }

    /// The next iopub message, or nil after `timeout` ms.
    func receiveIOPub(timeout: Int = 5000) throws -> WireMessage? {
        guard try iopub.waitForInput(milliseconds: timeout) else { return nil }
        return try codec.decode(try iopub.receive())
    }

    /// iopub messages whose parent is `msgID`, up to and including its idle status.
    func drainIOPub(until msgID: String, timeout: Int = 5000) throws -> [WireMessage] {
        var collected: [WireMessage] = []
        while let message = try receiveIOPub(timeout: timeout) {
            guard message.parentHeader["msg_id"]?.stringValue == msgID else { continue }
            collected.append(message)
            if message.messageType == "status", message.content["execution_state"] == "idle" { return collected }
        }
        throw HarnessError("no idle for \(msgID); got \(collected.map(\.messageType))")
    }

    /// Sends a request on shell and returns (reply, iopub messages of the request).
    func request(_ type: String, _ content: [String: JSONValue] = [:],
                 timeout: Int = 5000) throws -> (WireMessage, [WireMessage]) {
        let id = try send(.shell, type, content)
        guard let reply = try receive(.shell, timeout: timeout) else { throw HarnessError("no reply to \(type)") }
        return (reply, try drainIOPub(until: id, timeout: timeout))
    }

    /// Runs `code`; returns the execute_reply and the iopub messages in order.
    func execute(_ code: String, _ extra: [String: JSONValue] = [:],
                 timeout: Int = 5000) throws -> (WireMessage, [WireMessage]) {
        var content: [String: JSONValue] = ["code": .string(code), "silent": false, "store_history": true,
                                            "allow_stdin": false, "stop_on_error": true, "user_expressions": [:]]
        for (key, value) in extra { content[key] = value }
        return try request("execute_request", content, timeout: timeout)
    }

    /// A heartbeat ping; true when echoed within `timeout` ms.
    func ping(timeout: Int = 2000) throws -> Bool {
        try heartbeat.send([Data("ping".utf8)])
        guard try heartbeat.waitForInput(milliseconds: timeout) else { return false }
        return try heartbeat.receive() == [Data("ping".utf8)]
    }

    static func curveKeyPair() throws -> (public: String, secret: String) {
        var publicKey = [CChar](repeating: 0, count: 41)
        var secretKey = [CChar](repeating: 0, count: 41)
        guard zmq_curve_keypair(&publicKey, &secretKey) == 0 else { throw HarnessError("zmq_curve_keypair failed") }
        return (String(decoding: publicKey.prefix(40).map { UInt8(bitPattern: $0) }, as: UTF8.self),
                String(decoding: secretKey.prefix(40).map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }
}

struct HarnessError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

final class LogBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    func append(_ line: String) { lock.withLock { stored.append(line) } }
    var lines: [String] { lock.withLock { stored } }
}
