import SwiftSyntax

/// Facts about syntax nodes the evaluator asks for again and again (a name's text, a literal's value,
/// whether an expression is a literal), computed once per node. Reading them from swift-syntax each
/// time dominates the cost of loops and recursion otherwise.
final class SyntaxCache {
    private var texts: [SyntaxIdentifier: String] = [:]
    private var integers: [SyntaxIdentifier: Int?] = [:]
    private var doubles: [SyntaxIdentifier: Double?] = [:]
    private var literals: [SyntaxIdentifier: Bool] = [:]
    private var chainRoots: [SyntaxIdentifier: Bool] = [:]
    private var defers: [SyntaxIdentifier: Bool] = [:]
    /// The trees whose nodes have cached facts, kept alive while the facts are: a tree freed during a
    /// cell (a node the evaluator synthesized, such as a capture list's `[base]` read as a name) could
    /// otherwise hand its identifiers to the next tree made, whose nodes would find the first one's facts.
    private var retainedTrees: [Syntax] = []
    private var retainedTreeIDs: Set<SyntaxIdentifier> = []

    private func retainTree(of node: some SyntaxProtocol) {
        let root = Syntax(node).root
        if retainedTreeIDs.insert(root.id).inserted { retainedTrees.append(root) }
    }

    /// Whether an expression is the outermost link of an optional chain, computed once.
    func isOptionalChainRoot(_ expression: ExprSyntax, _ compute: (ExprSyntax) -> Bool) -> Bool {
        if let cached = chainRoots[expression.id] { return cached }
        let value = compute(expression)
        retainTree(of: expression)
        chainRoots[expression.id] = value
        return value
    }

    /// Whether a block has `defer` statements, computed once.
    func hasDefer(_ items: CodeBlockItemListSyntax) -> Bool {
        if let cached = defers[items.id] { return cached }
        let value = items.contains { item in
            if case .stmt(let statement) = item.item { return statement.is(DeferStmtSyntax.self) }
            return false
        }
        retainTree(of: items)
        defers[items.id] = value
        return value
    }

    /// The closure a key path used as a function stands for (`\.name` is `{ $0.name }`, SE-0249), by the
    /// key path's text. Kept across cells: a function declared earlier may hold the key path, and equal
    /// texts are equal closures.
    private var keyPathClosures: [String: ExprSyntax] = [:]

    /// `{ $0<components> }` for a key path, parsed once per text; nil when the key path has no
    /// components or its closure does not parse as one expression.
    func keyPathClosure(_ keyPath: KeyPathExprSyntax) -> ExprSyntax? {
        let components = keyPath.components.trimmedDescription
        guard !components.isEmpty else { return nil }
        if let cached = keyPathClosures[components] { return cached }
        // `\.self` is the identity key path; any other path reads its components from `$0`.
        let path = components == ".self" ? "" : components
        let file = CellParser.parse("{ $0\(path) }")
        guard file.statements.count == 1, case .expr(let expression) = file.statements.first?.item,
              expression.is(ClosureExprSyntax.self), !file.hasError else { return nil }
        keyPathClosures[components] = expression
        return expression
    }

    /// Forgets everything (between cells, so the cache does not grow without bound).
    func clear() {
        texts.removeAll(keepingCapacity: true)
        integers.removeAll(keepingCapacity: true)
        doubles.removeAll(keepingCapacity: true)
        literals.removeAll(keepingCapacity: true)
        chainRoots.removeAll(keepingCapacity: true)
        defers.removeAll(keepingCapacity: true)
        retainedTrees.removeAll(keepingCapacity: true)
        retainedTreeIDs.removeAll(keepingCapacity: true)
    }

    func text(_ token: TokenSyntax) -> String {
        if let cached = texts[token.id] { return cached }
        let text = token.text
        retainTree(of: token)
        texts[token.id] = text
        return text
    }

    func integer(_ literal: IntegerLiteralExprSyntax) -> Int? {
        if let cached = integers[literal.id] { return cached }
        let value = literal.representedLiteralValue
        retainTree(of: literal)
        integers[literal.id] = value
        return value
    }

    /// A floating-point literal's value (nil when its text does not parse), read from its text once.
    func double(_ literal: FloatLiteralExprSyntax) -> Double? {
        if let cached = doubles[literal.id] { return cached }
        let value = literal.representedLiteralValue
        retainTree(of: literal)
        doubles[literal.id] = value
        return value
    }

    func isLiteral(_ expression: ExprSyntax) -> Bool {
        if let cached = literals[expression.id] { return cached }
        let value = Literals.isLiteral(expression)
        retainTree(of: expression)
        literals[expression.id] = value
        return value
    }
}
