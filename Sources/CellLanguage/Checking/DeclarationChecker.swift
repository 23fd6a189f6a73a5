import SwiftSyntax

/// What swiftc rejects before it builds anything, checked over the whole cell before any of it runs:
/// a name declared twice in one scope ("invalid redeclaration"), and a call of a cell function declared
/// `throws` that is not marked with `try`.
///
/// Shadowing in an inner scope is allowed, as in Swift; functions may share a name when their
/// argument labels or parameter types differ (overloads). Declarations of earlier cells may be
/// redeclared: that is how a notebook is edited.
final class DeclarationChecker: SyntaxVisitor {
    private var errors: [CellError] = []
    /// Names of cell functions declared `throws` (this cell's and earlier cells').
    private var throwingFunctions: Set<String>
    private var nonThrowingFunctions: Set<String> = []

    init(throwingFunctions: Set<String>) {
        self.throwingFunctions = throwingFunctions
        super.init(viewMode: .sourceAccurate)
    }

    /// The first error in `file`, if any.
    static func check(_ file: SourceFileSyntax, throwingFunctions: Set<String>) throws {
        let checker = DeclarationChecker(throwingFunctions: throwingFunctions)
        checker.collectThrowing(file)
        checker.walk(file)
        if let first = checker.errors.min(by: { ($0.position?.utf8Offset ?? 0) < ($1.position?.utf8Offset ?? 0) }) {
            throw first
        }
    }

    private func collectThrowing(_ file: SourceFileSyntax) {
        for item in file.statements {
            guard case .decl(let decl) = item.item, let function = decl.as(FunctionDeclSyntax.self) else { continue }
            if let clause = function.signature.effectSpecifiers?.throwsClause, clause.throwsSpecifier.tokenKind == .keyword(.throws) {
                throwingFunctions.insert(function.name.text)
            } else {
                nonThrowingFunctions.insert(function.name.text)
            }
        }
        throwingFunctions.subtract(nonThrowingFunctions)
    }

    override func visit(_ node: CodeBlockItemListSyntax) -> SyntaxVisitorContinueKind {
        var seen: [String: Syntax] = [:]
        for item in node {
            guard case .decl(let decl) = item.item else { continue }
            for (key, name, at) in declaredNames(decl) {
                if seen[key] != nil {
                    errors.append(CellError.compile("invalid redeclaration of '\(name)'", at: at))
                } else {
                    seen[key] = at
                }
            }
        }
        return .visitChildren
    }

    override func visit(_ node: MemberBlockItemListSyntax) -> SyntaxVisitorContinueKind {
        var seen: [String: Syntax] = [:]
        for member in node {
            for (key, name, at) in declaredNames(member.decl) {
                if seen[key] != nil {
                    errors.append(CellError.compile("invalid redeclaration of '\(name)'", at: at))
                } else {
                    seen[key] = at
                }
            }
        }
        return .visitChildren
    }

    override func visit(_ node: FunctionCallExprSyntax) -> SyntaxVisitorContinueKind {
        if let reference = node.calledExpression.as(DeclReferenceExprSyntax.self),
           throwingFunctions.contains(reference.baseName.text), !isCoveredByTry(node) {
            errors.append(CellError.compile("call can throw but is not marked with 'try'", at: node))
        }
        return .visitChildren
    }

    /// True when a `try` covers the call: an enclosing `try` expression within the same statement.
    private func isCoveredByTry(_ node: some SyntaxProtocol) -> Bool {
        var current: Syntax? = node.parent
        while let each = current {
            if each.is(TryExprSyntax.self) { return true }
            if each.is(CodeBlockItemSyntax.self) || each.is(ClosureExprSyntax.self) || each.is(MemberBlockItemSyntax.self) {
                return false
            }
            // `try` on the left of an infix operator covers everything to its right.
            if let sequence = each.as(InfixOperatorExprSyntax.self), sequence.leftOperand.is(TryExprSyntax.self) { return true }
            current = each.parent
        }
        return false
    }

    /// The names a declaration introduces: a key that tells overloads apart, the name, and where.
    private func declaredNames(_ decl: DeclSyntax) -> [(String, String, Syntax)] {
        if let variable = decl.as(VariableDeclSyntax.self) {
            var names: [(String, String, Syntax)] = []
            for binding in variable.bindings { collect(binding.pattern, into: &names) }
            let isStatic = variable.modifiers.contains { $0.name.tokenKind == .keyword(.static) }
            return isStatic ? names.map { ("static " + $0.0, $0.1, $0.2) } : names
        }
        if let function = decl.as(FunctionDeclSyntax.self) {
            let parameters = function.signature.parameterClause.parameters.map {
                "\($0.firstName.text):\($0.type.trimmedDescription)"
            }.joined(separator: ",")
            let isStatic = function.modifiers.contains { $0.name.tokenKind == .keyword(.static) }
            let key = "\(isStatic ? "static " : "")func \(function.name.text)(\(parameters))"
                + (function.signature.returnClause?.type.trimmedDescription ?? "")
            return [(key, function.name.text, Syntax(function.name))]
        }
        if let structDecl = decl.as(StructDeclSyntax.self) { return [(structDecl.name.text, structDecl.name.text, Syntax(structDecl.name))] }
        if let classDecl = decl.as(ClassDeclSyntax.self) { return [(classDecl.name.text, classDecl.name.text, Syntax(classDecl.name))] }
        if let enumDecl = decl.as(EnumDeclSyntax.self) { return [(enumDecl.name.text, enumDecl.name.text, Syntax(enumDecl.name))] }
        if let protocolDecl = decl.as(ProtocolDeclSyntax.self) {
            return [(protocolDecl.name.text, protocolDecl.name.text, Syntax(protocolDecl.name))]
        }
        if let alias = decl.as(TypeAliasDeclSyntax.self) { return [(alias.name.text, alias.name.text, Syntax(alias.name))] }
        if let caseDecl = decl.as(EnumCaseDeclSyntax.self) {
            return caseDecl.elements.map { ("case " + $0.name.text, $0.name.text, Syntax($0.name)) }
        }
        return []
    }

    private func collect(_ pattern: PatternSyntax, into names: inout [(String, String, Syntax)]) {
        if let identifier = pattern.as(IdentifierPatternSyntax.self) {
            names.append((identifier.identifier.text, identifier.identifier.text, Syntax(identifier)))
        } else if let tuple = pattern.as(TuplePatternSyntax.self) {
            for element in tuple.elements { collect(element.pattern, into: &names) }
        }
    }
}
