import SwiftSyntax

/// Gives names that a notebook declares again a fresh spelling in the program.
///
/// In the kernel a later `let data = …` (or `func f`) replaces the earlier one; one Swift program
/// cannot declare a top-level name twice. So the second declaration becomes `data2` (the first free
/// spelling), and every later use of `data` at the top level, in later functions and closures, refers to
/// it, except where a parameter or local declaration of the same name shadows it. Functions declared
/// before the redefinition keep reading the earlier value.
enum Redeclarations {
    /// The cells with redeclared names renamed; unparsed cells (nil) stay nil.
    static func rename(_ cells: [SourceFileSyntax?]) -> [SourceFileSyntax?] {
        var taken = Set<String>()
        for cell in cells.compactMap({ $0 }) {
            for token in cell.tokens(viewMode: .sourceAccurate) {
                if case .identifier = token.tokenKind { taken.insert(token.text) }
            }
        }
        var declared = Set<String>()
        // The parameter lists each function name was declared with by the cell being read, while it
        // names functions only: another list in the same cell is an overload, which the kernel keeps
        // beside the first (a later cell's declaration replaces them, so it is renamed).
        var functionSignatures: [String: Set<String>] = [:]
        var spelling: [String: String] = [:]
        return cells.map { cell in
            guard let cell else { return nil }
            functionSignatures = [:]
            var items: [CodeBlockItemSyntax] = []
            for attached in cell.statements {
                // Detached, so that editing it does not copy the whole cell around it.
                let item = attached.detached
                var redeclared: [(String, String)] = []
                var newlyDeclared: [String] = []
                let signature = item.item.as(FunctionDeclSyntax.self).map(Self.overloadSignature)
                for name in declaredNames(item) {
                    if let signature, declared.contains(name), var signatures = functionSignatures[name], !signatures.contains(signature) {
                        signatures.insert(signature)
                        functionSignatures[name] = signatures
                        continue
                    }
                    if let signature, !declared.contains(name) {
                        functionSignatures[name] = [signature]
                    } else {
                        functionSignatures[name] = nil
                    }
                    if declared.contains(name) {
                        var counter = 2
                        while taken.contains("\(name)\(counter)") { counter += 1 }
                        let fresh = "\(name)\(counter)"
                        taken.insert(fresh)
                        redeclared.append((name, fresh))
                    } else {
                        newlyDeclared.append(name)
                    }
                }
                // A function's body already calls the new declaration (recursion); a variable's
                // initializer still reads the earlier value (`let x = x + 1`).
                let isFunction = item.item.is(FunctionDeclSyntax.self)
                if isFunction { for (name, fresh) in redeclared { spelling[name] = fresh } }
                var renamed = UseRenamer(spelling: spelling).rewrite(item, detach: true).cast(CodeBlockItemSyntax.self)
                for (name, fresh) in redeclared { spelling[name] = fresh }
                for name in newlyDeclared {
                    declared.insert(name)
                    spelling[name] = nil
                }
                if !redeclared.isEmpty {
                    renamed = declarationRenamed(renamed, redeclared: Dictionary(redeclared, uniquingKeysWith: { first, _ in first }))
                    let names = redeclared.map { "`\($0.0)` as `\($0.1)`" }.joined(separator: ", ")
                    renamed = commented(renamed, "// Declared again in the notebook, so declared here \(names).")
                }
                items.append(renamed)
            }
            return cell.with(\.statements, CodeBlockItemListSyntax(items))
        }
    }

    /// A function's argument labels and parameter types as written, which tell overloads apart.
    static func overloadSignature(_ function: FunctionDeclSyntax) -> String {
        function.signature.parameterClause.parameters.map { parameter in
            "\(parameter.firstName.text):\(parameter.type.trimmedDescription)\(parameter.ellipsis == nil ? "" : "...")"
        }.joined(separator: ",")
    }

    /// The top-level names an item declares: variables and functions.
    static func declaredNames(_ item: CodeBlockItemSyntax) -> [String] {
        if let variable = item.item.as(VariableDeclSyntax.self) {
            return variable.bindings.flatMap { ExportKnowledge.names(in: $0.pattern) }
        }
        if let function = item.item.as(FunctionDeclSyntax.self) {
            return [function.name.text]
        }
        return []
    }

    /// The item with the declared names respelled.
    private static func declarationRenamed(_ item: CodeBlockItemSyntax, redeclared: [String: String]) -> CodeBlockItemSyntax {
        if var variable = item.item.as(VariableDeclSyntax.self) {
            var bindings = variable.bindings
            for index in bindings.indices {
                bindings[index].pattern = PatternRenamer(spelling: redeclared).rewrite(bindings[index].pattern, detach: true).cast(PatternSyntax.self)
            }
            variable.bindings = bindings
            return item.with(\.item, .decl(DeclSyntax(variable)))
        }
        if var function = item.item.as(FunctionDeclSyntax.self), let fresh = redeclared[function.name.text] {
            function.name = function.name.with(\.tokenKind, .identifier(fresh))
            return item.with(\.item, .decl(DeclSyntax(function)))
        }
        return item
    }

    /// The item with a comment line above it, at its indentation.
    private static func commented(_ item: CodeBlockItemSyntax, _ comment: String) -> CodeBlockItemSyntax {
        let leading = item.leadingTrivia
        let indentation = Array(leading.pieces.reversed().prefix { !$0.isNewline }.reversed())
        var pieces = Array(leading.pieces.dropLast(indentation.count))
        pieces += indentation + [.lineComment(comment), .newlines(1)] + indentation
        return item.with(\.leadingTrivia, Trivia(pieces: pieces))
    }
}

/// Respells identifier patterns (the declared side).
private final class PatternRenamer: SyntaxRewriter {
    let spelling: [String: String]

    init(spelling: [String: String]) {
        self.spelling = spelling
        super.init(viewMode: .sourceAccurate)
    }

    override func visit(_ node: IdentifierPatternSyntax) -> PatternSyntax {
        guard let fresh = spelling[node.identifier.text] else { return PatternSyntax(node) }
        return PatternSyntax(node.with(\.identifier, node.identifier.with(\.tokenKind, .identifier(fresh))))
    }
}

/// Respells uses of renamed names, except member names (`a.data`) and where a parameter or a local
/// declaration of the same name is in scope.
private final class UseRenamer: SyntaxRewriter {
    let spelling: [String: String]
    private var shadowed: [Set<String>]

    init(spelling: [String: String], shadowed: [Set<String>] = []) {
        self.spelling = spelling
        self.shadowed = shadowed
        super.init(viewMode: .sourceAccurate)
    }

    override func visit(_ node: DeclReferenceExprSyntax) -> ExprSyntax {
        let name = node.baseName.text
        guard let fresh = spelling[name], !shadowed.contains(where: { $0.contains(name) }) else { return ExprSyntax(node) }
        if let member = node.parent?.as(MemberAccessExprSyntax.self), member.declName.id == node.id { return ExprSyntax(node) }
        return ExprSyntax(node.with(\.baseName, node.baseName.with(\.tokenKind, .identifier(fresh))))
    }

    override func visit(_ node: ClosureExprSyntax) -> ExprSyntax {
        var names = Set<String>()
        switch node.signature?.parameterClause {
        case .simpleInput(let list)?: names.formUnion(list.map(\.name.text))
        case .parameterClause(let clause)?: names.formUnion(clause.parameters.map { ($0.secondName ?? $0.firstName).text })
        case nil: break
        }
        names.formUnion(Self.localNames(node.statements))
        return scoped(names) { super.visit(node) }
    }

    override func visit(_ node: FunctionDeclSyntax) -> DeclSyntax {
        var names = Set(node.signature.parameterClause.parameters.map { ($0.secondName ?? $0.firstName).text })
        if let body = node.body { names.formUnion(Self.localNames(body.statements)) }
        return scoped(names) { super.visit(node) }
    }

    override func visit(_ node: CodeBlockSyntax) -> CodeBlockSyntax {
        scoped(Self.localNames(node.statements)) { super.visit(node) }
    }

    override func visit(_ node: ForStmtSyntax) -> StmtSyntax {
        let names = Set(ExportKnowledge.names(in: node.pattern))
        // The sequence is outside the loop variable's scope.
        let sequence = UseRenamer(spelling: spelling, shadowed: shadowed).rewrite(node.sequence, detach: true).cast(ExprSyntax.self)
        let rest = scoped(names) { super.visit(node) }
        guard let loop = rest.as(ForStmtSyntax.self) else { return rest }
        return StmtSyntax(loop.with(\.sequence, sequence))
    }

    private func scoped<T>(_ names: Set<String>, _ body: () -> T) -> T {
        shadowed.append(names)
        defer { shadowed.removeLast() }
        return body()
    }

    /// Names declared by the statements of a block (variables and functions), wherever in the block.
    static func localNames(_ statements: CodeBlockItemListSyntax) -> Set<String> {
        Set(statements.flatMap { Redeclarations.declaredNames($0) })
    }
}
