import SwiftOperators
import SwiftSyntax

/// Rewrites a notebook's code cells, parsed by swift-syntax, into the statements of one Swift program
/// that compiles against LandscapeNotebook and prints what the notebook shows as text:
///
/// - a cell's last expression becomes `show(…)`, which prints its text/plain form as the kernel's
///   execute_result does (nothing for `Void`);
/// - statements that call throwing API without `try` get one (see `TryInserter`), and cell functions
///   whose bodies then throw are marked `throws`, as are the functions that call them;
/// - cell functions that read the program's top-level variables (or call functions that do) are
///   marked `@MainActor`, where Swift 6 puts top-level code;
/// - a name declared again in a later cell gets a fresh spelling (see `Redeclarations`);
/// - `import` declarations are collected for the top of the program.
struct CellProgramWriter {
    let knowledge: ExportKnowledge

    /// One cell's rewritten code, or its source unchanged when it does not parse.
    struct Cell {
        var code: String
        var imports: [String]
    }

    init(registry: Registry) {
        knowledge = ExportKnowledge(registry: registry)
    }

    /// The rewritten cells, in order.
    func write(_ sources: [String]) -> [Cell] {
        let parsed = Redeclarations.rename(sources.map(Self.parse))
        let trees = parsed.compactMap { $0 }
        knowledge.collect(from: trees)

        // Which cell functions throw: grows until a rewrite finds no new ones.
        var rewritten: [SourceFileSyntax?] = []
        for _ in 0...max(knowledge.cellFunctions.count, 1) {
            rewritten = parsed.map { $0.map { TryInserter(knowledge: knowledge).rewrite($0).cast(SourceFileSyntax.self) } }
            var throwing = knowledge.throwingFunctions
            for tree in rewritten.compactMap({ $0 }) {
                for function in Self.functions(in: tree) where function.body.map({ ThrowingBodyFinder.throws($0) }) == true {
                    throwing.insert(function.name.text)
                }
            }
            if throwing == knowledge.throwingFunctions { break }
            knowledge.throwingFunctions = throwing
        }
        let mainActor = mainActorFunctions(in: rewritten.compactMap { $0 })

        return zip(sources, rewritten).map { source, tree in
            guard let tree else { return Cell(code: source, imports: []) }
            return cell(from: tree, mainActor: mainActor)
        }
    }

    // MARK: One cell

    private func cell(from tree: SourceFileSyntax, mainActor: Set<String>) -> Cell {
        var imports: [String] = []
        var items: [CodeBlockItemSyntax] = []
        for attached in tree.statements {
            // Detached, so that editing it does not copy the whole cell around it.
            let item = attached.detached
            if let importDeclaration = item.item.as(ImportDeclSyntax.self) {
                imports.append(importDeclaration.trimmedDescription)
                continue
            }
            if let function = item.item.as(FunctionDeclSyntax.self) {
                items.append(item.with(\.item, .decl(DeclSyntax(marked(function, mainActor: mainActor)))))
                continue
            }
            items.append(helpDocumented(item))
        }
        if let last = items.last, let shown = shown(last) {
            items[items.count - 1] = shown
        }
        var code = CodeBlockItemListSyntax(items).description
        code = code.trimmingCharacters(in: .whitespacesAndNewlines)
        return Cell(code: code, imports: imports)
    }

    /// `show(expression)` for a cell's last statement when it is an expression with a value.
    private func shown(_ item: CodeBlockItemSyntax) -> CodeBlockItemSyntax? {
        var expression: ExprSyntax
        switch item.item {
        case .expr(let value): expression = value
        case .stmt(let statement):
            guard let expressionStatement = statement.as(ExpressionStmtSyntax.self) else { return nil }
            expression = expressionStatement.expression
        case .decl: return nil
        }
        if expression.is(IfExprSyntax.self) || expression.is(SwitchExprSyntax.self) { return nil }
        if let infix = expression.as(InfixOperatorExprSyntax.self), TryInserter.isAssignment(infix) { return nil }
        if knowledge.type(of: expression) == .void { return nil }
        let leading = expression.leadingTrivia
        var isTried = false
        if let tryExpression = expression.as(TryExprSyntax.self), tryExpression.questionOrExclamationMark == nil {
            expression = tryExpression.expression
            isTried = true
        }
        let call = FunctionCallExprSyntax(
            calledExpression: ExprSyntax(DeclReferenceExprSyntax(baseName: .identifier("show"))),
            leftParen: .leftParenToken(),
            arguments: [LabeledExprSyntax(expression: expression.with(\.leadingTrivia, []).with(\.trailingTrivia, []))],
            rightParen: .rightParenToken())
        var result = ExprSyntax(call)
        if isTried { result = TryInserter.prefixTry(result) }
        result = result.with(\.leadingTrivia, leading).with(\.trailingTrivia, expression.trailingTrivia)
        return item.with(\.item, .expr(result))
    }

    /// `help("name")` with the documentation the notebook's pager would show copied into a comment
    /// above it (the program itself has no documentation to show).
    private func helpDocumented(_ item: CodeBlockItemSyntax) -> CodeBlockItemSyntax {
        var expression: ExprSyntax?
        switch item.item {
        case .expr(let value): expression = value
        case .stmt(let statement): expression = statement.as(ExpressionStmtSyntax.self)?.expression
        case .decl: expression = nil
        }
        guard let call = expression?.as(FunctionCallExprSyntax.self),
              call.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text == "help",
              call.arguments.count == 1, let literal = call.arguments.first?.expression.as(StringLiteralExprSyntax.self),
              let name = literal.representedLiteralValue else { return item }
        let entries = knowledge.documentation(of: name)
        guard !entries.isEmpty else { return item }
        var lines = ["// help(\(name.debugDescription)):"]
        for entry in entries {
            lines.append("//   \(entry.signature)")
            lines += entry.documentation.components(separatedBy: "\n").map { "//       \($0)" }
        }
        let leading = item.leadingTrivia
        let indentation = Trivia(pieces: leading.pieces.reversed().prefix { !$0.isNewline }.reversed())
        var pieces = Array(leading.pieces.dropLast(indentation.pieces.count))
        for line in lines {
            pieces += indentation.pieces + [.lineComment(line), .newlines(1)]
        }
        pieces += indentation.pieces
        return item.with(\.leadingTrivia, Trivia(pieces: pieces))
    }

    /// The function with `throws` and `@MainActor` added where it needs them.
    private func marked(_ function: FunctionDeclSyntax, mainActor: Set<String>) -> FunctionDeclSyntax {
        var function = function
        let name = function.name.text
        if knowledge.throwingFunctions.contains(name), function.signature.effectSpecifiers?.throwsClause == nil {
            let throwsClause = ThrowsClauseSyntax(throwsSpecifier: .keyword(.throws, trailingTrivia: .space))
            var effects = function.signature.effectSpecifiers ?? FunctionEffectSpecifiersSyntax()
            effects.throwsClause = throwsClause
            function.signature.effectSpecifiers = effects
            if function.signature.parameterClause.rightParen.trailingTrivia.isEmpty {
                function.signature.parameterClause.rightParen.trailingTrivia = .space
            }
        }
        let hasMainActor = function.attributes.contains { $0.as(AttributeSyntax.self)?.attributeName.trimmedDescription == "MainActor" }
        if mainActor.contains(name), !hasMainActor {
            let leading = function.leadingTrivia
            let indentation = Trivia(pieces: leading.pieces.reversed().prefix { !$0.isNewline }.reversed())
            let attribute = AttributeSyntax(atSign: .atSignToken(), attributeName: TypeSyntax(IdentifierTypeSyntax(name: .identifier("MainActor"))))
            function = function.with(\.leadingTrivia, indentation)
            function.attributes = [.attribute(attribute.with(\.trailingTrivia, .newline))] + function.attributes
            function = function.with(\.leadingTrivia, leading)
        }
        return function
    }

    // MARK: Analysis

    /// Cell functions that read top-level variables or call such functions.
    private func mainActorFunctions(in trees: [SourceFileSyntax]) -> Set<String> {
        var references: [String: Set<String>] = [:]
        for tree in trees {
            for function in Self.functions(in: tree) {
                let finder = ReferenceFinder(viewMode: .sourceAccurate)
                if let body = function.body { finder.walk(body) }
                references[function.name.text, default: []].formUnion(finder.names)
            }
        }
        var result: Set<String> = []
        var changed = true
        while changed {
            changed = false
            for (name, names) in references where !result.contains(name) {
                if !names.isDisjoint(with: knowledge.topLevelVariables) || !names.isDisjoint(with: result) {
                    result.insert(name)
                    changed = true
                }
            }
        }
        return result
    }

    private static func functions(in tree: SourceFileSyntax) -> [FunctionDeclSyntax] {
        tree.statements.compactMap { $0.item.as(FunctionDeclSyntax.self) }
    }

    /// The cell parsed and operator-folded, or nil when it has syntax errors or is nested too deeply
    /// to parse safely (the kernel refuses such cells too; see `NestingGuard`).
    static func parse(_ source: String) -> SourceFileSyntax? {
        guard (try? NestingGuard.check(source)) != nil else { return nil }
        let tree = CellParser.parse(source)
        if tree.hasError { return nil }
        let folded = OperatorTable.standardOperators.foldAll(tree) { _ in }
        return folded.as(SourceFileSyntax.self)
    }
}

/// The names a body refers to.
private final class ReferenceFinder: SyntaxVisitor {
    private(set) var names: Set<String> = []

    override func visit(_ node: DeclReferenceExprSyntax) -> SyntaxVisitorContinueKind {
        names.insert(node.baseName.text)
        return .visitChildren
    }
}
