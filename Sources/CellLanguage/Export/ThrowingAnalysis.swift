import SwiftSyntax

/// Finds, in one statement's own expressions, a call, property or subscript that may throw and is not
/// already covered by a `try`. Bodies of nested statements and functions are not looked into (they are
/// statements of their own); a closure counts when its body throws, since the standard library's
/// higher-order functions rethrow.
final class UncoveredThrowFinder: SyntaxVisitor {
    private let knowledge: ExportKnowledge
    private(set) var found = false

    init(knowledge: ExportKnowledge) {
        self.knowledge = knowledge
        super.init(viewMode: .sourceAccurate)
    }

    /// True when `node` needs a `try` in front.
    static func needsTry(_ node: some SyntaxProtocol, knowledge: ExportKnowledge) -> Bool {
        let finder = UncoveredThrowFinder(knowledge: knowledge)
        finder.walk(node)
        return finder.found
    }

    override func visit(_ node: TryExprSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
    override func visit(_ node: CodeBlockSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
    override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind { .skipChildren }

    override func visit(_ node: ClosureExprSyntax) -> SyntaxVisitorContinueKind {
        if ThrowingBodyFinder.throws(node.statements) { found = true }
        return .skipChildren
    }

    override func visit(_ node: FunctionCallExprSyntax) -> SyntaxVisitorContinueKind {
        if knowledge.mayThrow(call: node) { found = true }
        return found ? .skipChildren : .visitChildren
    }

    override func visit(_ node: MemberAccessExprSyntax) -> SyntaxVisitorContinueKind {
        let isCalled = node.parent?.as(FunctionCallExprSyntax.self)?.calledExpression.id == node.id
        if !isCalled, knowledge.mayThrow(property: node) { found = true }
        return found ? .skipChildren : .visitChildren
    }

    override func visit(_ node: SubscriptCallExprSyntax) -> SyntaxVisitorContinueKind {
        if knowledge.mayThrow(subscript: node) { found = true }
        return found ? .skipChildren : .visitChildren
    }
}

/// Finds whether a body (of a closure or function whose statements already carry their `try`s) throws:
/// it has a `try` that is not `try?`/`try!`, or a `throw`, outside nested functions and `do`-`catch`.
final class ThrowingBodyFinder: SyntaxVisitor {
    private(set) var found = false

    static func `throws`(_ node: some SyntaxProtocol) -> Bool {
        let finder = ThrowingBodyFinder(viewMode: .sourceAccurate)
        finder.walk(node)
        return finder.found
    }

    override func visit(_ node: TryExprSyntax) -> SyntaxVisitorContinueKind {
        if node.questionOrExclamationMark == nil { found = true }
        return .skipChildren
    }

    override func visit(_ node: ThrowStmtSyntax) -> SyntaxVisitorContinueKind {
        found = true
        return .skipChildren
    }

    override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind { .skipChildren }

    override func visit(_ node: DoStmtSyntax) -> SyntaxVisitorContinueKind {
        node.catchClauses.isEmpty ? .visitChildren : .skipChildren
    }
}
