import Foundation

/// The transports a connection file can name.
public enum Transport: String, Sendable, Equatable {
    case tcp
    case ipc
}

/// The five channels of a Jupyter kernel.
public enum Channel: String, Sendable, CaseIterable {
    case shell, iopub, stdin, control, heartbeat = "hb"
}

/// A parsed and validated Jupyter connection file.
public struct ConnectionInfo: Sendable, Equatable {
    /// tcp or ipc.
    public var transport: Transport
    /// The address to bind: an IP for tcp, a path prefix for ipc.
    public var ip: String
    /// The shell ROUTER port (tcp) or path suffix (ipc).
    public var shellPort: Int
    /// The iopub PUB port.
    public var iopubPort: Int
    /// The stdin ROUTER port.
    public var stdinPort: Int
    /// The control ROUTER port.
    public var controlPort: Int
    /// The heartbeat port.
    public var heartbeatPort: Int
    /// The HMAC key; empty means messages are neither signed nor checked.
    public var key: [UInt8]
    /// The signature scheme; only "hmac-sha256" is supported.
    public var signatureScheme: String
    /// The server's CurveZMQ secret key (Z85, 40 characters), when the file provisions encryption.
    public var curveSecretKey: String?
    /// The server's CurveZMQ public key (Z85, 40 characters), when the file provisions encryption.
    public var curvePublicKey: String?

    /// Creates connection info directly (used by tests and embedders).
    public init(transport: Transport, ip: String, shellPort: Int, iopubPort: Int, stdinPort: Int,
                controlPort: Int, heartbeatPort: Int, key: [UInt8], signatureScheme: String = "hmac-sha256",
                curveSecretKey: String? = nil, curvePublicKey: String? = nil) {
        self.transport = transport
        self.ip = ip
        self.shellPort = shellPort
        self.iopubPort = iopubPort
        self.stdinPort = stdinPort
        self.controlPort = controlPort
        self.heartbeatPort = heartbeatPort
        self.key = key
        self.signatureScheme = signatureScheme
        self.curveSecretKey = curveSecretKey
        self.curvePublicKey = curvePublicKey
    }

    /// True when the sockets are served with CurveZMQ encryption.
    public var usesCurve: Bool { curveSecretKey != nil }

    /// The port (tcp) or path suffix (ipc) of `channel`.
    public func port(of channel: Channel) -> Int {
        switch channel {
        case .shell: shellPort
        case .iopub: iopubPort
        case .stdin: stdinPort
        case .control: controlPort
        case .heartbeat: heartbeatPort
        }
    }

    /// The ZeroMQ endpoint `channel` binds: `tcp://IP:PORT` (IPv6 in brackets) or `ipc://PATH-PORT`.
    public func endpoint(of channel: Channel) -> String {
        let port = port(of: channel)
        switch transport {
        case .tcp:
            return ip.contains(":") ? "tcp://[\(ip)]:\(port)" : "tcp://\(ip):\(port)"
        case .ipc:
            return "ipc://\(ip)-\(port)"
        }
    }

    /// True when the tcp address is IPv6 (ZMQ_IPV6 must be enabled on the sockets).
    public var isIPv6: Bool { transport == .tcp && ip.contains(":") }

    /// Reads and validates a connection file. Throws `ConnectionFileError` with a one-line reason.
    public static func load(path: String) throws -> ConnectionInfo {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ConnectionFileError(path: path, reason: "cannot be read (\(error.localizedDescription))")
        }
        return try parse(data, path: path)
    }

    /// Validates the JSON text of a connection file.
    public static func parse(_ data: Data, path: String = "<connection file>") throws -> ConnectionInfo {
        func fail(_ reason: String) -> ConnectionFileError { ConnectionFileError(path: path, reason: reason) }
        let json: JSONValue
        do {
            json = try JSONValue.parse(data)
        } catch {
            throw fail("is not valid JSON")
        }
        guard let object = json.objectValue else { throw fail("is not a JSON object") }

        func string(_ key: String, default fallback: String? = nil) throws -> String {
            switch object[key] {
            case .string(let value): return value
            case nil, .null?:
                if let fallback { return fallback }
                throw fail("has no \"\(key)\"")
            default: throw fail("has a \"\(key)\" that is not a string")
            }
        }
        func port(_ key: String, transport: Transport) throws -> Int {
            guard let value = object[key] else { throw fail("has no \"\(key)\"") }
            guard let number = value.intValue else { throw fail("has a \"\(key)\" that is not an integer") }
            let upper = transport == .tcp ? 65535 : Int(Int32.max)
            guard number >= 1, number <= upper else {
                throw fail("has \"\(key)\" \(number), outside 1...\(upper)")
            }
            return number
        }

        let transportName = try string("transport", default: "tcp")
        guard let transport = Transport(rawValue: transportName) else {
            throw fail("names transport \"\(transportName)\"; only tcp and ipc are supported")
        }
        let ip = try string("ip", default: transport == .tcp ? "127.0.0.1" : "kernel-ipc")
        guard !ip.isEmpty else { throw fail("has an empty \"ip\"") }
        let scheme = try string("signature_scheme", default: "hmac-sha256")
        guard scheme == "hmac-sha256" else {
            throw fail("names signature_scheme \"\(scheme)\"; only hmac-sha256 is supported")
        }
        let key = try string("key", default: "")

        let curveSecret = try optionalCurveKey("curve_secretkey", in: object, fail: fail)
        let curvePublic = try optionalCurveKey("curve_publickey", in: object, fail: fail)
        if curvePublic != nil, curveSecret == nil {
            throw fail("has curve_publickey without curve_secretkey")
        }

        let info = ConnectionInfo(
            transport: transport, ip: ip,
            shellPort: try port("shell_port", transport: transport),
            iopubPort: try port("iopub_port", transport: transport),
            stdinPort: try port("stdin_port", transport: transport),
            controlPort: try port("control_port", transport: transport),
            heartbeatPort: try port("hb_port", transport: transport),
            key: Array(key.utf8), signatureScheme: scheme,
            curveSecretKey: curveSecret, curvePublicKey: curvePublic)
        let ports = Channel.allCases.map { info.port(of: $0) }
        guard Set(ports).count == ports.count else { throw fail("uses the same port for two channels") }
        return info
    }

    private static func optionalCurveKey(_ key: String, in object: [String: JSONValue],
                                         fail: (String) -> ConnectionFileError) throws -> String? {
        switch object[key] {
        case nil, .null?: return nil
        case .string(let value):
            guard value.utf8.count == 40, value.utf8.allSatisfy({ $0 > 32 && $0 < 127 }) else {
                throw fail("has a \"\(key)\" that is not a 40-character Z85 key")
            }
            return value
        default: throw fail("has a \"\(key)\" that is not a string")
        }
    }
}

/// Why a connection file cannot be used; `description` is one line.
public struct ConnectionFileError: Error, CustomStringConvertible, Sendable {
    /// The file that was given.
    public var path: String
    /// What is wrong with it.
    public var reason: String
    /// "connection file PATH REASON".
    public var description: String { "connection file \(path) \(reason)" }
}
