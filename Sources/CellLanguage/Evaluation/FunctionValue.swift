import SwiftSyntax

/// A callable value: a closure or function declared in a cell, or library overloads used as a value.
public final class FunctionValue {
    enum Body {
        case user(UserFunction)
        case library(name: String, overloads: [Symbol])
        /// A binary operator used as a function, as in `reduce(0, +)` or `sorted(by: >)`.
        case binaryOperator(String)
        /// The argument of an `@autoclosure` parameter: evaluated, in the caller's scope, each time it is called.
        case autoclosure(ExprSyntax, Scope)
    }

    let body: Body
    /// The function type a closure was given by an annotation (`let f: (Int) -> Int = { $0 * 2 }`),
    /// which its own syntax may not spell out.
    var declaredType: TypeRef?

    init(_ body: Body) {
        self.body = body
    }

    var type: TypeRef {
        if let declaredType { return declaredType }
        switch body {
        case .user(let function):
            return .function(function.parameters.map(\.type), function.returnType ?? .any)
        case .library(_, let overloads):
            guard let symbol = overloads.first else { return .function([], .any) }
            return .function((symbol.parameters ?? []).map(\.type), symbol.returnType)
        case .binaryOperator:
            return .function([.any, .any], .any)
        case .autoclosure:
            return .function([], .any)
        }
    }
}

/// A function declared in a cell (`func f(_ x: Int) -> Int { ... }`) or a closure.
final class UserFunction {
    let name: String?
    let parameters: [ParameterSpec]
    /// The declared result type; nil for closures, whose result is whatever they return.
    let returnType: TypeRef?
    let body: CodeBlockItemListSyntax
    let captured: Scope
    let isClosure: Bool
    /// True for closures written with `$0`, `$1` ... instead of named parameters.
    let usesAnonymousParameters: Bool
    let node: Syntax
    /// The type whose member this is (methods, accessors, initializers); nil for free functions.
    var owner: UserType?
    /// True for methods, accessors and initializers: they run with `self` bound.
    var isMethod = false
    /// `mutating` methods (and a structure's initializers and setters) change `self`.
    var isMutating = false
    var isInitializer = false
    /// `convenience init`: delegates across (`self.init`), and is inherited only under Swift's rule 2.
    var isConvenience = false
    /// `init?`.
    var isFailable = false
    /// Declared `throws` (or `rethrows`).
    var isThrowing = false
    /// `final`: subclasses may not override it.
    var isFinal = false
    /// The element labels of a declared tuple result (`-> (min: Int, max: Int)`), given to what it returns.
    var returnLabels: [String?]?
    /// The type whose member declarations enclose the function (lexically), whose nested types its
    /// body names by their short names.
    lazy var typeContext: String? = captured.enclosingTypeContext
    /// The generic parameters the function declares (`T` of `func f<T>`): its body's annotations may
    /// name them, and they stand for any type there.
    var genericParameters: Set<String> = []
    /// The parameters' declared types with the generic parameters kept by name (`T.Type`, `[T]`), from
    /// which a call learns what each generic parameter stands for; empty for a function that is not generic.
    var genericPatterns: [TypeRef] = []
    /// The largest `n` of the `$n` a closure's body uses (-1 when none does).
    lazy var highestAnonymousParameter: Int = body.tokens(viewMode: .sourceAccurate).reduce(-1) { highest, token in
        guard case .dollarIdentifier(let text) = token.tokenKind, let index = Int(text.dropFirst()) else { return highest }
        return max(highest, index)
    }
    /// A closure's `weak` and `unowned` captures (`[weak self]`), held only while it runs.
    var nonOwningCaptures: NonOwningCaptures?
    /// The parameters' labels and types when each takes one plain argument (no `inout`, variadic or
    /// `@autoclosure` parameter): a call site that passes one argument per parameter, with these labels,
    /// converts its arguments itself and calls `Evaluator.callConverted`.
    lazy var plainParameters: (labels: [String?], types: [TypeRef])? = {
        if parameters.contains(where: { $0.isInout || $0.isVariadic || $0.isAutoclosure }) { return nil }
        return (parameters.map(\.label), parameters.map(\.type))
    }()
    /// The other functions of the same name the same cell declared in the same scope with other
    /// parameters (`func describe(_ x: Int)` beside `func describe(_ x: String)`): a call by name picks
    /// among them and this one, as Swift resolves overloads. Empty for most functions.
    var overloads: [UserFunction] = []
    /// The parameters' labels and types, which tell overloads apart (a function declared again with
    /// the same ones replaces the earlier).
    var overloadSignature: String {
        parameters.map { "\($0.label ?? "_"):\($0.isInout ? "inout " : "")\($0.type)\($0.isVariadic ? "..." : "")" }
            .joined(separator: ",")
    }
    /// This function's compiled body and the cell run it was compiled in (`Evaluator.compilationGeneration`);
    /// a region from an earlier run is compiled again.
    var compiled: (region: CompiledRegion?, generation: Int)?

    init(name: String?, parameters: [ParameterSpec], returnType: TypeRef?, body: CodeBlockItemListSyntax,
         captured: Scope, isClosure: Bool, usesAnonymousParameters: Bool, node: Syntax) {
        self.name = name
        self.parameters = parameters
        self.returnType = returnType
        self.body = body
        self.captured = captured
        self.isClosure = isClosure
        self.usesAnonymousParameters = usesAnonymousParameters
        self.node = node
    }
}

/// The names a closure's capture list takes `weak` or `unowned` (`[weak self]`, `[unowned self]`):
/// between calls the closure does not keep those instances alive, as in Swift, so an instance whose
/// closure property captures it this way is released (and its `deinit` runs). While the closure
/// runs, its variables hold them (an `unowned` one released by then is Swift's trap, an error here).
final class NonOwningCaptures {
    struct Capture {
        let binding: Scope.Binding
        weak var object: ObjectValue?
        let isWeak: Bool
        let type: TypeRef

        /// What the variable holds between calls: nil for a `weak` one, nothing for an `unowned` one.
        var placeholder: Value { isWeak ? .optional(nil, type) : .void }
    }

    private let captures: [Capture]
    /// Calls of the closure running now (a recursive one loads its captures once).
    private var depth = 0

    init(_ captures: [Capture]) {
        self.captures = captures
        for capture in captures { capture.binding.value = capture.placeholder }
    }

    /// Gives the variables their instances for a call.
    func load() throws {
        depth += 1
        guard depth == 1 else { return }
        for capture in captures {
            if let object = capture.object {
                capture.binding.value = capture.isWeak ? .optional(.object(object), capture.type) : .object(object)
            } else if !capture.isWeak {
                depth -= 1
                throw CellError(.runtime, "Attempted to read an unowned reference but the object was already deallocated", position: nil)
            }
        }
    }

    /// Lets the instances go when the outermost call ends.
    func unload() {
        depth -= 1
        guard depth == 0 else { return }
        for capture in captures { capture.binding.value = capture.placeholder }
    }
}
