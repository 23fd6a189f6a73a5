import Foundation

/// Turns multipart frames into `WireMessage`s and back, signing and verifying with a `MessageSigner`
/// and rejecting replays through a shared `DigestHistory`. The bytes signed are exactly the bytes sent.
public struct WireCodec: Sendable {
    /// The frame separating routing identities from the message.
    public static let delimiter = Data("<IDS|MSG>".utf8)
    /// The protocol version written into every header.
    public static let protocolVersion = "5.5"

    /// Signs outgoing and checks incoming messages.
    public let signer: MessageSigner
    /// Signatures already accepted (replay protection), shared by every channel.
    public let history: DigestHistory
    /// The kernel's session id, written into every outgoing header.
    public let session: String

    /// Creates a codec for one kernel session.
    public init(signer: MessageSigner, history: DigestHistory, session: String) {
        self.signer = signer
        self.history = history
        self.session = session
    }

    /// Decodes and authenticates `frames`; throws `WireFormatError` when the message must be dropped.
    public func decode(_ frames: [Data]) throws -> WireMessage {
        guard let delimiterIndex = frames.firstIndex(of: Self.delimiter) else {
            throw WireFormatError.missingDelimiter(frameCount: frames.count)
        }
        let body = frames[(delimiterIndex + 1)...]
        guard body.count >= 5 else { throw WireFormatError.tooFewFrames(afterDelimiter: body.count) }
        let start = body.startIndex
        let signature = body[start]
        let parts = Array(body[(start + 1)...(start + 4)])
        if signer.isEnabled {
            guard signer.isValid(signature: signature, for: parts) else { throw WireFormatError.badSignature }
            guard history.insertIfNew(signature) else { throw WireFormatError.replayedSignature }
        }
        let names = ["header", "parent_header", "metadata", "content"]
        var objects: [[String: JSONValue]] = []
        for (name, part) in zip(names, parts) {
            let value: JSONValue
            do { value = try JSONValue.parse(part) } catch { throw WireFormatError.invalidJSON(part: name) }
            guard let object = value.objectValue else { throw WireFormatError.notAnObject(part: name) }
            objects.append(object)
        }
        let header = objects[0]
        guard header["msg_type"]?.stringValue != nil else { throw WireFormatError.badHeaderField("msg_type") }
        guard header["msg_id"]?.stringValue != nil else { throw WireFormatError.badHeaderField("msg_id") }
        return WireMessage(identities: Array(frames[..<delimiterIndex]), header: header,
                           parentHeader: objects[1], metadata: objects[2], content: objects[3],
                           buffers: Array(body[(start + 5)...]))
    }

    /// A fresh header for an outgoing message of `messageType`.
    public func makeHeader(messageType: String) -> [String: JSONValue] {
        [
            "msg_id": .string(UUID().uuidString.lowercased()),
            "session": .string(session),
            "username": "kernel",
            "date": .string(Self.timestamp()),
            "msg_type": .string(messageType),
            "version": .string(Self.protocolVersion),
        ]
    }

    /// The frames of a new message: identities (or the iopub topic), delimiter, signature, the four
    /// JSON parts, buffers. Throws only when a JSON part cannot be serialized.
    public func encode(messageType: String, content: [String: JSONValue], parentHeader: [String: JSONValue],
                       metadata: [String: JSONValue] = [:], identities: [Data],
                       buffers: [Data] = []) throws -> [Data] {
        let parts = [
            try JSONValue.object(makeHeader(messageType: messageType)).serialized(),
            try JSONValue.object(parentHeader).serialized(),
            try JSONValue.object(metadata).serialized(),
            try JSONValue.object(content).serialized(),
        ]
        return identities + [Self.delimiter, signer.signature(of: parts)] + parts + buffers
    }

    /// ISO 8601 UTC with microseconds, as jupyter_client writes dates.
    static func timestamp(_ date: Date = Date()) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        let micros = Int((date.timeIntervalSince1970 - Double(seconds)) * 1_000_000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ value: Int32, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        let microText = String(min(max(micros, 0), 999_999))
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))T"
            + "\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2))."
            + String(repeating: "0", count: 6 - microText.count) + microText + "Z"
    }
}
