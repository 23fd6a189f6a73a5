import Foundation

/// A Jupyter message as received: routing identities, the four JSON dictionaries and raw buffers.
public struct WireMessage: Sendable {
    /// The ZeroMQ routing identities before the `<IDS|MSG>` delimiter.
    public var identities: [Data]
    /// The message header (msg_id, msg_type, session, date, version, ...).
    public var header: [String: JSONValue]
    /// The header of the request this message answers, or empty.
    public var parentHeader: [String: JSONValue]
    /// The metadata dictionary.
    public var metadata: [String: JSONValue]
    /// The content dictionary.
    public var content: [String: JSONValue]
    /// Extra binary frames after content.
    public var buffers: [Data]

    /// `header.msg_type` (validated to be a string when decoded).
    public var messageType: String { header["msg_type"]?.stringValue ?? "" }
    /// `header.msg_id` (validated to be a string when decoded).
    public var messageID: String { header["msg_id"]?.stringValue ?? "" }
    /// `header.session`, or "" when absent.
    public var session: String { header["session"]?.stringValue ?? "" }

    /// Creates a message from its parts.
    public init(identities: [Data], header: [String: JSONValue], parentHeader: [String: JSONValue] = [:],
                metadata: [String: JSONValue] = [:], content: [String: JSONValue] = [:], buffers: [Data] = []) {
        self.identities = identities
        self.header = header
        self.parentHeader = parentHeader
        self.metadata = metadata
        self.content = content
        self.buffers = buffers
    }
}

/// Why an incoming multipart message was dropped; `description` is the stderr line.
public enum WireFormatError: Error, Equatable, CustomStringConvertible, Sendable {
    case missingDelimiter(frameCount: Int)
    case tooFewFrames(afterDelimiter: Int)
    case badSignature
    case replayedSignature
    case invalidJSON(part: String)
    case notAnObject(part: String)
    case badHeaderField(String)

    /// The one-line reason written to stderr.
    public var description: String {
        switch self {
        case .missingDelimiter(let count): "no <IDS|MSG> delimiter among \(count) frame(s)"
        case .tooFewFrames(let count): "only \(count) frame(s) after <IDS|MSG>, 5 needed"
        case .badSignature: "missing or wrong HMAC signature"
        case .replayedSignature: "signature already seen (replayed message)"
        case .invalidJSON(let part): "\(part) is not valid JSON (malformed, not UTF-8, or nested too deeply)"
        case .notAnObject(let part): "\(part) is not a JSON object"
        case .badHeaderField(let field): "header field \(field) is missing or not a string"
        }
    }
}
