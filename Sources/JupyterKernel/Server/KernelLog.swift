import Foundation

/// Where the kernel writes its one-line diagnostics (dropped messages, ignored requests).
public struct KernelLog: Sendable {
    private let sink: @Sendable (String) -> Void

    /// A log that hands every line to `sink`.
    public init(_ sink: @escaping @Sendable (String) -> Void) {
        self.sink = sink
    }

    /// Lines go to standard error, prefixed with "landscape-kernel: ".
    public static let standardError = KernelLog { line in
        FileHandle.standardError.write(Data("landscape-kernel: \(line)\n".utf8))
    }

    /// Writes one line.
    public func callAsFunction(_ line: String) {
        sink(line)
    }
}
