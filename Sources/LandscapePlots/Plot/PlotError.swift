/// Why a figure cannot be drawn as asked. The message says what is wrong and what to do instead.
public struct PlotError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The human-readable explanation.
    public let message: String

    /// An error with the given explanation.
    public init(_ message: String) { self.message = message }

    /// The explanation.
    public var description: String { message }
}
