import SwiftSyntax

/// Puts `try` in front of each statement's expression that calls throwing API without one (cells may
/// leave it out; compiled Swift may not). One `try` per statement covers the whole expression:
/// `let x = try …`, `try print(…)`, `x = try …`, `for x in try …`, `if try …`, `return try …`.
/// Inner statements (in bodies and closures) are rewritten first, so a closure that now throws makes
/// the statement around it throw too.
final class TryInserter: SyntaxRewriter {
    private let knowledge: ExportKnowledge

    init(knowledge: ExportKnowledge) {
        self.knowledge = knowledge
        super.init(viewMode: .sourceAccurate)
    }

    override func visit(_ node: CodeBlockItemSyntax) -> CodeBlockItemSyntax {
        // Detached, so that editing it does not copy the whole cell around it.
        let item = super.visit(node).detached
        switch item.item {
        case .expr(let expression):
            return item.with(\.item, .expr(statementExpression(expression)))
        case .stmt(let statement):
            return item.with(\.item, .stmt(self.statement(statement)))
        case .decl(let declaration):
            guard let variable = declaration.as(VariableDeclSyntax.self) else { return item }
            return item.with(\.item, .decl(DeclSyntax(self.variable(variable))))
        }
    }

    // MARK: Statements

    private func statementExpression(_ expression: ExprSyntax) -> ExprSyntax {
        if let ifExpression = expression.as(IfExprSyntax.self) { return ExprSyntax(self.ifExpression(ifExpression)) }
        if let switchExpression = expression.as(SwitchExprSyntax.self) {
            return ExprSyntax(switchExpression.with(\.subject, tried(switchExpression.subject)))
        }
        if expression.is(TryExprSyntax.self) { return expression }
        if let infix = expression.as(InfixOperatorExprSyntax.self), Self.isAssignment(infix),
           !UncoveredThrowFinder.needsTry(infix.leftOperand, knowledge: knowledge) {
            return ExprSyntax(infix.with(\.rightOperand, tried(infix.rightOperand)))
        }
        return tried(expression)
    }

    private func statement(_ statement: StmtSyntax) -> StmtSyntax {
        switch statement.as(StmtSyntaxEnum.self) {
        case .expressionStmt(let expressionStatement):
            return StmtSyntax(expressionStatement.with(\.expression, statementExpression(expressionStatement.expression)))
        case .returnStmt(let returnStatement):
            guard let value = returnStatement.expression else { return statement }
            return StmtSyntax(returnStatement.with(\.expression, tried(value)))
        case .throwStmt(let throwStatement):
            return StmtSyntax(throwStatement.with(\.expression, tried(throwStatement.expression)))
        case .forStmt(var forStatement):
            forStatement.sequence = tried(forStatement.sequence)
            if let whereClause = forStatement.whereClause {
                forStatement.whereClause = whereClause.with(\.condition, tried(whereClause.condition))
            }
            return StmtSyntax(forStatement)
        case .whileStmt(let whileStatement):
            return StmtSyntax(whileStatement.with(\.conditions, conditions(whileStatement.conditions)))
        case .guardStmt(let guardStatement):
            return StmtSyntax(guardStatement.with(\.conditions, conditions(guardStatement.conditions)))
        case .repeatStmt(let repeatStatement):
            return StmtSyntax(repeatStatement.with(\.condition, tried(repeatStatement.condition)))
        default:
            return statement
        }
    }

    private func variable(_ declaration: VariableDeclSyntax) -> VariableDeclSyntax {
        var bindings = declaration.bindings
        for index in bindings.indices {
            guard let initializer = bindings[index].initializer else { continue }
            bindings[index].initializer = initializer.with(\.value, tried(initializer.value))
        }
        return declaration.with(\.bindings, bindings)
    }

    private func ifExpression(_ node: IfExprSyntax) -> IfExprSyntax {
        var result = node.with(\.conditions, conditions(node.conditions))
        if case .ifExpr(let elseIf)? = node.elseBody {
            result.elseBody = .ifExpr(ifExpression(elseIf))
        }
        return result
    }

    private func conditions(_ list: ConditionElementListSyntax) -> ConditionElementListSyntax {
        var list = list
        for index in list.indices {
            switch list[index].condition {
            case .expression(let expression):
                list[index].condition = .expression(tried(expression))
            case .optionalBinding(let binding):
                if let initializer = binding.initializer {
                    list[index].condition = .optionalBinding(binding.with(\.initializer, initializer.with(\.value, tried(initializer.value))))
                }
            default:
                break
            }
        }
        return list
    }

    // MARK: Try

    /// `try expression` when it needs one, else `expression` unchanged.
    private func tried(_ expression: ExprSyntax) -> ExprSyntax {
        guard !expression.is(TryExprSyntax.self), UncoveredThrowFinder.needsTry(expression, knowledge: knowledge) else {
            return expression
        }
        return Self.prefixTry(expression)
    }

    /// `try` in front of `expression`, keeping its leading trivia (indentation, comments) in front.
    static func prefixTry(_ expression: ExprSyntax) -> ExprSyntax {
        let keyword = TokenSyntax.keyword(.try, leadingTrivia: expression.leadingTrivia, trailingTrivia: .space)
        return ExprSyntax(TryExprSyntax(tryKeyword: keyword, expression: expression.with(\.leadingTrivia, [])))
    }

    /// True for `=` and compound assignments such as `+=`.
    static func isAssignment(_ infix: InfixOperatorExprSyntax) -> Bool {
        if infix.operator.is(AssignmentExprSyntax.self) { return true }
        guard let binary = infix.operator.as(BinaryOperatorExprSyntax.self) else { return false }
        return ["+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&+=", "&-=", "&*="].contains(binary.operator.text)
    }
}
