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

    /// Creates a kernelspec.
    public init(argv: [String], displayName: String, language: String, interruptMode: String = "message",
                env: [String: String] = [:], metadata: [String: JSONValue] = [:]) {
        self.argv = argv
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
