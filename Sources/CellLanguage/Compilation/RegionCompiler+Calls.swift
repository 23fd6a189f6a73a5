import SwiftSyntax

extension RegionCompiler {
    /// Compiles a call. Calls of cell functions and library methods on variables take direct paths;
    /// every other call runs the evaluator's own call machinery (overloads, initializers, methods)
    /// with compiled arguments (`CompiledArguments`).
    func compileCall(_ call: FunctionCallExprSyntax) -> CompiledExpression {
        let arguments = evaluator.arguments(of: call)
        let argumentCode = arguments.map { ExpressionCode(run: compileExpression($0.expression)) }
        let hasInout = arguments.contains { $0.expression.is(InOutExprSyntax.self) }
        let callee = call.calledExpression
        if let reference = callee.as(DeclReferenceExprSyntax.self), !reference.baseName.tokenKind.isDollarIdentifier {
            let name = evaluator.cache.text(reference.baseName)
            if case .selfMember = lookupName(name) {
                // `step()` in a method: a method of `self`, which the tree walker resolves.
                return genericCall(call, arguments: arguments, argumentCode: argumentCode)
            }
            if let binding = compileBinding(name) {
                return compileFunctionValueCall(call, name: name, binding: binding, arguments: arguments,
                                                argumentCode: argumentCode, hasInout: hasInout)
            }
            return compileNamedCall(call, name: name, arguments: arguments, argumentCode: argumentCode, hasInout: hasInout)
        }
        if let member = callee.as(MemberAccessExprSyntax.self), let base = member.base,
           let reference = base.as(DeclReferenceExprSyntax.self), !hasInout {
            let baseName = evaluator.cache.text(reference.baseName)
            if let binding = compileBinding(baseName) {
                return compileMethodCall(call, name: evaluator.cache.text(member.declName.baseName), base: base,
                                         baseName: baseName, binding: binding, arguments: arguments, argumentCode: argumentCode)
            }
        }
        return genericCall(call, arguments: arguments, argumentCode: argumentCode)
    }

    /// Runs `body` with the call's compiled arguments made available to the evaluator's call machinery.
    @inline(__always)
    static func withArguments<T>(_ evaluator: Evaluator, _ call: FunctionCallExprSyntax, _ frame: Frame, _ scope: Scope,
                                 _ arguments: [ExpressionCode], _ body: () throws -> T) throws -> T {
        evaluator.compiledArguments.append(CompiledArguments(call: call.id, frame: frame, scope: scope, arguments: arguments))
        defer { evaluator.compiledArguments.removeLast() }
        return try body()
    }

    /// The tree walker's call logic with compiled arguments, in a scope that shares the region's variables.
    private func genericCall(_ call: FunctionCallExprSyntax, arguments: [ArgumentSyntax],
                             argumentCode: [ExpressionCode]) -> CompiledExpression {
        let locals = localsNamed(in: call)
        let evaluator = evaluator
        return { frame, expected in
            let scope = frame.scope(exposing: locals)
            return try Self.withArguments(evaluator, call, frame, scope, argumentCode) {
                try evaluator.evaluateCall(call, in: scope, expecting: expected, arguments: arguments)
            }
        }
    }

    /// `f(x)` where `f` is a variable: a cell function or a closure is called directly; anything else
    /// goes through `callFunctionValue`.
    private func compileFunctionValueCall(_ call: FunctionCallExprSyntax, name: String,
                                          binding: VariableAccess, arguments: [ArgumentSyntax],
                                          argumentCode: [ExpressionCode], hasInout: Bool) -> CompiledExpression {
        let labels = arguments.map(\.label)
        let simple = !hasInout && !arguments.contains(where: \.isTrailingClosure)
        let locals = localsNamed(in: call)
        let evaluator = evaluator
        let site = LabelCheckedCallSite()
        return { frame, expected in
            let callee = try binding.binding(in: frame).value
            if simple, case .function(let function) = callee, case .user(let user) = function.body,
               !user.parameters.contains(where: \.isAutoclosure) {
                let parameters = user.parameters
                if user.isClosure || (name != user.name && !user.isMethod) {
                    if labels.allSatisfy({ $0 == nil }) {
                        var values: [Value] = []
                        values.reserveCapacity(argumentCode.count)
                        for (index, code) in argumentCode.enumerated() {
                            let type = index < parameters.count ? parameters[index].type : nil
                            values.append(try code.run(frame, type?.isAny == true ? nil : type))
                        }
                        return try evaluator.callUser(user, arguments: values, node: call)
                    }
                } else if user.overloads.isEmpty, let shape = user.plainParameters, shape.types.count == argumentCode.count,
                          site.matches(user, labels: labels, shape: shape) {
                    var values: [Value] = []
                    values.reserveCapacity(argumentCode.count)
                    for (index, code) in argumentCode.enumerated() {
                        let type = shape.types[index]
                        let value = try code.run(frame, type.isAny ? nil : type)
                        values.append(Conversion.isExactly(value, type) ? value
                                      : try evaluator.convert(value, arguments[index].expression, to: type))
                    }
                    return try evaluator.callConverted(user, arguments: values, node: call)
                }
            }
            let scope = frame.scope(exposing: locals)
            return try Self.withArguments(evaluator, call, frame, scope, argumentCode) {
                try evaluator.callFunctionValue(callee, arguments: arguments, in: scope, calleeName: name, node: call)
            }
        }
    }

    /// `Name(...)` where `Name` is no variable: a cell type's initializer, a library type's, or a
    /// library function, in the order `evaluateCall` tries them.
    private func compileNamedCall(_ call: FunctionCallExprSyntax, name: String, arguments: [ArgumentSyntax],
                                  argumentCode: [ExpressionCode], hasInout: Bool) -> CompiledExpression {
        if name == "swap" || hasInout { return genericCall(call, arguments: arguments, argumentCode: argumentCode) }
        let fallback = genericCall(call, arguments: arguments, argumentCode: argumentCode)
        let evaluator = evaluator
        let functions = evaluator.registry.globals[name]?.filter { $0.kind == .function } ?? []
        let functionSite = PlannedCallSite(symbols: functions, calleeName: name)
        var initializerSite: PlannedCallSite?
        var initializerType: TypeRef?
        let memberwiseSite = MemberwiseConstructionSite(arguments: arguments)
        return { frame, expected in
            let scope = frame.scope
            if let type = evaluator.userTypes[name] {
                if let value = try memberwiseSite.construct(type, evaluator: evaluator, argumentCode: argumentCode, frame: frame) {
                    return value
                }
                return try Self.withArguments(evaluator, call, frame, scope, argumentCode) {
                    try evaluator.construct(type, arguments: arguments, in: scope, node: call)
                }
            }
            if let type = evaluator.knownType(named: name) {
                let table = type.memberTableName
                if evaluator.userTypes[table] == nil, evaluator.extensionTables[table] == nil {
                    // A library type's initializer (`Double(i)`, `String(n)`): what `callStatic` does,
                    // with the call's plan made once.
                    if initializerType != type {
                        initializerType = type
                        initializerSite = PlannedCallSite(symbols: evaluator.registry.staticMember("init", of: type).filter(\.isCallable),
                                                          calleeName: "\(type).init")
                    }
                    if let site = initializerSite, !site.symbols.isEmpty {
                        var receiver = Value.metatype(type)
                        return try site.call(evaluator, receiver: &receiver, call: call, arguments: arguments,
                                             argumentCode: argumentCode, frame: frame)
                    }
                }
                return try Self.withArguments(evaluator, call, frame, scope, argumentCode) {
                    try evaluator.callStatic("init", of: type, arguments: arguments, in: scope, node: call)
                }
            }
            if !functionSite.symbols.isEmpty {
                var receiver = Value.void
                return try functionSite.call(evaluator, receiver: &receiver, call: call, arguments: arguments,
                                             argumentCode: argumentCode, frame: frame)
            }
            return try fallback(frame, expected)
        }
    }

    /// `x.name(...)` where `x` is a variable holding a library value: the library method is called
    /// directly, in place on `x` when it is mutating.
    private func compileMethodCall(_ call: FunctionCallExprSyntax, name: String, base: ExprSyntax, baseName: String,
                                   binding: VariableAccess, arguments: [ArgumentSyntax],
                                   argumentCode: [ExpressionCode]) -> CompiledExpression {
        let fallback = genericCall(call, arguments: arguments, argumentCode: argumentCode)
        let evaluator = evaluator
        var cachedTable = ""
        var cachedSymbols: [Symbol] = []
        var cachedPlan: (symbol: Symbol, parameters: [ParameterSpec])?
        let userSite = UserMethodCallSite(name: name, base: base, baseName: baseName)
        // `values.append(x)`: Array's `append(_:)`, the one overload one unlabeled argument can mean.
        let isElementAppend = name == "append" && arguments.count == 1 && arguments[0].label == nil
            && !arguments[0].isTrailingClosure
        return { frame, expected in
            let variable = try binding.binding(in: frame)
            guard variable.isInitialized, evaluator.extensionTables.isEmpty else { return try fallback(frame, expected) }
            if isElementAppend, variable.isMutable, let elementType = variable.arrayElementType {
                let hint: TypeRef? = elementType.isAny ? nil : elementType
                let element = try evaluator.withImplicitMembers(context: hint) { try argumentCode[0].run(frame, hint) }
                var container = Value.void
                swap(&container, &variable.value)
                defer { variable.value = container }
                if var array = container.takeArray() {
                    defer { container = .array(array) }
                    do {
                        try CollectionMembers.append(element, to: &array)
                    } catch let error as CellError {
                        throw error.located(at: call)
                    }
                    return .void
                }
            }
            guard let table = Self.libraryMemberTable(of: variable.value) else {
                return try userSite.call(evaluator, variable: variable, call: call, arguments: arguments,
                                         argumentCode: argumentCode, frame: frame) ?? fallback(frame, expected)
            }
            if table != cachedTable {
                cachedTable = table
                cachedSymbols = evaluator.registry.instanceMember(name, of: .named(table)).filter { $0.kind == .method }
                cachedPlan = Self.singleCandidate(cachedSymbols, arguments: arguments, call: call, evaluator: evaluator)
            }
            let symbols = cachedSymbols
            guard !symbols.isEmpty else { return try fallback(frame, expected) }
            let scope = frame.scope
            let isMutating = symbols.contains(where: \.isMutating)
            if isMutating && !variable.isMutable {
                throw CellError.compile("cannot use mutating member on immutable value: '\(baseName)' is a 'let' constant", at: base)
            }
            if let plan = cachedPlan {
                // The one overload the labels allow: arguments converted to its parameters, as
                // `resolveCall` would for a single candidate.
                var values: [Value] = []
                values.reserveCapacity(argumentCode.count)
                try evaluator.withImplicitMembers(of: variable.value) {
                    for (index, code) in argumentCode.enumerated() {
                        let type = plan.parameters[index].type
                        let value = try code.run(frame, type.isAny ? nil : type)
                        values.append(try evaluator.convert(value, arguments[index].expression, to: type))
                    }
                }
                if isMutating {
                    var receiver = Value.void
                    swap(&receiver, &variable.value)
                    defer { variable.value = receiver }
                    return try evaluator.invoke(plan.symbol, receiver: &receiver, arguments: values, node: call)
                }
                var receiver = variable.value
                return try evaluator.invoke(plan.symbol, receiver: &receiver, arguments: values, node: call)
            }
            if isMutating {
                // Arguments are evaluated before the receiver is taken for mutation.
                let resolved = try Self.withArguments(evaluator, call, frame, scope, argumentCode) {
                    try evaluator.withImplicitMembers(of: variable.value) {
                        try evaluator.resolveCall(symbols.map(\.candidate), arguments: arguments, in: scope,
                                                  calleeName: name, node: call)
                    }
                }
                var receiver = Value.void
                swap(&receiver, &variable.value)
                defer { variable.value = receiver }
                return try evaluator.invoke(symbols[resolved.index], receiver: &receiver, arguments: resolved.values, node: call)
            }
            var receiver = variable.value
            return try Self.withArguments(evaluator, call, frame, scope, argumentCode) {
                try evaluator.callSymbols(symbols, receiver: &receiver, arguments: arguments, in: scope, calleeName: name, node: call)
            }
        }
    }

    /// The one symbol whose parameters the call's labels line up with one argument each, in order
    /// (no defaults, variadics or trailing closures), if exactly one does.
    static func singleCandidate(_ symbols: [Symbol], arguments: [ArgumentSyntax], call: FunctionCallExprSyntax,
                                evaluator: Evaluator) -> (symbol: Symbol, parameters: [ParameterSpec])? {
        if arguments.contains(where: \.isTrailingClosure) { return nil }
        var found: (symbol: Symbol, parameters: [ParameterSpec])?
        for symbol in symbols {
            let parameters = symbol.parameters ?? []
            guard case .success(let bindings) = evaluator.matchLabels(parameters, arguments, node: call) else { continue }
            if found != nil { return nil }
            let inOrder = bindings.enumerated().allSatisfy { position, binding in
                if case .argument(let index) = binding { return index == position }
                return false
            }
            guard inOrder, parameters.count == arguments.count, !parameters.contains(where: { $0.isInout || $0.isVariadic }) else {
                return nil
            }
            found = (symbol, parameters)
        }
        return found
    }

    /// The registry's member table for a value of a standard or library type (what
    /// `value.type.memberTableName` is), without building its type; nil for cell types and others.
    static func libraryMemberTable(of value: Value) -> String? {
        switch value {
        case .int: return "Int"
        case .double: return "Double"
        case .bool: return "Bool"
        case .string: return "String"
        case .array: return "Array"
        case .dictionary: return "Dictionary"
        case .set: return "Set"
        case .range(let range): return range.isClosed ? "ClosedRange" : "Range"
        case .native(let native):
            if let angle = native.typeName.firstIndex(of: "<") { return String(native.typeName[..<angle]) }
            return native.typeName
        default: return nil
        }
    }
}

/// One call site of library symbols (a type's initializers, a global function's overloads) with the
/// call's plan (`Evaluator.CallPlan`) made on its first run.
final class PlannedCallSite {
    let symbols: [Symbol]
    let candidates: [CallCandidate]
    let calleeName: String
    private var plan: Evaluator.CallPlan?

    init(symbols: [Symbol], calleeName: String) {
        self.symbols = symbols
        self.candidates = symbols.map(\.candidate)
        self.calleeName = calleeName
    }

    /// What `Evaluator.callSymbols` does: resolve the overload, evaluate and convert the arguments, invoke.
    func call(_ evaluator: Evaluator, receiver: inout Value, call: FunctionCallExprSyntax, arguments: [ArgumentSyntax],
              argumentCode: [ExpressionCode], frame: Frame) throws -> Value {
        let plan = try self.plan ?? evaluator.planCall(candidates, arguments: arguments, calleeName: calleeName, node: call)
        self.plan = plan
        var values: [Value] = []
        values.reserveCapacity(argumentCode.count)
        try evaluator.withImplicitMembers(of: receiver) {
            for (index, code) in argumentCode.enumerated() {
                values.append(try code.run(frame, plan.expectedTypes[index]))
            }
        }
        let resolved = try evaluator.completeCall(plan, candidates, values: values, arguments: arguments,
                                                  calleeName: calleeName, node: call)
        return try evaluator.invoke(symbols[resolved.index], receiver: &receiver, arguments: resolved.values, node: call)
    }
}

/// One call site of a method of a cell type on a variable (`p.step()`): what `callUserMethod` does,
/// with the candidates made once per set of methods.
final class UserMethodCallSite {
    let name: String
    let base: ExprSyntax
    let baseName: String
    private var methods: [UserFunction] = []
    private var candidates: [CallCandidate] = []
    /// The parameter types of the one method, when the call's arguments line up with them one to one.
    private var plainTypes: [TypeRef]?

    init(name: String, base: ExprSyntax, baseName: String) {
        self.name = name
        self.base = base
        self.baseName = baseName
    }

    /// The method's result, or nil when the variable's value has no such cell method (the caller
    /// falls back to the evaluator's general path, which reports or finds what else it is).
    func call(_ evaluator: Evaluator, variable: Scope.Binding, call: FunctionCallExprSyntax, arguments: [ArgumentSyntax],
              argumentCode: [ExpressionCode], frame: Frame) throws -> Value? {
        // Only facts about the receiver are kept: holding the value would make a mutation copy it.
        let facts: (methods: [UserFunction], isClass: Bool)? = {
            let value = variable.value
            guard value.userDefinition != nil, let methods = evaluator.userMethods(name, of: value) else { return nil }
            return (methods, evaluator.definition(of: value)?.kind == .classType)
        }()
        guard let facts else { return nil }
        if facts.methods.count != methods.count || !zip(facts.methods, methods).allSatisfy({ $0 === $1 }) {
            methods = facts.methods
            candidates = facts.methods.map(\.candidate)
            // One method whose parameters each take one of the call's arguments, labels in order: the
            // overload resolution's answer is known, and the arguments are converted as it would.
            plainTypes = nil
            if methods.count == 1, let only = methods.first, let shape = only.plainParameters,
               shape.types.count == arguments.count, shape.labels == arguments.map(\.label),
               !arguments.contains(where: \.isTrailingClosure), only.genericParameters.isEmpty {
                plainTypes = shape.types
            }
        }
        let scope = frame.scope
        let resolved: (index: Int, values: [Value])
        if let plainTypes {
            var values: [Value] = []
            values.reserveCapacity(argumentCode.count)
            for (index, code) in argumentCode.enumerated() {
                let type = plainTypes[index]
                let value = try code.run(frame, type.isAny ? nil : type)
                values.append(Conversion.isExactly(value, type) ? value
                              : try evaluator.convert(value, arguments[index].expression, to: type))
            }
            resolved = (0, values)
        } else {
            let found = try RegionCompiler.withArguments(evaluator, call, frame, scope, argumentCode) {
                try evaluator.resolveCall(candidates, arguments: arguments, in: scope, calleeName: name, node: call)
            }
            resolved = (found.index, found.values)
        }
        let method = methods[resolved.index]
        if method.isMutating, !facts.isClass {
            guard variable.isMutable else {
                throw CellError.compile("cannot use mutating member on immutable value: '\(baseName)' is a 'let' constant",
                                        at: base)
            }
            var receiver = Value.void
            swap(&receiver, &variable.value)
            defer { variable.value = receiver }
            return try evaluator.callMethod(method, self: &receiver, arguments: resolved.values, node: call)
        }
        var receiver = variable.value
        return try evaluator.callMethod(method, self: &receiver, arguments: resolved.values, node: call)
    }
}

/// Remembers the function a call site last found its argument labels match (so that a call in a loop
/// or a recursion compares them once). Held weakly: the call site does not keep the function alive.
final class LabelCheckedCallSite {
    private weak var function: UserFunction?

    func matches(_ user: UserFunction, labels: [String?], shape: (labels: [String?], types: [TypeRef])) -> Bool {
        if function === user { return true }
        guard shape.labels == labels else { return false }
        function = user
        return true
    }
}
