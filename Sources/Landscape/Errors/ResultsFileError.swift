/// Why a results file (the reference code's JSON) could not be read or written.
public enum ResultsFileError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The file is not valid JSON, or not the structure of the reference code's results (with the reason).
    case malformed(path: String, reason: String)
    /// The file does not exist or cannot be read.
    case unreadable(path: String, reason: String)
    /// The file could not be written.
    case unwritable(path: String, reason: String)

    public var description: String {
        switch self {
        case let .malformed(path, reason): return "\(path): not a results file of the reference code: \(reason)"
        case let .unreadable(path, reason): return "cannot read \(path): \(reason)"
        case let .unwritable(path, reason): return "cannot write \(path): \(reason)"
        }
    }
}
