import SwiftSyntax

/// Facts about syntax nodes the evaluator asks for again and again (a name's text, a literal's value,
/// whether an expression is a literal), computed once per node. Reading them from swift-syntax each
/// time dominates the cost of loops and recursion otherwise.
final class SyntaxCache {
    private var texts: [SyntaxIdentifier: String] = [:]
    private var integers: [SyntaxIdentifier: Int?] = [:]
    private var literals: [SyntaxIdentifier: Bool] = [:]

    /// Forgets everything (between cells, so the cache does not grow without bound).
    func clear() {
        texts.removeAll(keepingCapacity: true)
        integers.removeAll(keepingCapacity: true)
        literals.removeAll(keepingCapacity: true)
    }

    func text(_ token: TokenSyntax) -> String {
        if let cached = texts[token.id] { return cached }
        let text = token.text
        texts[token.id] = text
        return text
    }

    func integer(_ literal: IntegerLiteralExprSyntax) -> Int? {
        if let cached = integers[literal.id] { return cached }
        let value = literal.representedLiteralValue
        integers[literal.id] = value
        return value
    }

    func isLiteral(_ expression: ExprSyntax) -> Bool {
        if let cached = literals[expression.id] { return cached }
        let value = Literals.isLiteral(expression)
        literals[expression.id] = value
        return value
    }
}
