import Foundation

/// The contents of a kernelspec's kernel.json.
public struct KernelSpec: Sendable, Equatable {
    /// The command jupyter_client runs; `{connection_file}` is replaced by the connection file path.
    public var argv: [String]
    /// The name notebooks show (display_name).
    public var displayName: String
    /// The language name (language).
    public var language: String
    /// "message" (interrupt_request on control) or "signal" (SIGINT).
    public var interruptMode: String
    /// Extra environment variables for the kernel process.
    public var env: [String: String]
    /// Free-form metadata, e.g. `supported_encryption: ["curve"]`.
    public var metadata: [String: JSONValue]
    /// The messaging protocol version the kernel speaks (kernel_protocol_version), so a client knows it
    /// before the first kernel_info_reply.
    public var kernelProtocolVersion: String

    /// Creates a kernelspec; the protocol version defaults to the one this library writes in headers.
    public init(argv: [String], displayName: String, language: String, interruptMode: String = "message",
                env: [String: String] = [:], metadata: [String: JSONValue] = [:],
                kernelProtocolVersion: String = WireCodec.protocolVersion) {
        self.argv = argv
        self.kernelProtocolVersion = kernelProtocolVersion
        self.displayName = displayName
        self.language = language
        self.interruptMode = interruptMode
        self.env = env
        self.metadata = metadata
    }

    /// kernel.json as a JSON value.
    public var json: JSONValue {
        var object: [String: JSONValue] = [
            "argv": .array(argv.map { .string($0) }),
            "display_name": .string(displayName),
            "language": .string(language),
            "interrupt_mode": .string(interruptMode),
            "metadata": .object(metadata),
            "kernel_protocol_version": .string(kernelProtocolVersion),
        ]
        if !env.isEmpty { object["env"] = .object(env.mapValues { .string($0) }) }
        return .object(object)
    }

    /// kernel.json as pretty-printed text with sorted keys.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(json)
    }
}
