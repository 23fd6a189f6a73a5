import JupyterKernel
import SwiftOperators

/// A notebook session: the registry, the evaluator with its global state, and the requests that read
/// them. Used only from the interpreter's evaluation thread, one request at a time.
final class Session: @unchecked Sendable {
    let registry: Registry
    private(set) var evaluator: Evaluator
    private let interruptFlag: InterruptFlag

    private let stackBudget: UInt
    /// The standard operators and those the session's cells declared, for folding the next cells.
    private var operators = OperatorTable.standardOperators

    init(interruptFlag: InterruptFlag, stackBudget: UInt = Evaluator.defaultStackBudget) {
        self.interruptFlag = interruptFlag
        self.registry = StandardLibrary.shared
        self.stackBudget = stackBudget
        self.evaluator = Evaluator(registry: registry, interruptFlag: interruptFlag, output: SilentContext())
        evaluator.stackBudget = stackBudget
    }

    func reset() {
        operators = OperatorTable.standardOperators
        evaluator = Evaluator(registry: registry, interruptFlag: interruptFlag, output: SilentContext())
        evaluator.stackBudget = stackBudget
    }

    func execute(_ request: ExecutionRequest, context: any ExecutionContext) -> ExecutionOutcome {
        evaluator.output = context
        evaluator.markStackBase()
        evaluator.cache.clear()
        evaluator.payloads = []
        evaluator.finishedProgress = nil
        defer {
            evaluator.output = SilentContext()
            evaluator.finishedProgress = nil
        }
        let cellName = "cell \(request.executionCount)"
        do {
            let file = try CellParser.parseAndFold(request.code, operators: &operators)
            guard let value = try evaluator.run(file) else { return .ok(result: nil, payload: evaluator.payloads) }
            let result = try evaluator.richDisplay(of: value)
            evaluator.settleFinishedProgress(shownAs: result)
            return .ok(result: result, payload: evaluator.payloads)
        } catch let error as CellError {
            return .error(ErrorRendering.executionError(error, source: request.code, cellName: cellName))
        } catch {
            let cellError = CellError(.library, String(describing: error), position: nil)
            return .error(ErrorRendering.executionError(cellError, source: request.code, cellName: cellName))
        }
    }

    /// One user expression, evaluated in the session's state with its output discarded: a single
    /// expression (not an assignment or a statement), shown as its rich display.
    func evaluateUserExpression(_ expression: String) -> UserExpressionResult {
        evaluator.markStackBase()
        evaluator.cache.clear()
        let name = "user expression"
        do {
            var operators = operators
            let file = try CellParser.parseAndFold(expression, operators: &operators)
            guard file.statements.count == 1, let item = file.statements.first?.item, case .expr(let node) = item,
                  !evaluator.isAssignment(node) else {
                throw CellError(.compile, "a user expression must be a single expression, not a statement or an assignment",
                                position: nil)
            }
            let value = try evaluator.evaluate(node, in: evaluator.globals)
            return .value(try evaluator.richDisplay(of: value))
        } catch let error as CellError {
            return .error(ErrorRendering.executionError(error, source: expression, cellName: name))
        } catch {
            let cellError = CellError(.library, String(describing: error), position: nil)
            return .error(ErrorRendering.executionError(cellError, source: expression, cellName: name))
        }
    }

    func complete(code: String, cursorPosition: Int) -> Completion {
        CompletionEngine(registry: registry, evaluator: evaluator).complete(code: code, cursorPosition: cursorPosition)
    }

    func inspect(code: String, cursorPosition: Int, detailLevel: Int) -> MimeBundle? {
        CompletionEngine(registry: registry, evaluator: evaluator).inspect(code: code, cursorPosition: cursorPosition,
                                                                           detailLevel: detailLevel)
    }
}

/// The context used between cells: outputs go nowhere, nothing is interrupted.
struct SilentContext: ExecutionContext {
    func stream(_ name: StreamName, _ text: String) {}
    func display(_ value: DisplayValue, displayID: String?) {}
    func updateDisplay(_ value: DisplayValue, displayID: String) {}
    func clearOutput(wait: Bool) {}
    func input(prompt: String, password: Bool) throws -> String {
        throw CellError(.runtime, "input is not available outside a running cell", position: nil)
    }
    var isInterrupted: Bool { false }
}
