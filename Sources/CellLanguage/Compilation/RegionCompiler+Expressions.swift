@_spi(Compiler) import SwiftParser
import SwiftSyntax

extension RegionCompiler {
    /// Compiles an expression. What the compiler does not model itself is evaluated by the tree
    /// walker (`treeWalked(_:)`), so every expression compiles.
    func compileExpression(_ expression: ExprSyntax) -> CompiledExpression {
        let code = compileKind(expression)
        switch expression.as(ExprSyntaxEnum.self) {
        case .integerLiteralExpr, .floatLiteralExpr, .booleanLiteralExpr, .declReferenceExpr:
            return code
        default:
            // Errors raised without a position are placed at the innermost expression, as the tree
            // walker's `evaluate` places them.
            return { frame, expected in
                do {
                    return try code(frame, expected)
                } catch let error as CellError where !error.hasPosition {
                    throw error.located(at: expression)
                }
            }
        }
    }

    /// An expression the tree walker evaluates, in a scope that shares the region's variables.
    func treeWalked(_ expression: ExprSyntax) -> CompiledExpression {
        let locals = localsNamed(in: expression)
        let evaluator = evaluator
        return { frame, expected in
            try evaluator.evaluate(expression, in: frame.scope(exposing: locals), expecting: expected)
        }
    }

    private func compileKind(_ expression: ExprSyntax) -> CompiledExpression {
        let cache = evaluator.cache
        switch expression.as(ExprSyntaxEnum.self) {
        case .integerLiteralExpr(let literal):
            guard let value = cache.integer(literal) else { return treeWalked(expression) }
            let asInt = Value.int(value), asDouble = Value.double(Double(value)), asFloat = Value.float(Float(value))
            return { _, expected in
                if let expected, expected.isFloatingPoint || expected.optionalWrapped?.isFloatingPoint == true {
                    return expected == .float || expected.optionalWrapped == .float ? asFloat : asDouble
                }
                if let kind = SizedInteger.Kind.expected(by: expected) {
                    guard let sized = SizedInteger.exactly(value, as: kind) else {
                        throw CellError.compile("integer literal '\(literal.literal.text)' overflows when stored into '\(kind.rawValue)'",
                                                at: literal)
                    }
                    return .integer(sized)
                }
                return asInt
            }
        case .floatLiteralExpr(let literal):
            guard let value = literal.representedLiteralValue, value.isFinite else { return treeWalked(expression) }
            let constant = Value.double(value)
            let asFloat = Value.float(Float(literal.literal.text.filter { $0 != "_" }) ?? Float(value))
            return { _, expected in expected == .float || expected?.optionalWrapped == .float ? asFloat : constant }
        case .booleanLiteralExpr(let literal):
            let constant = Value.bool(literal.literal.tokenKind == .keyword(.true))
            return { _, _ in constant }
        case .stringLiteralExpr(let literal):
            return compileString(literal)
        case .tupleExpr(let tuple):
            if tuple.elements.count == 1, let only = tuple.elements.first, only.label == nil {
                return compileExpression(only.expression)
            }
            return treeWalked(expression)
        case .declReferenceExpr(let reference):
            if case .binaryOperator = reference.baseName.tokenKind { return treeWalked(expression) }
            return compileName(cache.text(reference.baseName), at: reference)
        case .infixOperatorExpr(let infix):
            return compileInfix(infix)
        case .prefixOperatorExpr(let prefix):
            return compilePrefix(prefix)
        case .ternaryExpr(let ternary):
            return compileTernary(ternary)
        case .functionCallExpr(let call):
            if cache.isOptionalChainRoot(expression, evaluator.isOptionalChainRoot) { return treeWalked(expression) }
            return compileCall(call)
        case .memberAccessExpr(let member):
            if cache.isOptionalChainRoot(expression, evaluator.isOptionalChainRoot) { return treeWalked(expression) }
            return compileMemberAccess(member)
        case .subscriptCallExpr(let subscriptCall):
            if cache.isOptionalChainRoot(expression, evaluator.isOptionalChainRoot) { return treeWalked(expression) }
            return compileSubscript(subscriptCall)
        case .tryExpr(let node) where node.questionOrExclamationMark == nil:
            return compileExpression(node.expression)
        case .inOutExpr(let node):
            return compileExpression(node.expression)
        case .forceUnwrapExpr(let unwrap):
            let operand = compileExpression(unwrap.expression)
            return { frame, _ in
                let value = try operand(frame, nil)
                guard case .optional(let wrapped, _) = value else {
                    throw CellError.compile("cannot force unwrap value of non-optional type '\(value.type)'", at: unwrap)
                }
                guard let wrapped else {
                    throw CellError.runtime("Unexpectedly found nil while unwrapping an Optional value", at: unwrap)
                }
                return wrapped
            }
        default:
            return treeWalked(expression)
        }
    }

    // MARK: Names

    func compileName(_ name: String, at reference: DeclReferenceExprSyntax) -> CompiledExpression {
        switch lookupName(name) {
        case .local(let slot):
            return { frame, _ in try frame.binding(slot).value }
        case .outer(let index):
            return { frame, _ in
                let binding = frame.outer[index]
                if !binding.isInitialized {
                    throw CellError.compile("\(binding.isMutable ? "variable" : "constant") '\(name)' used before being initialized",
                                            at: reference)
                }
                return binding.value
            }
        case .selfMember(let selfIndex):
            let evaluator = evaluator
            return { frame, _ in
                let selfValue = frame.outer[selfIndex].value
                if let value = try evaluator.userProperty(name, of: selfValue, node: reference) { return value }
                return try evaluator.property(name, of: selfValue, node: reference)
            }
        case .none:
            return treeWalked(ExprSyntax(reference))
        }
    }

    /// The variable a plain name refers to in this run, if it is one of the region's or an enclosing one.
    func compileBinding(_ name: String) -> VariableAccess? {
        switch lookupName(name) {
        case .local(let slot): return .local(slot)
        case .outer(let index): return .outer(index)
        case .selfMember, .none: return nil
        }
    }

    // MARK: Literals

    private func compileString(_ literal: StringLiteralExprSyntax) -> CompiledExpression {
        guard let kind = literal.stringLiteralKind else { return treeWalked(ExprSyntax(literal)) }
        enum Piece {
            case text(String)
            case value(CompiledExpression)
        }
        var pieces: [Piece] = []
        for segment in literal.segments {
            switch segment {
            case .stringSegment(let text):
                var unescaped = ""
                text.appendUnescapedLiteralValue(stringLiteralKind: kind, delimiterLength: literal.delimiterLength, to: &unescaped)
                pieces.append(.text(unescaped))
            case .expressionSegment(let interpolation):
                guard interpolation.expressions.count == 1, let only = interpolation.expressions.first, only.label == nil else {
                    return treeWalked(ExprSyntax(literal))
                }
                let code = compileExpression(only.expression)
                pieces.append(.value { frame, _ in
                    do {
                        return try code(frame, nil)
                    } catch let error as CellError where !error.hasPosition {
                        throw error.located(at: only.expression)
                    }
                })
            }
        }
        if pieces.count == 1, case .text(let text) = pieces[0] {
            let constant = Value.string(text)
            return { _, _ in constant }
        }
        return { frame, _ in
            var result = ""
            for piece in pieces {
                switch piece {
                case .text(let text): result += text
                case .value(let code): result += try code(frame, nil).description
                }
                if result.utf8.count > MemoryGuard.maximumElements {
                    throw CellError.runtime("string would be longer than the notebook's limit of \(MemoryGuard.maximumElements) bytes",
                                            at: literal)
                }
            }
            return .string(result)
        }
    }

    // MARK: Operators

    private func compileInfix(_ infix: InfixOperatorExprSyntax) -> CompiledExpression {
        if infix.operator.is(AssignmentExprSyntax.self) { return compileAssignment(infix) }
        guard let binary = infix.operator.as(BinaryOperatorExprSyntax.self) else { return treeWalked(ExprSyntax(infix)) }
        let op = evaluator.cache.text(binary.operator)
        if let underlying = Operators.compoundAssignments[op] {
            return compileCompoundAssignment(infix, op: underlying, displayed: op)
        }
        // An operator a cell declared a function for: the tree walker picks it or the standard one.
        if evaluator.operatorFunctionNames.contains(op) { return treeWalked(ExprSyntax(infix)) }
        let left = compileExpression(infix.leftOperand)
        let right = compileExpression(infix.rightOperand)
        switch op {
        case "&&", "||":
            let isAnd = op == "&&"
            return { frame, _ in
                do {
                    let a = try left(frame, .bool)
                    guard case .bool(let truth) = a else { throw Operators.mismatch(op, a, .bool(true)) }
                    if isAnd != truth { return .bool(truth) }
                    let b = try right(frame, .bool)
                    guard case .bool(let other) = b else { throw Operators.mismatch(op, a, b) }
                    return .bool(other)
                } catch let error as CellError {
                    throw error.located(at: binary)
                }
            }
        case "??":
            return treeWalked(ExprSyntax(infix))
        default:
            let leftIsLiteral = evaluator.cache.isLiteral(infix.leftOperand)
            let rightIsLiteral = evaluator.cache.isLiteral(infix.rightOperand)
            let isEquality = op == "==" || op == "!="
            let integer = Operators.integerOperation(op)
            let floating = Operators.floatingOperation(op)
            return { frame, expected in
                do {
                    let numericHint = TypeRef.numericHint(expected)
                    var a = try left(frame, numericHint)
                    var b = try right(frame, Evaluator.rightOperandHint(a, numericHint: numericHint, isEquality: isEquality))
                    switch (a, b) {
                    case (.int(let x), .int(let y)):
                        if let integer { return try integer(x, y) }
                    case (.double(let x), .double(let y)):
                        if let floating { return try floating(x, y) }
                    default:
                        Operators.typeLiterals(&a, &b, leftIsLiteral: leftIsLiteral, rightIsLiteral: rightIsLiteral)
                    }
                    return try Operators.apply(op, a, b)
                } catch let error as CellError {
                    throw error.located(at: binary)
                }
            }
        }
    }

    private func compilePrefix(_ prefix: PrefixOperatorExprSyntax) -> CompiledExpression {
        let op = evaluator.cache.text(prefix.operator)
        if op == "-", let literal = prefix.expression.as(IntegerLiteralExprSyntax.self) {
            // `-9223372036854775808` is a valid literal even though its magnitude is not.
            let digits = literal.literal.text.filter { $0 != "_" }
            guard literal.radix == .decimal, let value = Int("-" + digits) else { return treeWalked(ExprSyntax(prefix)) }
            let asInt = Value.int(value), asDouble = Value.double(Double(value)), asFloat = Value.float(Float(value))
            return { _, expected in
                if expected == .float { return asFloat }
                if let expected, expected.isFloatingPoint { return asDouble }
                return asInt
            }
        }
        guard op == "-" || op == "!" || op == "+" || op == "~", !evaluator.operatorFunctionNames.contains(op) else {
            return treeWalked(ExprSyntax(prefix))
        }
        let operand = compileExpression(prefix.expression)
        return { frame, expected in
            let value = try operand(frame, expected)
            do {
                return try Operators.prefix(op, value)
            } catch let error as CellError {
                throw error.located(at: prefix)
            }
        }
    }

    private func compileTernary(_ ternary: TernaryExprSyntax) -> CompiledExpression {
        let condition = compileExpression(ternary.condition)
        let then = compileExpression(ternary.thenExpression)
        let otherwise = compileExpression(ternary.elseExpression)
        let cache = evaluator.cache
        // Swift types both branches alike: `flag ? 1 : 2.5` is a Double either way.
        let thenWidens = cache.isLiteral(ternary.thenExpression) && ternary.elseExpression.is(FloatLiteralExprSyntax.self)
        let elseWidens = cache.isLiteral(ternary.elseExpression) && ternary.thenExpression.is(FloatLiteralExprSyntax.self)
        // Read from the syntax once: which branch, if either, is a `nil` literal.
        let thenIsNil = ternary.thenExpression.is(NilLiteralExprSyntax.self)
        let elseIsNil = ternary.elseExpression.is(NilLiteralExprSyntax.self)
        let hasNilBranch = thenIsNil || elseIsNil
        return { frame, expected in
            let value = try condition(frame, .bool)
            guard case .bool(let truth) = value else {
                throw CellError.compile("cannot convert value of type '\(value.type)' to expected condition type 'Bool'",
                                        at: ternary.condition)
            }
            if hasNilBranch, Evaluator.isNilBranch(of: ternary, expecting: expected) {
                // `c ? String(n) : nil` is an optional either way.
                if truth ? thenIsNil : elseIsNil {
                    return .optional(nil, expected ?? .any)
                }
                return Evaluator.wrappingOptional(try (truth ? then : otherwise)(frame, expected))
            }
            let result = try (truth ? then : otherwise)(frame, expected)
            if case .int(let integer) = result, truth ? thenWidens : elseWidens { return .double(Double(integer)) }
            return result
        }
    }

    // MARK: Assignment

    /// An assignment target, resolved in the running frame to the evaluator's `LValue`.
    func compileLValue(_ expression: ExprSyntax) -> LValueCode? {
        switch expression.as(ExprSyntaxEnum.self) {
        case .declReferenceExpr(let reference):
            let name = evaluator.cache.text(reference.baseName)
            let node = Syntax(reference)
            if case .selfMember(let selfIndex) = lookupName(name) {
                // `x = …` in a method: `self.x`, or the static member inside a static method.
                return LValueCode { frame in
                    let selfBinding = frame.outer[selfIndex]
                    if case .metatype(let type) = selfBinding.value { return .staticMember(type: type, name: name, node: node) }
                    return .member(base: .box(selfBinding, name: "self", node: node), name: name, node: node)
                }
            }
            guard let access = compileBinding(name) else { return nil }
            return LValueCode { frame in .box(try access.binding(in: frame), name: name, node: node) }
        case .memberAccessExpr(let member):
            guard let base = member.base, !isStaticBase(base), let baseTarget = compileLValue(base) else { return nil }
            let name = evaluator.cache.text(member.declName.baseName)
            let node = Syntax(member)
            return LValueCode { frame in .member(base: try baseTarget.run(frame), name: name, node: node) }
        case .subscriptCallExpr(let subscriptCall):
            guard subscriptCall.trailingClosure == nil, let baseTarget = compileLValue(subscriptCall.calledExpression) else {
                return nil
            }
            let index = subscriptCall.arguments.map { ExpressionCode(run: compileExpression($0.expression)) }
            let labels = subscriptCall.arguments.map { $0.label?.text }
            let node = Syntax(subscriptCall)
            return LValueCode { frame in
                let base = try baseTarget.run(frame)
                var values: [Value] = []
                values.reserveCapacity(index.count)
                for code in index { values.append(try code.run(frame, nil)) }
                return .element(base: base, index: values, labels: labels, node: node)
            }
        case .tupleExpr(let tuple) where tuple.elements.count == 1:
            guard let only = tuple.elements.first else { return nil }
            return compileLValue(only.expression)
        case .forceUnwrapExpr(let unwrap):
            guard let baseTarget = compileLValue(unwrap.expression) else { return nil }
            let node = Syntax(unwrap)
            return LValueCode { frame in .unwrapped(base: try baseTarget.run(frame), chained: false, node: node) }
        case .optionalChainingExpr(let chain):
            guard let baseTarget = compileLValue(chain.expression) else { return nil }
            let node = Syntax(chain)
            return LValueCode { frame in .unwrapped(base: try baseTarget.run(frame), chained: true, node: node) }
        default:
            return nil
        }
    }

    /// True when a member access's base names a type (`Counter.total`, `Double.pi`), which the tree
    /// walker resolves.
    func isStaticBase(_ base: ExprSyntax) -> Bool {
        if let reference = base.as(DeclReferenceExprSyntax.self) {
            let name = evaluator.cache.text(reference.baseName)
            switch lookupName(name) {
            case .none: return true
            case .selfMember: return false
            case .local, .outer: return name == "super"
            }
        }
        return !base.is(MemberAccessExprSyntax.self) && !base.is(SubscriptCallExprSyntax.self)
            && !base.is(FunctionCallExprSyntax.self) && !base.is(ForceUnwrapExprSyntax.self)
            && !base.is(OptionalChainingExprSyntax.self) && !base.is(TupleExprSyntax.self)
    }

    private func compileAssignment(_ infix: InfixOperatorExprSyntax) -> CompiledExpression {
        let target = infix.leftOperand
        if target.is(DiscardAssignmentExprSyntax.self) {
            let value = compileExpression(infix.rightOperand)
            return { frame, _ in
                _ = try value(frame, nil)
                return .void
            }
        }
        // `(a?.b = x) == nil` uses the assignment's `Void?`: the tree walker makes it.
        if Evaluator.assignmentValueIsOptional(infix) { return treeWalked(ExprSyntax(infix)) }
        guard let lvalue = compileLValue(target) else { return treeWalked(ExprSyntax(infix)) }
        let valueSyntax = infix.rightOperand
        let value = compileExpression(valueSyntax)
        let isLiteral = evaluator.cache.isLiteral(valueSyntax)
        let evaluator = evaluator
        /// What `Evaluator.assign` does once the target is resolved.
        let assign = { (destination: LValue, frame: Frame) throws in
            let targetType = try evaluator.lvalueType(destination)
            let newValue = try value(frame, targetType)
            var converted = newValue
            if let targetType {
                guard let result = Conversion.convert(newValue, to: targetType, literal: isLiteral) else {
                    throw CellError.compile("cannot assign value of type '\(newValue.type)' to type '\(targetType)'",
                                            at: valueSyntax)
                }
                converted = result
            }
            try evaluator.modify(destination) { current in current = converted }
        }
        // `values[i] = x` on a plain variable holding an array: the element is written in place without
        // building the target or reading the array to learn its element type.
        if let element = target.as(SubscriptCallExprSyntax.self), element.trailingClosure == nil,
           element.arguments.count == 1, let only = element.arguments.first, only.label == nil,
           !only.expression.is(PostfixOperatorExprSyntax.self), !only.expression.is(PrefixOperatorExprSyntax.self),
           let reference = element.calledExpression.as(DeclReferenceExprSyntax.self),
           let access = compileBinding(evaluator.cache.text(reference.baseName)) {
            let name = evaluator.cache.text(reference.baseName)
            let indexCode = compileExpression(only.expression)
            let node = Syntax(element), baseNode = Syntax(reference)
            return { frame, _ in
                do {
                    let variable = try access.binding(in: frame)
                    let index = try indexCode(frame, nil)
                    if variable.isMutable, variable.isInitialized, case .int = index,
                       let elementType = variable.arrayElementType {
                        let newValue = try value(frame, elementType)
                        guard let converted = Conversion.convert(newValue, to: elementType, literal: isLiteral) else {
                            throw CellError.compile("cannot assign value of type '\(newValue.type)' to type '\(elementType)'",
                                                    at: valueSyntax)
                        }
                        var container = Value.void
                        swap(&container, &variable.value)
                        defer { variable.value = container }
                        try evaluator.subscriptModify(&container, index: [index], labels: [nil], node: node) { $0 = converted }
                        return .void
                    }
                    try assign(.element(base: .box(variable, name: name, node: baseNode), index: [index], labels: [nil], node: node),
                               frame)
                } catch is OptionalChainNil {
                }
                return .void
            }
        }
        return { frame, _ in
            do {
                try assign(try lvalue.run(frame), frame)
            } catch is OptionalChainNil {
                // `a?.b = x` with `a` nil assigns nothing.
            }
            return .void
        }
    }

    private func compileCompoundAssignment(_ infix: InfixOperatorExprSyntax, op: String, displayed: String) -> CompiledExpression {
        let target = infix.leftOperand
        guard let lvalue = compileLValue(target) else { return treeWalked(ExprSyntax(infix)) }
        let valueSyntax = infix.rightOperand
        let value = compileExpression(valueSyntax)
        let isLiteral = evaluator.cache.isLiteral(valueSyntax)
        let errorNode = target.parent ?? Syntax(target)
        let integer = Operators.integerOperation(op)
        let floating = Operators.floatingOperation(op)
        let evaluator = evaluator
        // `total += i` on a plain variable: no `LValue`, and Int and Double arithmetic applied directly.
        var plainVariable: VariableAccess?
        // `x += v` in a mutating method, `x` a stored Int or Double property of the structure.
        var selfField: (selfIndex: Int, field: StoredFieldCache)?
        // `counts[key, default: 0] += 1`, `values[i] *= 2` on a plain variable holding a dictionary or an
        // array: the element changed in place, read once, without building the target.
        var elementOfVariable: (access: VariableAccess, index: [ExpressionCode], labels: [String?], node: Syntax)?
        if let element = target.as(SubscriptCallExprSyntax.self), element.trailingClosure == nil,
           element.additionalTrailingClosures.isEmpty, !element.arguments.isEmpty,
           let reference = element.calledExpression.as(DeclReferenceExprSyntax.self),
           let access = compileBinding(evaluator.cache.text(reference.baseName)) {
            elementOfVariable = (access, element.arguments.map { ExpressionCode(run: compileExpression($0.expression)) },
                                 element.arguments.map { $0.label?.text }, Syntax(element))
        }
        if let reference = target.as(DeclReferenceExprSyntax.self) {
            let name = evaluator.cache.text(reference.baseName)
            plainVariable = compileBinding(name)
            if case .selfMember(let selfIndex) = lookupName(name), integer != nil || floating != nil {
                selfField = (selfIndex, StoredFieldCache(name: name))
            }
        }
        return { frame, _ in
            do {
                if let (selfIndex, cache) = selfField {
                    let selfBinding = frame.outer[selfIndex]
                    if selfBinding.isMutable, case .record(let record) = selfBinding.value,
                       let index = cache.plainArithmeticField(of: record.definition) {
                        let hint = Evaluator.compoundAssignmentHint(record.fields[index])
                        var right = try value(frame, hint)
                        if isLiteral, let hint, let literal = Conversion.convert(right, to: hint, literal: true) { right = literal }
                        if case .record(var record) = selfBinding.value, record.definition === cache.definition {
                            let result: Value?
                            switch (record.fields[index], right) {
                            case (.int(let a), .int(let b)): result = try integer.map { try $0(a, b) }
                            case (.double(let a), .double(let b)): result = try floating.map { try $0(a, b) }
                            default: result = nil
                            }
                            if let result {
                                selfBinding.value = .void  // `record` holds the only reference: changed in place
                                record.fields[index] = result
                                selfBinding.value = .record(record)
                                return .void
                            }
                        }
                        // Any other operands: the general path below, with the right side evaluated once.
                        let destination = try lvalue.run(frame)
                        try evaluator.modify(destination) { current in
                            try Evaluator.applyCompoundAssignment(op, displayed: displayed, to: &current, right)
                        }
                        return .void
                    }
                }
                if let plainVariable {
                    let binding = try plainVariable.binding(in: frame)
                    if binding.isMutable && binding.isInitialized {
                        let hint = Evaluator.compoundAssignmentHint(binding.value)
                        var right = try value(frame, hint)
                        if isLiteral, let hint, let literal = Conversion.convert(right, to: hint, literal: true) { right = literal }
                        switch (binding.value, right) {
                        case (.int(let a), .int(let b)):
                            if let integer {
                                binding.value = try integer(a, b)
                                return .void
                            }
                        case (.double(let a), .double(let b)):
                            if let floating {
                                binding.value = try floating(a, b)
                                return .void
                            }
                        default:
                            break
                        }
                        var current = Value.void
                        swap(&current, &binding.value)
                        defer { binding.value = current }
                        try Evaluator.applyCompoundAssignment(op, displayed: displayed, to: &current, right)
                        return .void
                    }
                }
                if let (access, indexCode, labels, node) = elementOfVariable, !evaluator.hasUserSubscripts {
                    let binding = try access.binding(in: frame)
                    if binding.isMutable, binding.isInitialized,
                       let elementType = binding.value.elementTypeForCompoundAssignment(labels: labels) {
                        var index: [Value] = []
                        index.reserveCapacity(indexCode.count)
                        // A dictionary's key and `default:` value take its key and value types (`0` as a Double).
                        let keyType = binding.value.dictionaryKeyType
                        for (position, code) in indexCode.enumerated() {
                            let indexHint: TypeRef? = keyType == nil ? nil : position == 0 ? keyType : elementType
                            index.append(try code.run(frame, indexHint))
                        }
                        var hint = Evaluator.compoundAssignmentHint(forType: elementType)
                        if case .range = index[0] { hint = .array(elementType) }  // `a[1...2] += [x]`: a slice
                        var right = try value(frame, hint)
                        if isLiteral, let hint, let literal = Conversion.convert(right, to: hint, literal: true) { right = literal }
                        var container = Value.void
                        swap(&container, &binding.value)
                        defer { binding.value = container }
                        try evaluator.subscriptModify(&container, index: index, labels: labels, node: node) { current in
                            switch current {
                            case .int(let a):
                                if let integer, case .int(let b) = right {
                                    current = try integer(a, b)
                                    return
                                }
                            case .double(let a):
                                if let floating, case .double(let b) = right {
                                    current = try floating(a, b)
                                    return
                                }
                            default:
                                break
                            }
                            try Evaluator.applyCompoundAssignment(op, displayed: displayed, to: &current, right)
                        }
                        return .void
                    }
                }
                let destination = try lvalue.run(frame)
                let hint = Evaluator.compoundAssignmentHint(try evaluator.read(destination))
                var right = try value(frame, hint)
                if isLiteral, let hint, let literal = Conversion.convert(right, to: hint, literal: true) { right = literal }
                try evaluator.modify(destination) { current in
                    try Evaluator.applyCompoundAssignment(op, displayed: displayed, to: &current, right)
                }
            } catch is OptionalChainNil {
            } catch let error as CellError where !error.hasPosition {
                throw Evaluator.relocatedCompoundError(error, op, displayed: displayed, at: errorNode)
            }
            return .void
        }
    }

    // MARK: Members and subscripts

    private func compileMemberAccess(_ member: MemberAccessExprSyntax) -> CompiledExpression {
        guard let base = member.base, !isStaticBase(base) else { return treeWalked(ExprSyntax(member)) }
        let name = evaluator.cache.text(member.declName.baseName)
        let baseCode = compileExpression(base)
        let declName = member.declName
        let tupleIndex = Int(name)
        let evaluator = evaluator
        let isIntegerLiteral = base.is(IntegerLiteralExprSyntax.self)
        return { frame, _ in
            var value = try baseCode(frame, nil)
            if isIntegerLiteral { value = evaluator.literalReceiver(value, base: base, member: name) }
            switch value {
            case .metatype(let type):
                return try evaluator.staticValue(name, of: type, node: member)
            case .tuple(let elements, let labels):
                if let tupleIndex, tupleIndex >= 0, tupleIndex < elements.count { return elements[tupleIndex] }
                if let index = labels.firstIndex(of: name) { return elements[index] }
            default:
                break
            }
            return try evaluator.property(name, of: value, node: declName)
        }
    }

    private func compileSubscript(_ subscriptCall: SubscriptCallExprSyntax) -> CompiledExpression {
        guard subscriptCall.trailingClosure == nil else { return treeWalked(ExprSyntax(subscriptCall)) }
        for argument in subscriptCall.arguments {
            if let postfix = argument.expression.as(PostfixOperatorExprSyntax.self), postfix.operator.text == "..." { return treeWalked(ExprSyntax(subscriptCall)) }
            if let prefix = argument.expression.as(PrefixOperatorExprSyntax.self),
               prefix.operator.text == "..<" || prefix.operator.text == "..." { return treeWalked(ExprSyntax(subscriptCall)) }
        }
        let base = compileExpression(subscriptCall.calledExpression)
        let index = subscriptCall.arguments.map { ExpressionCode(run: compileExpression($0.expression)) }
        let labels = subscriptCall.arguments.map { $0.label?.text }
        let isDefault = labels.map { $0 == "default" }
        let node = Syntax(subscriptCall)
        let evaluator = evaluator
        return { frame, _ in
            let container = try base(frame, nil)
            var keyHint: TypeRef?
            if case .dictionary(let dictionary) = container { keyHint = dictionary.keyType }
            let hints = evaluator.userSubscriptHints(of: container, labels: labels)
            var values: [Value] = []
            values.reserveCapacity(index.count)
            for (position, code) in index.enumerated() {
                values.append(try code.run(frame, isDefault[position] ? container.dictionaryValueType : hints?[position] ?? keyHint))
            }
            return try evaluator.subscriptRead(container, index: values, labels: labels, node: node)
        }
    }
}
