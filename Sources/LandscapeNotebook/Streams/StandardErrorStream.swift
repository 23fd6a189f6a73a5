import Foundation

/// A `TextOutputStream` writing to standard error, so that `print(..., to: &standardError)` in a cell
/// compiles unchanged in an exported program.
public struct StandardErrorStream: TextOutputStream, Sendable {
    public init() {}

    /// Writes `string` to the process's standard error.
    public mutating func write(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }
}

/// The standard error stream, for `print(_:separator:terminator:to:)`.
nonisolated(unsafe) public var standardError = StandardErrorStream()
