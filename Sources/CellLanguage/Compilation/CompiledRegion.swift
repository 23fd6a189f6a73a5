import SwiftSyntax

/// Compiled code for one expression: given the running frame and the contextual type (what
/// `Evaluator.evaluate(_:in:expecting:)` calls `expected`), its value.
typealias CompiledExpression = (Frame, TypeRef?) throws -> Value

/// Compiled code for one statement: how it ended.
typealias CompiledStatement = (Frame) throws -> Evaluator.Flow

/// Compiled code kept in an array or an optional. A closure stored in a generic container is kept
/// at the container's abstraction and every call goes through a reabstraction thunk; inside these
/// structures it keeps its own.
struct ExpressionCode {
    let run: CompiledExpression
}

struct StatementCode {
    let run: CompiledStatement
}

struct ConditionCode {
    let run: (Frame) throws -> Bool
}

struct LValueCode {
    let run: (Frame) throws -> LValue
}

/// Where compiled code finds a variable: one of the region's slots or one of the enclosing variables.
enum VariableAccess {
    case local(Int)
    case outer(Int)

    @inline(__always)
    func binding(in frame: Frame) throws -> Scope.Binding {
        switch self {
        case .local(let slot): return try frame.binding(slot)
        case .outer(let index): return frame.outer[index]
        }
    }
}

/// The variables of one run of a compiled region.
///
/// A region's own variables (a loop's `i`, a function's parameters and locals) live in numbered slots
/// the compiler assigned, not in a `Scope` dictionary; the variables it uses from around it are found
/// once when the run starts. Both are `Scope.Binding` boxes, so the tree walker (for the parts the
/// compiler leaves to it) and closures see and change the same storage.
final class Frame {
    var slots: ContiguousArray<Scope.Binding?>
    /// The variables of the enclosing scopes the region uses, in the compiler's order.
    let outer: ContiguousArray<Scope.Binding>
    /// The scope the region runs in.
    let scope: Scope

    init(slotCount: Int, outer: ContiguousArray<Scope.Binding>, scope: Scope) {
        self.slots = ContiguousArray(repeating: nil, count: slotCount)
        self.outer = outer
        self.scope = scope
    }

    /// The variable in `slot`; an error (never a crash) if the compiler's numbering were ever wrong.
    @inline(__always)
    func binding(_ slot: Int) throws -> Scope.Binding {
        guard let binding = slots[slot] else {
            throw CellError(.runtime, "internal error: a compiled variable was read before it was declared", position: nil)
        }
        return binding
    }

    /// Gives `slot` a new constant holding `value` (a loop variable at each iteration). Each iteration
    /// has its own variable, as in Swift: a closure that captured the last one keeps it. When nothing
    /// but this frame holds the last one, it is reused instead of allocating another.
    @inline(__always)
    func bindFresh(_ slot: Int, to value: Value) {
        if var previous = slots[slot] {
            slots[slot] = nil
            if isKnownUniquelyReferenced(&previous) {
                previous.value = value
                previous.isMutable = false
                previous.isInitialized = true
                previous.type = value.type
                slots[slot] = previous
                return
            }
        }
        slots[slot] = Scope.Binding(value: value, isMutable: false, type: value.type)
    }

    /// A scope in which the tree walker can evaluate part of the region: the region's scope plus the
    /// region's own variables that part names (sharing their storage).
    func scope(exposing locals: [(name: String, slot: Int)]) -> Scope {
        if locals.isEmpty { return scope }
        let child = Scope(parent: scope)
        for (name, slot) in locals {
            if let binding = slots[slot] { child.define(name, binding) }
        }
        return child
    }
}

/// The arguments of a call that compiled code hands to the evaluator's call machinery (overload
/// resolution, initializers, methods): they are evaluated by compiled code, in the caller's frame.
struct CompiledArguments {
    let call: SyntaxIdentifier
    let frame: Frame
    /// The scope the call machinery was given for this call (a different one means another call of the same syntax).
    let scope: Scope
    let arguments: [ExpressionCode]
}

/// A loop or a function body compiled once and run many times.
final class CompiledRegion {
    let body: CompiledStatement
    /// For a function whose body is one expression: that expression (its value is the result).
    let singleExpression: ExpressionCode?
    let singleExpressionSyntax: ExprSyntax?
    let slotCount: Int
    /// The names the region uses from the scopes around it, in `Frame.outer`'s order.
    let outerNames: [String]
    /// Names the compiler found in no enclosing scope (types, library functions); a run where one of
    /// them has become a variable is compiled again.
    let absentNames: [String]
    /// The syntax the region was compiled from (kept alive, so that its identifier stays unique).
    let node: Syntax
    /// For a function's body: how many parameters it has (slots `0..<parameterCount`, which every run
    /// sets first, so a recycled frame keeps their variables for the next run to reuse).
    var parameterCount = 0

    init(body: @escaping CompiledStatement, singleExpression: ExpressionCode?, singleExpressionSyntax: ExprSyntax?,
         slotCount: Int, outerNames: [String], absentNames: [String], node: Syntax) {
        self.body = body
        self.singleExpression = singleExpression
        self.singleExpressionSyntax = singleExpressionSyntax
        self.slotCount = slotCount
        self.outerNames = outerNames
        self.absentNames = absentNames
        self.node = node
    }

    /// A frame for a run in `scope`, or nil when the names the code was compiled against no longer
    /// mean the same there.
    func frame(in scope: Scope) -> Frame? {
        // A function called again from the same scope, with no name defined there since, finds the
        // same variables: they are looked up once.
        let version = scope.chainVersion
        if let resolved, resolved.scope === scope, resolved.version == version {
            if let recycled = spareFrames.popLast() { return recycled }
            return Frame(slotCount: slotCount, outer: resolved.outer, scope: scope)
        }
        var outer = ContiguousArray<Scope.Binding>()
        outer.reserveCapacity(outerNames.count)
        for name in outerNames {
            guard let binding = scope.lookup(name) else { return nil }
            outer.append(binding)
        }
        for name in absentNames where scope.lookup(name) != nil { return nil }
        // A method's context is made for each call and never met again: remembering it would only
        // keep its `self` alive.
        if !scope.isMethodContext {
            spareFrames.removeAll()
            resolved = (scope, version, outer)
        }
        return Frame(slotCount: slotCount, outer: outer, scope: scope)
    }

    /// Forgets the scope the last run found its variables in (and the frames kept for it), so that
    /// the values they hold can go (a class's `deinit` is due when its last reference goes).
    func forgetResolvedScope() {
        resolved = nil
        spareFrames.removeAll()
    }

    /// The variables found at the last run, in the scope they were found in.
    private var resolved: (scope: Scope, version: Int, outer: ContiguousArray<Scope.Binding>)?

    /// Frames of finished runs in the resolved scope, emptied, for the next runs (a recursive function
    /// keeps one per depth it reached, up to `maximumSpareFrames`).
    private var spareFrames: [Frame] = []
    private static let maximumSpareFrames = 64

    /// Takes back the frame of a finished run when nothing else holds it (no closure made in the run
    /// captured it) and it belongs to the resolved scope: its slots are emptied for the next run.
    func recycle(_ frame: inout Frame) {
        guard spareFrames.count < Self.maximumSpareFrames, let resolved, frame.scope === resolved.scope,
              frame.outer.count == resolved.outer.count, isKnownUniquelyReferenced(&frame),
              zip(frame.outer, resolved.outer).allSatisfy({ $0 === $1 }) else { return }
        for slot in frame.slots.indices {
            // A parameter's variable that nothing else holds (no closure captured it) is kept, emptied,
            // for the next run; every other slot is let go.
            if slot < parameterCount, var binding = frame.slots[slot] {
                frame.slots[slot] = nil
                if isKnownUniquelyReferenced(&binding) {
                    binding.value = .void
                    frame.slots[slot] = binding
                }
                continue
            }
            frame.slots[slot] = nil
        }
        spareFrames.append(frame)
    }
}

extension Evaluator {
    /// Runs a `for`, `while` or `repeat` statement as compiled code; nil when the compiler leaves it
    /// to the tree walker.
    func runCompiledLoop(_ statement: StmtSyntax, in scope: Scope, label: String?) throws -> Flow? {
        guard let (region, frame) = compiledRegion(for: Syntax(statement), in: scope, compile: { compiler in
            try compiler.compileLoopRegion(statement, label: label)
        }) else { return nil }
        return try region.body(frame)
    }

    /// Calls a free function with arguments already converted to its parameters' types (a call site
    /// that matched `plainParameters`): what `callUser` does, without converting them again.
    func callConverted(_ function: UserFunction, arguments: [Value], node: FunctionCallExprSyntax) throws -> Value {
        guard userTypes.context == nil, activeGenericParameters.isEmpty, function.genericParameters.isEmpty,
              function.nonOwningCaptures == nil, function.typeContext == nil, let types = function.plainParameters?.types,
              types.count == arguments.count, let region = compiledBody(of: function) else {
            return try callUser(function, arguments: arguments, node: node)
        }
        return try runCompiled(function, region: region, arguments: arguments, node: node, in: function.captured,
                               convertedTo: types)
    }

    /// The compiled body of a free function (not a method, closure or failable initializer), if the
    /// compiler takes it.
    func compiledBody(of function: UserFunction) -> CompiledRegion? {
        guard !function.isClosure, !function.isMethod, function.owner == nil, !function.usesAnonymousParameters,
              !function.isFailable, function.parameters.allSatisfy({ !$0.isInout && !$0.isVariadic }) else { return nil }
        return compiledFunction(function, in: function.captured, methodContext: nil)
    }

    /// The compiled body of a method run with `self` bound in `context` (initializers, accessors of
    /// failable or anonymous forms stay with the tree walker).
    func compiledMethodBody(of function: UserFunction, context: Scope) -> CompiledRegion? {
        guard function.isMethod, !function.isInitializer, !function.isFailable, !function.isClosure,
              !function.usesAnonymousParameters,
              function.parameters.allSatisfy({ !$0.isInout && !$0.isVariadic }) else { return nil }
        return compiledFunction(function, in: context, methodContext: context)
    }

    private func compiledFunction(_ function: UserFunction, in scope: Scope, methodContext: Scope?) -> CompiledRegion? {
        if let compiled = function.compiled, compiled.generation == compilationGeneration { return compiled.region }
        // Functions made from the same declaration (a nested function, made at each call of the one
        // around it) share one compiled body.
        let key = function.node.id
        var region: CompiledRegion?
        if let shared = compiledRegions[key] {
            region = shared
        } else if !uncompiledRegions.contains(key) {
            let compiler = RegionCompiler(evaluator: self, scope: scope, methodContext: methodContext)
            region = compiler.isInMethodContext ? nil : try? compiler.compileFunctionRegion(function)
            if let region { compiledRegions[key] = region } else { uncompiledRegions.insert(key) }
        }
        function.compiled = (region, compilationGeneration)
        return region
    }

    /// Calls a function through its compiled body (what `callUser` does for the tree walker), in
    /// `scope`: the function's captured scope, or a method's context binding `self`.
    func runCompiled(_ function: UserFunction, region: CompiledRegion, arguments: [Value], node: (some SyntaxProtocol)?,
                     in scope: Scope, methodContext: Scope? = nil, convertedTo types: [TypeRef]? = nil) throws -> Value {
        try checkInterruptPeriodically()
        callDepth += 1
        defer { callDepth -= 1 }
        if callDepth > Self.maximumCallDepth {
            throw CellError(.runtime,
                            "recursion depth limit exceeded: more than \(Self.maximumCallDepth) nested calls\(function.name.map { " (in '\($0)')" } ?? "")",
                            position: node?.positionAfterSkippingLeadingTrivia)
        }
        if stackUsed > stackBudget {
            throw CellError(.runtime, "recursion depth limit exceeded: the cell's stack is exhausted after \(callDepth) nested calls",
                            position: node?.positionAfterSkippingLeadingTrivia)
        }
        var current = region
        var frame = region.frame(in: scope)
        if frame == nil {
            // The names around the function changed meaning since it was compiled: compile it again.
            let compiler = RegionCompiler(evaluator: self, scope: scope, methodContext: methodContext)
            guard let again = try? compiler.compileFunctionRegion(function), let againFrame = again.frame(in: scope) else {
                function.compiled = (nil, compilationGeneration)
                callDepth -= 1
                defer { callDepth += 1 }
                return try callUser(function, arguments: arguments, node: node, parent: scope)
            }
            function.compiled = (again, compilationGeneration)
            current = again
            frame = againFrame
        }
        guard var running = frame else { return .void }
        frame = nil  // `running` holds the only reference, so the frame can be recycled
        let value = try run(function, current, in: running, arguments: arguments, node: node, convertedTo: types)
        current.recycle(&running)
        return value
    }

    /// The body of `function` run in `frame` with `arguments` bound to its parameters.
    private func run(_ function: UserFunction, _ region: CompiledRegion, in frame: Frame, arguments: [Value],
                     node: (some SyntaxProtocol)?, convertedTo types: [TypeRef]?) throws -> Value {
        if let types {
            for (slot, (type, argument)) in zip(types, arguments).enumerated() {
                let bindingType = type.isAny ? argument.type : type
                if let kept = frame.slots[slot] {
                    // A recycled frame's own variable (see `CompiledRegion.recycle`).
                    kept.value = argument
                    kept.type = bindingType
                    kept.isMutable = false
                    kept.isInitialized = true
                } else {
                    frame.slots[slot] = Scope.Binding(value: argument, isMutable: false, type: bindingType)
                }
            }
        } else {
            for (slot, (parameter, argument)) in zip(function.parameters, arguments).enumerated() {
                let (value, type) = try parameterValue(parameter, argument, node: node)
                frame.slots[slot] = Scope.Binding(value: value, isMutable: false, type: type)
            }
        }
        returnTypes.append(function.returnType)
        defer { returnTypes.removeLast() }
        if let code = region.singleExpression, let syntax = region.singleExpressionSyntax {
            let value = try code.run(frame, function.returnType)
            let converted = try convertReturn(value, expression: syntax, function: function)
            return function.returnLabels.map { converted.relabeled($0) } ?? converted
        }
        return try result(of: function, flow: try region.body(frame))
    }

    /// The compiled region for `node` run in `scope` and a frame for this run, compiling it on first
    /// use (and again when the names around it changed meaning); nil when the tree walker runs it.
    private func compiledRegion(for node: Syntax, in scope: Scope,
                                compile: (RegionCompiler) throws -> CompiledRegion) -> (CompiledRegion, Frame)? {
        let key = node.id
        if uncompiledRegions.contains(key) { return nil }
        if let region = compiledRegions[key], let frame = region.frame(in: scope) { return (region, frame) }
        let compiler = RegionCompiler(evaluator: self, scope: scope)
        guard !compiler.isInMethodContext, let region = try? compile(compiler), let frame = region.frame(in: scope) else {
            uncompiledRegions.insert(key)
            return nil
        }
        compiledRegions[key] = region
        return (region, frame)
    }
}
