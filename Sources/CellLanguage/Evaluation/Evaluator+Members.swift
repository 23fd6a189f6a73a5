import SwiftSyntax

extension Evaluator {
    func evaluateMemberAccess(_ member: MemberAccessExprSyntax, in scope: Scope, expecting expected: TypeRef?,
                              asReceiver: Bool = false) throws -> Value {
        let name = cache.text(member.declName.baseName)
        guard let base = member.base else {
            guard let type = expected?.optionalWrapped ?? expected ?? implicitMemberContext, type != .any else {
                throw CellError.compile("cannot infer contextual base in reference to member '\(name)'", at: member)
            }
            return try staticValue(name, of: type, node: member)
        }
        if let type = try staticBase(base, in: scope) {
            return try staticValue(name, of: type, node: member)
        }
        if base.is(SuperExprSyntax.self) {
            let (selfValue, superclass) = try superContext(in: scope, at: base)
            return try superProperty(name, of: selfValue, superclass: superclass, node: member)
        }
        let value = literalReceiver(try evaluateReceiver(base, in: scope), base: base, member: name)
        if case .metatype(let type) = value {
            return try staticValue(name, of: type, node: member)
        }
        if case .tuple(let elements, let labels) = value {
            if let index = Int(name), index >= 0, index < elements.count { return elements[index] }
            if let index = labels.firstIndex(of: name) { return elements[index] }
        }
        let read = try property(name, of: value, node: member.declName)
        if hasImplicitlyUnwrappedVariables, definition(of: value)?.implicitlyUnwraps(name) == true {
            return try implicitlyUnwrapped(read, expecting: expected, asReceiver: asReceiver, at: member.declName)
        }
        return read
    }

    /// The receiver of `literal.member`: an integer literal is a `Double` when `Int` has no such
    /// member and `Double` has (`3.ft` with `extension Double { var ft: Double }`), as Swift types it.
    func literalReceiver(_ value: Value, base: ExprSyntax, member: String) -> Value {
        guard case .int(let integer) = value, base.is(IntegerLiteralExprSyntax.self), !hasMember(member, value) else { return value }
        let double = Value.double(Double(integer))
        return hasMember(member, double) ? double : value
    }

    /// A static property or payload-free enum case (`Double.pi`, `.log`, `Int.max`).
    func staticValue(_ name: String, of type: TypeRef, node: some SyntaxProtocol) throws -> Value {
        if name == "self" { return .metatype(type) }  // `Score.self`, `T.self`: the type as a value
        if let value = try userStaticProperty(name, of: type, node: node) { return value }
        if name == "init" {
            // `map(String.init)`: an initializer used as a function.
            let overloads = registry.staticMember("init", of: type).filter { $0.parameters?.count == 1 }
            if !overloads.isEmpty { return .function(FunctionValue(.library(name: "\(type).init", overloads: overloads))) }
        }
        let symbols = registry.staticMember(name, of: type)
        guard let symbol = symbols.first(where: { !$0.isCallable }) ?? symbols.first else {
            throw noMember(name, of: .named("\(type).Type"), staticOf: type, at: node)
        }
        if symbol.isCallable {
            if let parameters = symbol.parameters, parameters.allSatisfy({ $0.defaultSource != nil }), symbol.kind == .enumCase {
                throw CellError.compile("enum case '\(symbol.qualifiedName)' takes arguments; write .\(name)()", at: node)
            }
            throw CellError.compile("'\(symbol.qualifiedName)' must be called, as in .\(name)(...)", at: node)
        }
        var receiver = Value.metatype(type)
        return try invoke(symbol, receiver: &receiver, arguments: [], node: node)
    }

    /// An instance property.
    func property(_ name: String, of value: Value, node: some SyntaxProtocol) throws -> Value {
        if let userValue = try userProperty(name, of: value, node: node) { return userValue }
        let symbols = registry.instanceMember(name, of: value.type)
        guard let symbol = symbols.first(where: { $0.kind == .property }) else {
            if let method = symbols.first {
                throw CellError.compile("'\(method.qualifiedName)' is a method of '\(value.type)'; call it, as in .\(name)(...)",
                                        at: node)
            }
            throw noMember(name, of: value.type, at: node)
        }
        var receiver = value
        return try invoke(symbol, receiver: &receiver, arguments: [], node: node)
    }

    func noMember(_ name: String, of type: TypeRef, staticOf staticType: TypeRef? = nil, at node: some SyntaxProtocol) -> CellError {
        let candidates: [String]
        if let staticType {
            candidates = registry.staticMemberNames(of: staticType)
            if type.memberTableName.hasSuffix(".Type") == false, registry.types[staticType.memberTableName] != nil
                || ["Int", "Double", "String", "Bool"].contains(staticType.memberTableName) {
                return CellError.compile("type '\(staticType)' has no member '\(name)'" + Suggestions.didYouMean(name, among: candidates),
                                         at: node)
            }
        } else {
            candidates = registry.instanceMemberNames(of: type)
        }
        return CellError.compile("value of type '\(type)' has no member '\(name)'" + Suggestions.didYouMean(name, among: candidates),
                                 at: node)
    }

    // MARK: Subscripts

    func evaluateSubscript(_ subscriptCall: SubscriptCallExprSyntax, in scope: Scope) throws -> Value {
        let base = try evaluate(subscriptCall.calledExpression, in: scope)
        // A string takes ranges of `String.Index`, never of `Int` (`s[..<i]` is one of them).
        if subscriptCall.arguments.count == 1, let only = subscriptCall.arguments.first, only.label == nil, !base.isString,
           let range = try oneSidedRange(only.expression, count: base.collectionCount, in: scope) {
            return try subscriptRead(base, index: [.range(range)], labels: [nil], node: Syntax(subscriptCall))
        }
        var index: [Value] = []
        var keyHint: TypeRef?
        if case .dictionary(let dictionary) = base { keyHint = dictionary.keyType }
        let labels = subscriptCall.arguments.map { $0.label?.text }
        let hints = userSubscriptHints(of: base, labels: labels)
        for (position, argument) in subscriptCall.arguments.enumerated() {
            let hint: TypeRef? = argument.label?.text == "default" ? base.dictionaryValueType : hints?[position] ?? keyHint
            index.append(try evaluate(argument.expression, in: scope, expecting: hint))
        }
        return try subscriptRead(base, index: index, labels: subscriptCall.arguments.map { $0.label?.text },
                                 node: Syntax(subscriptCall))
    }

    /// `a[2...]`, `a[..<3]`, `a[...2]`: the range they mean in a collection of `count` elements.
    func oneSidedRange(_ expression: ExprSyntax, count: Int?, in scope: Scope) throws -> RangeValue? {
        guard let count else { return nil }
        if let postfix = expression.as(PostfixOperatorExprSyntax.self), postfix.operator.text == "..." {
            guard case .int(let lower) = try evaluate(postfix.expression, in: scope, expecting: .int) else { return nil }
            return RangeValue(lower: lower, upper: count, isClosed: false)
        }
        if let prefix = expression.as(PrefixOperatorExprSyntax.self), prefix.operator.text == "..<" || prefix.operator.text == "..." {
            guard case .int(let upper) = try evaluate(prefix.expression, in: scope, expecting: .int) else { return nil }
            return RangeValue(lower: 0, upper: upper, isClosed: prefix.operator.text == "...")
        }
        return nil
    }

    func subscriptRead(_ base: Value, index: [Value], labels: [String?], node: Syntax) throws -> Value {
        if hasUserSubscripts, let (found, arguments) = userSubscript(of: base, index: index, labels: labels) {
            var receiver = base
            return try callMethod(found.getter, self: &receiver, arguments: arguments, node: node)
        }
        // `value[keyPath: \Point.x]`: a key path is the closure it stands for, applied to the value.
        if labels == ["keyPath"], index.count == 1, case .function = index[0] {
            return try callValue(index[0], arguments: [base], node: node)
        }
        switch base {
        case .array(let array):
            guard index.count == 1, labels == [nil] else { break }
            switch index[0] {
            case .int(let position):
                guard position >= 0 && position < array.count else {
                    throw CellError.runtime("Index out of range: index \(position) of an array of \(array.count) elements",
                                            at: node)
                }
                return array[position]
            case .range(let range):
                guard range.lower >= 0, let count = range.count,
                      case let (end, overflow) = range.lower.addingReportingOverflow(count), !overflow,
                      end <= array.count else {
                    throw CellError.runtime("Array index is out of range: \(Value.range(range).description) of an array of \(array.count) elements",
                                            at: node)
                }
                return .array(array.slice(range.lower..<(range.lower + count)))
            default:
                throw CellError.compile("cannot subscript a value of type '\(base.type)' with an argument of type '\(index[0].type)'",
                                        at: node)
            }
        case .dictionary(let dictionary):
            guard index.count >= 1 else { break }
            guard let key = Conversion.convert(index[0], to: dictionary.keyType, literal: true),
                  let hashable = HashableValue(key) else {
                throw CellError.compile("cannot convert value of type '\(index[0].type)' to expected argument type '\(dictionary.keyType)'",
                                        at: node)
            }
            if index.count == 2, labels == [nil, "default"] {
                return dictionary.value(for: hashable) ?? index[1]
            }
            guard index.count == 1, labels == [nil] else { break }
            return .optional(dictionary.value(for: hashable), dictionary.valueType)
        case .string(let text):
            if index.count == 1, labels == [nil], let found = try StringIndices.subscriptRead(text, index[0]) { return found }
            throw CellError.compile("'subscript(_:)' is unavailable: cannot subscript String with an Int; use Array(string)[i]",
                                    at: node)
        default:
            let symbols = registry.instanceMember("subscript", of: base.type)
            for symbol in symbols {
                guard let parameters = symbol.parameters, parameters.count == index.count,
                      parameters.map(\.label) == labels else { continue }
                var converted: [Value] = []
                for (value, parameter) in zip(index, parameters) {
                    guard let result = Conversion.convert(value, to: parameter.type, literal: true) else { break }
                    converted.append(result)
                }
                guard converted.count == index.count else { continue }
                var receiver = base
                return try invoke(symbol, receiver: &receiver, arguments: converted, node: node)
            }
        }
        let described = zip(labels, index).map { ($0.map { "\($0): " } ?? "") + $1.type.description }.joined(separator: ", ")
        throw CellError.compile("value of type '\(base.type)' has no subscripts taking (\(described))", at: node)
    }

    func subscriptModify<T>(_ base: inout Value, index: [Value], labels: [String?], node: Syntax,
                            _ body: (inout Value) throws -> T) throws -> T {
        if hasUserSubscripts, let (found, arguments) = userSubscript(of: base, index: index, labels: labels) {
            guard let setter = found.setter else {
                throw CellError.compile("cannot assign through subscript: subscript is get-only", at: node)
            }
            var receiver = base
            var element = try callMethod(found.getter, self: &receiver, arguments: arguments, node: node)
            let result = try body(&element)
            guard let converted = Conversion.convert(element, to: found.type, literal: true) else {
                throw CellError.compile("cannot assign value of type '\(element.type)' to type '\(found.type)'", at: node)
            }
            _ = try callMethod(setter, self: &base, arguments: arguments + [converted], node: node)
            return result
        }
        // The collection is moved out of `base` before it is changed (a `switch` over `base` would hold a
        // copy of it for the whole case, and the change would copy the collection each time).
        if index.count == 1, labels == [nil], var array = base.takeArray() {
            defer { base = .array(array) }
            if case .range(let range) = index[0] {
                return try replaceElements(of: &array, in: range, node: node, body)
            }
            guard case .int(let position) = index[0] else {
                throw CellError.compile("cannot subscript a value of type '\(Value.array(array).type)' with an argument of type '\(index[0].type)'",
                                        at: node)
            }
            guard position >= 0 && position < array.count else {
                throw CellError.runtime("Index out of range: index \(position) of an array of \(array.count) elements",
                                        at: node)
            }
            var element = array[position]
            let result = try body(&element)
            guard let converted = Conversion.convert(element, to: array.elementType, literal: false) else {
                throw CellError.compile("cannot assign value of type '\(element.type)' to type '\(array.elementType)'", at: node)
            }
            array[position] = converted
            return result
        }
        if index.count >= 1, let keyType = base.dictionaryKeyType,
           let key = Conversion.convert(index[0], to: keyType, literal: true), let hashable = HashableValue(key) {
            let hasDefault = index.count == 2 && labels == [nil, "default"]
            if hasDefault || (index.count == 1 && labels == [nil]), var dictionary = base.takeDictionary() {
                defer { base = .dictionary(dictionary) }
                var element: Value = hasDefault
                    ? (dictionary.value(for: hashable) ?? index[1])
                    : .optional(dictionary.value(for: hashable), dictionary.valueType)
                let result = try body(&element)
                let targetType: TypeRef = hasDefault ? dictionary.valueType : .optional(dictionary.valueType)
                guard let converted = Conversion.convert(element, to: targetType, literal: true) else {
                    throw CellError.compile("cannot assign value of type '\(element.type)' to type '\(targetType)'", at: node)
                }
                if case .optional(let wrapped, _) = converted, !hasDefault {
                    dictionary.set(wrapped, for: hashable, keyValue: key)
                } else {
                    dictionary.set(converted, for: hashable, keyValue: key)
                }
                return result
            }
        }
        throw CellError.compile("cannot assign through subscript of a value of type '\(base.type)'", at: node)
    }
}

extension Evaluator {
    /// `list[4...6] = ["Bananas", "Apples"]`: the elements in `range` replaced by what `body` makes of them.
    func replaceElements<T>(of array: inout ArrayValue, in range: RangeValue, node: Syntax,
                            _ body: (inout Value) throws -> T) throws -> T {
        guard range.lower >= 0, let count = range.count, range.lower + count <= array.count else {
            throw CellError.runtime("Array index is out of range: \(Value.range(range).description) of an array of \(array.count) elements",
                                    at: node)
        }
        let bounds = range.lower..<(range.lower + count)
        var slice = Value.array(array.slice(bounds))
        let result = try body(&slice)
        guard case .array(let replacement) = Conversion.convert(slice, to: .array(array.elementType), literal: true) else {
            throw CellError.compile("cannot assign value of type '\(slice.type)' to type 'ArraySlice<\(array.elementType)>'", at: node)
        }
        array.replaceSubrange(bounds, with: replacement)
        return result
    }

    /// The subscript a cell declared for `base`'s type (in the type, a superclass, a protocol
    /// extension, or an extension of a library or standard type) that takes these index values,
    /// with the values converted to its parameters' types.
    /// The parameter types of the one subscript of a cell type's value that `labels` fit: the
    /// context of its arguments (`library[.fiction]`). Nil when there is none or several.
    func userSubscriptHints(of base: Value, labels: [String?]) -> [TypeRef?]? {
        guard hasUserSubscripts, base.userDefinition != nil || !extensionTables.isEmpty else { return nil }
        let fitting = subscriptTables(of: base).flatMap { $0 }.filter { $0.parameters.map(\.label) == labels }
        guard fitting.count == 1, let only = fitting.first else { return nil }
        return only.parameters.map { $0.type == .any ? nil : $0.type }
    }

    /// The subscripts `base` may be indexed with, by the table they come from (its type, superclasses,
    /// protocol extensions); a type's own `static subscript`s when `base` is the type (`Planet[4]`).
    private func subscriptTables(of base: Value) -> [[UserSubscript]] {
        var tables: [[UserSubscript]] = []
        if case .metatype(let type) = base {
            var current = userTypes[type.memberTableName]
            while let each = current { tables.append(each.members.staticSubscripts); current = each.superclass }
            if let table = extensionTables[type.memberTableName] { tables.append(table.staticSubscripts) }
            return tables
        }
        if let definition = definition(of: base) {
            var current: UserType? = definition
            while let type = current { tables.append(type.members.subscripts); current = type.superclass }
            for name in definition.conformances.sorted() { if let extended = protocols[name] { tables.append(extended.members.subscripts) } }
        } else if let table = extensionTables[base.type.memberTableName] {
            tables.append(table.subscripts)
        }
        return tables
    }

    func userSubscript(of base: Value, index: [Value], labels: [String?]) -> (UserSubscript, [Value])? {
        let tables = subscriptTables(of: base)
        for table in tables {
            for candidate in table where candidate.parameters.count == index.count
                && candidate.parameters.map(\.label) == labels {
                var converted: [Value] = []
                for (value, parameter) in zip(index, candidate.parameters) {
                    guard let result = Conversion.convert(value, to: parameter.type, literal: true) else { break }
                    converted.append(result)
                }
                if converted.count == index.count { return (candidate, converted) }
            }
        }
        return nil
    }
}

extension Value {
    var dictionaryValueType: TypeRef? {
        if case .dictionary(let dictionary) = self { return dictionary.valueType }
        return nil
    }
}
