import SwiftSyntax

/// Reads a name qualified by the standard library's or Foundation's module (`Swift.min(a, b)`,
/// `Swift.Int`, `Foundation.sqrt(x)`) as the unqualified name: cells see one module's declarations,
/// so the qualification names the same declaration. The qualifier is replaced by spaces, so every
/// position in the cell (and so every error's line and column) stays where it was written.
final class ModuleQualificationRewriter: SyntaxRewriter {
    static let modules: Set<String> = ["Swift", "Foundation"]

    static func unqualified(_ file: SourceFileSyntax) -> SourceFileSyntax {
        guard file.tokens(viewMode: .sourceAccurate).contains(where: { modules.contains($0.text) }) else { return file }
        return ModuleQualificationRewriter(viewMode: .sourceAccurate).rewrite(file).as(SourceFileSyntax.self) ?? file
    }

    override func visit(_ node: MemberAccessExprSyntax) -> ExprSyntax {
        guard let base = node.base?.as(DeclReferenceExprSyntax.self), base.argumentNames == nil,
              Self.modules.contains(base.baseName.text), !base.trailingTrivia.contains(where: \.isNewline),
              !node.period.leadingTrivia.contains(where: \.isNewline), !node.period.trailingTrivia.contains(where: \.isNewline)
        else { return super.visit(node) }
        let qualifier = base.trimmedLength.utf8Length + base.trailingTrivia.sourceLength.utf8Length
            + node.period.totalLength.utf8Length
        let name = visit(node.declName).with(\.leadingTrivia, base.leadingTrivia + .spaces(qualifier))
        return ExprSyntax(name)
    }

    override func visit(_ node: MemberTypeSyntax) -> TypeSyntax {
        guard let base = node.baseType.as(IdentifierTypeSyntax.self), base.genericArgumentClause == nil,
              Self.modules.contains(base.name.text), !base.trailingTrivia.contains(where: \.isNewline),
              !node.period.leadingTrivia.contains(where: \.isNewline), !node.period.trailingTrivia.contains(where: \.isNewline)
        else { return super.visit(node) }
        let qualifier = base.trimmedLength.utf8Length + base.trailingTrivia.sourceLength.utf8Length
            + node.period.totalLength.utf8Length
        let name = IdentifierTypeSyntax(leadingTrivia: base.leadingTrivia + .spaces(qualifier), name: node.name,
                                        genericArgumentClause: node.genericArgumentClause.map { visit($0) })
        return TypeSyntax(name)
    }
}
