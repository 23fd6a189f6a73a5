import SwiftSyntax

/// An error that ends a cell: its kind, its message in Swift's voice, and where in the cell it happened.
public struct CellError: Error, CustomStringConvertible {
    /// What went wrong, which becomes the Jupyter `ename`.
    public enum Kind: String, Sendable {
        /// The cell does not parse.
        case syntax = "SyntaxError"
        /// What the Swift compiler would reject: unknown names, wrong labels or types, constructs outside cells.
        case compile = "CompileError"
        /// What would trap at run time in Swift: overflow, division by zero, index out of range.
        case runtime = "RuntimeError"
        /// An error thrown by a library function (bad shapes, the memory guard, bad files).
        case library = "LibraryError"
        /// The user interrupted the cell.
        case interrupted = "Interrupted"
    }

    public var kind: Kind
    public var message: String
    /// The UTF-8 offset in the cell the error points at, if known. Read from the syntax node only when
    /// asked: many errors are made and dropped (an overload that does not fit, a `try?`), and finding a
    /// node's position walks the tree.
    public var position: AbsolutePosition? {
        get { explicitPosition ?? node?.positionAfterSkippingLeadingTrivia }
        set {
            explicitPosition = newValue
            node = nil
        }
    }
    /// Whether the error points somewhere in the cell, known without computing where.
    public var hasPosition: Bool { explicitPosition != nil || node != nil }
    private var explicitPosition: AbsolutePosition?
    /// The node the error points at, when it was made from one.
    private var node: Syntax?
    /// The library error's own type name, used as `ename` for library errors.
    public var libraryTypeName: String?
    /// The value a cell's `throw` threw, while it travels to a `catch` (nil for other errors).
    public var thrownValue: Value? {
        get { thrown?.value }
        set { thrown = newValue.map(ThrownValueBox.init) }
    }
    private var thrown: ThrownValueBox?

    public init(_ kind: Kind, _ message: String, at node: (some SyntaxProtocol)? = Optional<Syntax>.none) {
        self.kind = kind
        self.message = message
        self.node = node.map { Syntax($0) }
    }

    public init(_ kind: Kind, _ message: String, position: AbsolutePosition?) {
        self.kind = kind
        self.message = message
        self.explicitPosition = position
    }

    public var description: String { message }

    static func compile(_ message: String, at node: (some SyntaxProtocol)? = Optional<Syntax>.none) -> CellError {
        CellError(.compile, message, at: node)
    }

    /// A cell's `throw`: a runtime error unless a `catch` takes it.
    static func thrown(_ value: Value, at node: some SyntaxProtocol) -> CellError {
        var error = CellError(.runtime, "Fatal error: Error raised at top level: \(value.debugDescription)", at: node)
        error.thrownValue = value
        return error
    }

    /// True for errors a `catch` or `try?` takes: a cell's `throw` and errors the library throws.
    var isCatchable: Bool { thrownValue != nil || kind == .library }

    static func runtime(_ message: String, at node: (some SyntaxProtocol)? = Optional<Syntax>.none) -> CellError {
        CellError(.runtime, message, at: node)
    }

    /// The error with a location, unless it already has one (the innermost location wins).
    func located(at node: some SyntaxProtocol) -> CellError {
        guard !hasPosition else { return self }
        var copy = self
        copy.node = Syntax(node)
        return copy
    }
}

/// A message a library adapter throws when its arguments are wrong; becomes a runtime error.
public struct LibraryUsageError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Carries a thrown cell value inside an error. Cell values stay on the evaluation thread: an error
/// that crosses threads is rendered to text first, so the box is never read concurrently.
final class ThrownValueBox: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
