import SwiftSyntax

/// A function that a call might mean: its parameters, and where its default arguments are evaluated.
struct CallCandidate {
    var parameters: [ParameterSpec]
    var name: String
    var signature: String
    /// The scope default arguments of a cell function are evaluated in; nil for library symbols (globals).
    var defaultScope: Scope?
    /// For a generic cell function: the generic parameter each parameter's type is, when it is one
    /// (`T` in `func maxOf<T>(_ values: T...)`); its arguments are given one type, as Swift infers it.
    var genericParameterNames: [String?] = []
}

/// How an argument list lines up with one candidate's parameters.
enum ArgumentBinding {
    case argument(Int)
    case variadic([Int])
    case defaulted
}

extension Evaluator {
    /// Matches the call's labels against each candidate, evaluates the arguments once (with the
    /// parameter type as context when the candidates agree), and picks the candidate whose parameter
    /// types accept them with the fewest conversions. Errors are the Swift compiler's.
    func resolveCall(_ candidates: [CallCandidate], arguments: [ArgumentSyntax], in scope: Scope,
                     calleeName: String, node: FunctionCallExprSyntax) throws -> (index: Int, values: [Value]) {
        let plan = try planCall(candidates, arguments: arguments, calleeName: calleeName, node: node)
        let deferred = autoclosureArguments(plan, candidates)
        var values: [Value] = []
        for (index, argument) in arguments.enumerated() {
            if deferred.contains(index) {
                values.append(.function(FunctionValue(.autoclosure(argument.expression, scope))))
                continue
            }
            values.append(try evaluateArgument(index, argument, in: scope, expecting: plan.expectedTypes[index], call: node))
        }
        return try completeCall(plan, candidates, values: values, arguments: arguments, calleeName: calleeName, node: node)
    }

    /// The arguments that fill an `@autoclosure` parameter of every candidate the labels match.
    private func autoclosureArguments(_ plan: CallPlan, _ candidates: [CallCandidate]) -> Set<Int> {
        guard candidates.contains(where: { $0.parameters.contains(where: \.isAutoclosure) }) else { return [] }
        var indices: Set<Int>?
        for (candidateIndex, bindings) in plan.matched {
            var own = Set<Int>()
            for (parameter, binding) in zip(candidates[candidateIndex].parameters, bindings) {
                if parameter.isAutoclosure, case .argument(let index) = binding { own.insert(index) }
            }
            indices = indices.map { $0.intersection(own) } ?? own
        }
        return indices ?? []
    }

    /// What a call's labels decide before its arguments are evaluated: the candidates they line up
    /// with, and each argument's contextual type. It depends on the candidates and the call's syntax
    /// only, so compiled code makes it once per call site.
    struct CallPlan {
        var matched: [(index: Int, bindings: [ArgumentBinding])]
        /// The parameter type when every matching candidate agrees (nil otherwise, and for `Any`).
        var expectedTypes: [TypeRef?]
    }

    func planCall(_ candidates: [CallCandidate], arguments: [ArgumentSyntax], calleeName: String,
                  node: FunctionCallExprSyntax) throws -> CallPlan {
        var matched: [(index: Int, bindings: [ArgumentBinding])] = []
        var labelErrors: [CellError] = []
        for (index, candidate) in candidates.enumerated() {
            switch matchLabels(candidate.parameters, arguments, node: node) {
            case .success(let bindings): matched.append((index, bindings))
            case .failure(let error): labelErrors.append(error)
            }
        }
        if matched.isEmpty {
            if labelErrors.count == 1 || Set(labelErrors.map(\.message)).count == 1 { throw labelErrors[0] }
            if let suggested = labelErrors.first(where: { $0.message.contains("did you mean") }) { throw suggested }
            throw CellError.compile("no exact matches in call to '\(calleeName)'; candidates: "
                                        + candidates.map { "'\($0.signature)'" }.joined(separator: ", "),
                                    at: node.calledExpression)
        }

        // The contextual type of each argument: the parameter type, when every matching candidate agrees.
        var expectedTypes: [TypeRef?] = Array(repeating: nil, count: arguments.count)
        var disagreement = Array(repeating: false, count: arguments.count)
        for (candidateIndex, bindings) in matched {
            let parameters = candidates[candidateIndex].parameters
            for (parameterIndex, binding) in bindings.enumerated() {
                let type = parameters[parameterIndex].type
                let argumentIndices: [Int]
                switch binding {
                case .argument(let index): argumentIndices = [index]
                case .variadic(let indices): argumentIndices = indices
                case .defaulted: argumentIndices = []
                }
                for argumentIndex in argumentIndices {
                    // A closure can only fill a parameter of function type: the others do not compete.
                    if arguments[argumentIndex].expression.is(ClosureExprSyntax.self), !type.isFunctionType { continue }
                    if let existing = expectedTypes[argumentIndex], existing != type { disagreement[argumentIndex] = true }
                    expectedTypes[argumentIndex] = type
                }
            }
        }
        for index in expectedTypes.indices where disagreement[index] || expectedTypes[index] == .any {
            expectedTypes[index] = nil
        }
        return CallPlan(matched: matched, expectedTypes: expectedTypes)
    }

    /// Picks the candidate that accepts the evaluated arguments with the fewest conversions, and the
    /// arguments converted for it.
    func completeCall(_ plan: CallPlan, _ candidates: [CallCandidate], values: [Value], arguments: [ArgumentSyntax],
                      calleeName: String, node: FunctionCallExprSyntax) throws -> (index: Int, values: [Value]) {
        let matched = plan.matched
        var best: (index: Int, values: [Value], cost: Int)?
        // First without building the errors (a call of an overloaded initializer such as `Double(i)`
        // tries many candidates that do not fit); the errors are made only when none fits.
        for (candidateIndex, bindings) in matched {
            let attempt: ([Value], Int)?
            do {
                attempt = try convertArguments(values, arguments: arguments, bindings: bindings,
                                               candidate: candidates[candidateIndex], reportingErrors: false)
            } catch is CellError {
                continue  // reported below if no candidate fits
            }
            guard let (converted, cost) = attempt else { continue }
            if best == nil || cost < best!.cost { best = (candidateIndex, converted, cost) }
            if cost == 0 { break }  // an exact match: no later candidate is cheaper
        }
        if let best { return (best.index, best.values) }
        var conversionErrors: [CellError] = []
        for (candidateIndex, bindings) in matched {
            do {
                _ = try convertArguments(values, arguments: arguments, bindings: bindings,
                                         candidate: candidates[candidateIndex], reportingErrors: true)
            } catch let error as CellError {
                conversionErrors.append(error)
            }
        }
        if conversionErrors.count == 1 { throw conversionErrors[0] }
        // Overloads that differ only in `Double` against `Float` (`sqrt`, `Float.init`): swiftc reports
        // the `Double` one, the default floating-point type.
        if conversionErrors.count == 2, conversionErrors[0].message.hasSuffix("'Double'"),
           conversionErrors[1].message == conversionErrors[0].message.replacingOccurrences(of: "'Double'", with: "'Float'") {
            throw conversionErrors[0]
        }
        let types = values.map { $0.type.description }.joined(separator: ", ")
        throw CellError.compile("no exact matches in call to '\(calleeName)' with arguments of type (\(types)); candidates: "
                                    + matched.map { "'\(candidates[$0.index].signature)'" }.joined(separator: ", "),
                                at: node.calledExpression)
    }

    /// The arguments converted to `candidate`'s parameters and what the conversions cost; nil when one
    /// does not convert and `reportingErrors` is false (true: the error saying why is thrown).
    private func convertArguments(_ values: [Value], arguments: [ArgumentSyntax], bindings: [ArgumentBinding],
                                  candidate: CallCandidate, reportingErrors: Bool) throws -> ([Value], Int)? {
        var result: [Value] = []
        result.reserveCapacity(bindings.count)
        var cost = 0
        func converted(_ index: Int, to type: TypeRef) throws -> Value? {
            if reportingErrors { return try convert(values[index], arguments[index].expression, to: type) }
            return conversion(of: values[index], to: type, literalIfWritten: arguments[index].expression)
        }
        for (parameter, binding) in zip(candidate.parameters, bindings) {
            switch binding {
            case .argument(let index):
                let argument = arguments[index]
                if parameter.isInout && !argument.expression.is(InOutExprSyntax.self) {
                    throw CellError.compile("passing value of type '\(values[index].type)' to an inout parameter requires explicit '&'",
                                            at: argument.expression)
                }
                guard let value = try converted(index, to: parameter.type) else { return nil }
                result.append(value)
                cost += Conversion.cost(values[index], to: parameter.type)
            case .variadic(let indices):
                var elements: [Value] = []
                for index in indices {
                    guard let value = try converted(index, to: parameter.type) else { return nil }
                    elements.append(value)
                    cost += Conversion.cost(values[index], to: parameter.type)
                }
                result.append(.array(ArrayValue(elements, elementType: parameter.type)))
            case .defaulted:
                if parameter.isVariadic {
                    result.append(.array(ArrayValue([], elementType: parameter.type)))
                    continue
                }
                guard let source = parameter.defaultSource else {
                    throw CellError(.compile, "missing argument for parameter '\(parameter.name)'", position: nil)
                }
                let value = try evaluate(source, in: candidate.defaultScope ?? globals,
                                         expecting: parameter.type == .any ? nil : parameter.type)
                result.append(Conversion.convert(value, to: parameter.type, literal: true) ?? value)
            }
        }
        if candidate.genericParameterNames.contains(where: { $0 != nil }) {
            joinLiteralTypes(&result, bindings: bindings, arguments: arguments, generics: candidate.genericParameterNames)
        }
        return (result, cost)
    }

    /// The arguments whose parameters are the same generic parameter given one type, as Swift infers
    /// it: integer literals among `Double` values are `Double`s (`maxOf(1.5, 2)` passes `2.0`, and so
    /// does `pair(1, 2.5)` for `func pair<T>(_ a: T, _ b: T)`).
    private func joinLiteralTypes(_ values: inout [Value], bindings: [ArgumentBinding], arguments: [ArgumentSyntax],
                                  generics: [String?]) {
        // Where each argument's value is: (position in `values`, element index for a variadic one).
        var places: [String: [(value: Int, element: Int?, argument: Int)]] = [:]
        for (position, (binding, generic)) in zip(bindings, generics).enumerated() {
            guard let generic else { continue }
            switch binding {
            case .argument(let index): places[generic, default: []].append((position, nil, index))
            case .variadic(let indices):
                for (element, index) in indices.enumerated() { places[generic, default: []].append((position, element, index)) }
            case .defaulted: break
            }
        }
        func value(at place: (value: Int, element: Int?, argument: Int)) -> Value? {
            guard let element = place.element else { return values[place.value] }
            guard case .array(let array) = values[place.value], element < array.count else { return nil }
            return array.elements[element]
        }
        for group in places.values where group.count > 1 {
            guard group.contains(where: { if case .double? = value(at: $0) { return true } else { return false } }) else { continue }
            for place in group {
                guard case .int(let integer)? = value(at: place), cache.isLiteral(arguments[place.argument].expression) else { continue }
                if let element = place.element, case .array(var array) = values[place.value] {
                    array.elements[element] = .double(Double(integer))
                    values[place.value] = .array(array)
                } else {
                    values[place.value] = .double(Double(integer))
                }
            }
        }
    }

    /// Evaluates argument `index` of `call`: by the compiled code of the region running the call when
    /// it provided them (`CompiledArguments`), otherwise from the syntax in `scope`.
    func evaluateArgument(_ index: Int, _ argument: ArgumentSyntax, in scope: Scope, expecting expected: TypeRef?,
                          call: FunctionCallExprSyntax) throws -> Value {
        if let compiled = compiledArguments.last, compiled.call == call.id, compiled.scope === scope,
           index < compiled.arguments.count {
            return try compiled.arguments[index].run(compiled.frame, expected)
        }
        return try evaluate(argument.expression, in: scope, expecting: expected)
    }

    /// An argument converted to its parameter's type, or Swift's error for it.
    func convert(_ value: Value, _ expression: ExprSyntax, to type: TypeRef) throws -> Value {
        guard let converted = conversion(of: value, to: type, literalIfWritten: expression) else {
            if case .optional(let wrapped) = value.type, Conversion.convert(value, to: .optional(type), literal: false) != nil {
                _ = wrapped
                throw CellError.compile("value of optional type '\(value.type)' must be unwrapped to a value of type '\(type)'",
                                        at: expression)
            }
            throw CellError.compile("cannot convert value of type '\(value.type)' to expected argument type '\(type)'",
                                    at: expression)
        }
        return converted
    }

    /// `Conversion.convert` of the value of `expression`, which counts as a literal if it was written as
    /// one. A conversion that works for any value gives the same result for a literal, so whether the
    /// expression is a literal is looked up only when it matters.
    func conversion(of value: Value, to type: TypeRef, literalIfWritten expression: ExprSyntax) -> Value? {
        if let converted = Conversion.convert(value, to: type, literal: false) { return converted }
        return Conversion.convert(value, to: type, literal: cache.isLiteral(expression)) ?? conformingLibraryValue(value, to: type)
    }

    /// Lines arguments up with parameters by label, the way Swift does, or says what is wrong.
    func matchLabels(_ parameters: [ParameterSpec], _ arguments: [ArgumentSyntax],
                     node: FunctionCallExprSyntax) -> Result<[ArgumentBinding], CellError> {
        var bindings: [ArgumentBinding] = []
        var next = 0
        func accepts(_ argument: ArgumentSyntax, _ parameter: ParameterSpec) -> Bool {
            if argument.isTrailingClosure {
                if case .function = parameter.type { return true }
                return parameter.type == .any && parameter.label == nil
            }
            return argument.label == parameter.label
        }
        let parameterLabels = parameters.compactMap(\.label)
        for (position, parameter) in parameters.enumerated() {
            if parameter.isVariadic {
                var taken: [Int] = []
                if next < arguments.count, accepts(arguments[next], parameter) {
                    taken.append(next)
                    next += 1
                    while next < arguments.count, arguments[next].label == nil, !arguments[next].isTrailingClosure {
                        taken.append(next)
                        next += 1
                    }
                }
                bindings.append(taken.isEmpty ? .defaulted : .variadic(taken))
                continue
            }
            if next < arguments.count, accepts(arguments[next], parameter) {
                bindings.append(.argument(next))
                next += 1
                continue
            }
            if parameter.defaultSource != nil {
                bindings.append(.defaulted)
                continue
            }
            // A required parameter without its argument: say why, as Swift would.
            let parameterName = parameter.label.map { "'\($0)'" } ?? "#\(position + 1)"
            guard next < arguments.count else {
                return .failure(CellError.compile("missing argument for parameter \(parameterName) in call",
                                                  at: node.rightParen ?? node.calledExpression.lastToken(viewMode: .sourceAccurate)))
            }
            let argument = arguments[next]
            let laterParameterTakesIt = parameters[(position + 1)...].contains { accepts(argument, $0) }
            if laterParameterTakesIt {
                return .failure(CellError.compile("missing argument for parameter \(parameterName) in call",
                                                  at: argument.expression))
            }
            switch (argument.label, parameter.label) {
            case (nil, let expected?):
                return .failure(CellError.compile("missing argument label '\(expected):' in call", at: argument.expression))
            case (let have?, nil):
                return .failure(CellError.compile("extraneous argument label '\(have):' in call", at: argument.expression))
            case (let have?, let expected?):
                return .failure(CellError.compile("incorrect argument label in call (have '\(have):', expected '\(expected):')",
                                                  at: argument.expression))
            case (nil, nil):
                return .failure(CellError.compile("missing argument for parameter \(parameterName) in call",
                                                  at: argument.expression))
            }
        }
        if next < arguments.count {
            let extra = arguments[next]
            // Parameters with defaults that the argument could have been meant for.
            let skipped = zip(parameters, bindings).compactMap { parameter, binding -> ParameterSpec? in
                if case .defaulted = binding, !parameter.isVariadic { return parameter }
                return nil
            }
            if let label = extra.label {
                let suggestion = Suggestions.didYouMean(label, among: parameterLabels)
                if suggestion.isEmpty, let expected = skipped.first(where: { $0.label != nil })?.label {
                    return .failure(CellError.compile("incorrect argument label in call (have '\(label):', expected '\(expected):')",
                                                      at: extra.expression))
                }
                return .failure(CellError.compile("extra argument '\(label)' in call" + suggestion, at: extra.expression))
            }
            if let expected = skipped.first?.label {
                return .failure(CellError.compile("missing argument label '\(expected):' in call", at: extra.expression))
            }
            return .failure(CellError.compile(arguments.count - next > 1 ? "extra arguments in call" : "extra argument in call",
                                              at: extra.expression))
        }
        return .success(bindings)
    }
}
