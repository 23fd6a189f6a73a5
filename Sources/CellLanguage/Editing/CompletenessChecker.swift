import JupyterKernel
import SwiftParser
import SwiftParserDiagnostics
import SwiftSyntax

/// `is_complete_request`: a cell with unclosed braces, brackets, parentheses or a multi-line string is
/// incomplete (with an indent for the next line); one that does not parse otherwise is invalid.
enum CompletenessChecker {
    static func verdict(for code: String) -> CompletenessVerdict {
        do {
            try NestingGuard.check(code)
        } catch {
            return .invalid
        }
        let tree = CellParser.parse(code)
        var depth = 0
        var unclosedString = false
        for token in tree.tokens(viewMode: .sourceAccurate) {
            switch token.tokenKind {
            case .leftBrace, .leftParen, .leftSquare: depth += 1
            case .rightBrace, .rightParen, .rightSquare: depth = max(depth - 1, 0)
            default: break
            }
        }
        for token in tree.tokens(viewMode: .all) where token.presence == .missing {
            switch token.tokenKind {
            case .rightBrace, .rightParen, .rightSquare:
                break
            case .multilineStringQuote, .stringQuote:
                if token.tokenKind == .multilineStringQuote { unclosedString = true }
            default:
                continue
            }
        }
        let missingCloser = tree.tokens(viewMode: .all).contains { token in
            token.presence == .missing && [.rightBrace, .rightParen, .rightSquare].contains(token.tokenKind)
        }
        if unclosedString { return .incomplete(indent: "") }
        if missingCloser && depth > 0 {
            return .incomplete(indent: String(repeating: " ", count: 4 * depth))
        }
        let diagnostics = ParseDiagnosticsGenerator.diagnostics(for: tree)
        if diagnostics.contains(where: { $0.diagMessage.severity == .error }) { return .invalid }
        return .complete
    }
}
