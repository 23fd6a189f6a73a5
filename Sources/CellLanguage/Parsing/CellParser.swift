import SwiftDiagnostics
import SwiftOperators
import SwiftParser
import SwiftParserDiagnostics
import SwiftSyntax

/// Parses a cell with SwiftParser, reports swift-syntax's diagnostics, and folds operator sequences
/// with Swift's standard precedence (SwiftOperators) and the operators and precedence groups cells
/// declared (`infix operator **: MultiplicationPrecedence`); names qualified by a standard module are
/// read unqualified (`ModuleQualificationRewriter`).
enum CellParser {
    /// How deeply expressions may nest. The parser refuses deeper code with a diagnostic instead of
    /// exhausting the stack (cells run on a thread with a large stack).
    static let maximumNestingLevel = 256

    static func parse(_ source: String) -> SourceFileSyntax {
        var parser = Parser(source, maximumNestingLevel: maximumNestingLevel)
        return SourceFileSyntax.parse(from: &parser)
    }

    /// The parsed and folded cell, or the first syntax error.
    static func parseAndFold(_ source: String) throws -> SourceFileSyntax {
        var operators = OperatorTable.standardOperators
        return try parseAndFold(source, operators: &operators)
    }

    /// The parsed and folded cell, folded with `operators` (the standard ones and those earlier cells
    /// declared), to which the cell's own operator and precedence group declarations are added.
    static func parseAndFold(_ source: String, operators: inout OperatorTable) throws -> SourceFileSyntax {
        try NestingGuard.check(source)
        let tree = parse(source)
        try checkNesting(tree)
        let diagnostics = ParseDiagnosticsGenerator.diagnostics(for: tree)
        if let first = diagnostics.first(where: { $0.diagMessage.severity == .error }) {
            throw CellError(.syntax, first.message, position: first.position)
        }
        var foldError: OperatorError?
        try addDeclarations(of: tree, to: &operators)
        let folded = operators.foldAll(tree) { error in
            if foldError == nil { foldError = error }
        }
        if let foldError {
            throw CellError(.syntax, foldError.message, position: foldError.location?.positionAfterSkippingLeadingTrivia)
        }
        guard let file = folded.as(SourceFileSyntax.self) else {
            throw CellError(.syntax, "the cell could not be folded", position: nil)
        }
        return ModuleQualificationRewriter.unqualified(file)
    }
}

extension CellParser {
    /// Adds the cell's `infix operator` / `prefix operator` / `precedencegroup` declarations to
    /// `operators`. Declaring one again (a cell run twice) keeps the first; a precedence group that
    /// does not exist is swiftc's error.
    static func addDeclarations(of tree: SourceFileSyntax, to operators: inout OperatorTable) throws {
        guard tree.statements.contains(where: { $0.item.is(OperatorDeclSyntax.self) || $0.item.is(PrecedenceGroupDeclSyntax.self) }) else {
            return
        }
        var updated = operators
        try updated.addSourceFile(tree) { error in
            switch error {
            case .operatorAlreadyExists, .groupAlreadyExists: break
            default: throw CellError(.syntax, error.message, position: error.location?.positionAfterSkippingLeadingTrivia)
            }
        }
        // The table learns a group's name lazily; swiftc checks it where the operator is declared.
        for item in tree.statements {
            guard let declaration = item.item.as(OperatorDeclSyntax.self), declaration.fixitySpecifier.tokenKind == .keyword(.infix),
                  let group = declaration.operatorPrecedenceAndTypes?.precedenceGroup else { continue }
            let probe = parse("x \(declaration.name.text) x \(declaration.name.text) x")
            var missing = false
            _ = updated.foldAll(probe) { error in
                if case .missingGroup = error { missing = true }
            }
            if missing {
                throw CellError(.syntax, "unknown precedence group '\(group.text)'", position: group.positionAfterSkippingLeadingTrivia)
            }
        }
        operators = updated
    }

    /// Refuses code nested deeper than the parser's limit with one clear message (swift-syntax's
    /// diagnostics for such trees are correct but slow to compute).
    static func checkNesting(_ tree: SourceFileSyntax) throws {
        var depth = 0
        for token in tree.tokens(viewMode: .sourceAccurate) {
            switch token.tokenKind {
            case .leftParen, .leftSquare, .leftBrace:
                depth += 1
                if depth > maximumNestingLevel {
                    throw CellError(.syntax,
                                    "too much nesting: more than \(maximumNestingLevel) levels of parentheses, brackets and braces",
                                    position: token.positionAfterSkippingLeadingTrivia)
                }
            case .rightParen, .rightSquare, .rightBrace:
                depth = max(depth - 1, 0)
            default:
                break
            }
        }
    }
}

extension OperatorError {
    /// Where in the cell the folding error is.
    var location: Syntax? {
        switch self {
        case .missingGroup(_, let node), .missingOperator(_, let node):
            return node
        case .incomparableOperators(let left, _, _, _):
            return Syntax(left)
        case .groupAlreadyExists, .operatorAlreadyExists:
            return nil
        }
    }
}
