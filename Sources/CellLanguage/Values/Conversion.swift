import Foundation

/// Swift's implicit conversions, as far as cells need them: a value of the same type, an integer
/// literal as a `Double`, a value wrapped into an optional, collections element by element, and
/// anything into `Any`.
enum Conversion {
    /// `value` as a value of `type`, or nil when Swift would reject the conversion. `literal` says the
    /// value was written as a literal (so `1` may become `1.0`).
    static func convert(_ value: Value, to type: TypeRef, literal: Bool) -> Value? {
        if isExactly(value, type) { return value }
        switch type {
        case .any:
            return value
        case .optional(let wrapped):
            if case .optional(let inner, let innerType) = value {
                guard let inner else { return .optional(nil, wrapped) }
                if innerType == wrapped { return value }
                return convert(inner, to: wrapped, literal: literal).map { .optional($0, wrapped) }
            }
            return convert(value, to: wrapped, literal: literal).map { .optional($0, wrapped) }
        case .array(let elementType):
            guard case .array(let array) = value else { return nil }
            if array.elementType == elementType { return value }
            // `[(K, V)]` of a generic function, its parameters erased to `(Any, Any)`: the array keeps its own type.
            if elementType.isErasedStructure, case .tuple = elementType, case .tuple = array.elementType { return value }
            if array.elementType != .any && !literal && elementType != .any { return nil }
            var converted: [Value] = []
            converted.reserveCapacity(array.count)
            for element in array {
                guard let convertedElement = convert(element, to: elementType, literal: literal) else { return nil }
                converted.append(convertedElement)
            }
            return .array(ArrayValue(converted, elementType: elementType))
        case .dictionary(let keyType, let valueType):
            guard case .dictionary(let dictionary) = value else { return nil }
            if dictionary.keyType == keyType && dictionary.valueType == valueType { return value }
            // A key of type `Any` can only be a generic parameter erased (`[T.ID: T]`; Swift has no
            // `[Any: V]`): the dictionary keeps its own types, as the generic function's caller sees them.
            if keyType == .any, valueType.isErasedStructure || valueType == dictionary.valueType { return value }
            let untyped = dictionary.keyType == .any || dictionary.valueType == .any
            if !untyped && !literal { return nil }
            var result = DictionaryValue(keyType: keyType, valueType: valueType)
            for entry in dictionary.entries {
                guard let key = convert(entry.key, to: keyType, literal: literal),
                      let hashable = HashableValue(key),
                      let element = convert(entry.value, to: valueType, literal: literal) else { return nil }
                result.set(element, for: hashable, keyValue: key)
            }
            return .dictionary(result)
        case .set(let elementType):
            guard case .set(let set) = value else { return nil }
            if set.elementType == elementType || elementType == .any { return value }
            if set.elementType != .any && !literal { return nil }
            var result = SetValue(elementType: elementType)
            for element in set.elements {
                guard let converted = convert(element, to: elementType, literal: literal),
                      let key = HashableValue(converted) else { return nil }
                result.insert(converted, key: key)
            }
            return .set(result)
        case .function:
            if case .function = value { return value }
            return nil
        case .tuple(let types):
            if types.isEmpty, case .void = value { return value }
            guard case .tuple(let elements, let labels) = value, elements.count == types.count else { return nil }
            var converted: [Value] = []
            for (element, elementType) in zip(elements, types) {
                guard let convertedElement = convert(element, to: elementType, literal: literal) else { return nil }
                converted.append(convertedElement)
            }
            return .tuple(converted, labels: labels)
        case .named(let name):
            if value.type == type { return value }
            // `ClosedRange<Any>` (a generic parameter erased) accepts a `ClosedRange<Int>`.
            if name.containsASCII("<"), value.userDefinition == nil, case .named(let actual) = value.type,
               GenericName.accepts(name, actual) { return value }
            // `Named & Aged`: a value that converts to each part keeps its own type.
            if name.containsASCII("&") {
                let parts = name.split(separator: "&").map { $0.trimmingCharacters(in: .whitespaces) }
                return parts.allSatisfy({ convert(value, to: .named($0), literal: false) != nil }) ? value : nil
            }
            // `IndexingIterator<[Int]>`, `AnyIterator<T>`: the library's iterators keep their own type.
            if Iterators.isIterator(value), Iterators.isIteratorTypeName(name) { return value }
            if name == "AnyObject" {
                if case .object = value { return value }
                if case .native(let native) = value, Mirror(reflecting: native.object).displayStyle == .class { return value }
                return nil
            }
            if let definition = value.userDefinition {
                // A protocol the type conforms to, or a superclass: the value keeps its own type.
                if definition.conforms(to: name) { return value }
                // `Maybe<Any>` (written with a parameter of the code's own) accepts a `Maybe<Int>`.
                if !definition.genericParameters.isEmpty,
                   name == definition.unspecialized.name || GenericName.accepts(name, definition.name) { return value }
                var superclass = definition.superclass
                while let each = superclass {
                    if each.name == name { return value }
                    superclass = each.superclass
                }
                return nil
            }
            if name == "Error", case .native(let native) = value, native.typeName == "Error" { return value }
            if type == .character, case .string(let text) = value, text.count == 1 { return value }
            if type == .string, case .string = value { return value }
            // A one-scalar string literal becomes a `Unicode.Scalar` (`let a: Unicode.Scalar = "A"`).
            if literal, type == UnicodeScalars.type || name == "UnicodeScalar", case .string(let text) = value,
               text.unicodeScalars.count == 1, let scalar = text.unicodeScalars.first {
                return UnicodeScalars.value(scalar)
            }
            if type == .float {
                // A literal becomes a `Float` (`let ratio: Float = 0.1`); a `Double` value does not.
                guard literal else { return nil }
                switch value {
                case .int(let integer): return .float(Float(integer))
                case .double(let number): return .float(Float(number))
                default: return nil
                }
            }
            if literal, type.isFloatingPoint, case .int(let integer) = value { return .double(Double(integer)) }
            // An integer literal becomes any integer type it fits (`let bits: UInt8 = 0b1111`).
            if literal, case .int(let integer) = value, let kind = SizedInteger.Kind(typeName: name) {
                return SizedInteger.exactly(integer, as: kind).map { .integer($0) }
            }
            // Seeds are `UInt64` in the library; cells hold them as non-negative integers, so a cell's
            // `func f(seed: UInt64)` can pass its parameter on to the library.
            if type == .named("UInt64"), case .int(let integer) = value, integer >= 0 { return value }
            // `String(format:)`'s arguments: the values Swift passes to C's variadic formatting.
            if name == "CVarArg" {
                switch value {
                case .int, .double, .float, .string: return value
                default: return nil
                }
            }
            return nil
        }
    }

    /// True when `value` is an `Int`, `Double`, `Bool` or `String` and `type` is that type: the
    /// conversion every step of arithmetic meets, decided without building the value's type.
    @inline(__always)
    static func isExactly(_ value: Value, _ type: TypeRef) -> Bool {
        guard case .named(let name) = type else { return false }
        switch value {
        case .int: return name == "Int"
        case .double: return name == "Double"
        case .bool: return name == "Bool"
        case .string: return name == "String"
        default: return false
        }
    }

    /// How much converting costs, for choosing between overloads: 0 for an exact match.
    static func cost(_ value: Value, to type: TypeRef) -> Int {
        if type == .any { return 2 }
        return value.type == type ? 0 : 1
    }
}

/// Which expressions count as literals for Swift's literal typing (`2 * x` with `x: Double`).
enum Literals {
    static func isLiteral(_ expression: ExprSyntax) -> Bool {
        switch expression.as(ExprSyntaxEnum.self) {
        case .integerLiteralExpr, .floatLiteralExpr, .nilLiteralExpr:
            return true
        case .stringLiteralExpr(let string):
            // `"A"` can become a `Unicode.Scalar`; an interpolated string is always a `String`.
            return string.segments.allSatisfy { $0.is(StringSegmentSyntax.self) }
        case .prefixOperatorExpr(let prefix):
            return isLiteral(prefix.expression)
        case .tupleExpr(let tuple):
            return tuple.elements.count == 1 && tuple.elements.first.map { isLiteral($0.expression) } == true
        case .infixOperatorExpr(let infix):
            guard let binary = infix.operator.as(BinaryOperatorExprSyntax.self),
                  ["+", "-", "*", "/"].contains(binary.operator.text) else { return false }
            return isLiteral(infix.leftOperand) && isLiteral(infix.rightOperand)
        case .arrayExpr(let array):
            return array.elements.allSatisfy { isLiteral($0.expression) }
        case .dictionaryExpr(let dictionary):
            guard case .elements(let elements) = dictionary.content else { return true }
            return elements.allSatisfy { isLiteral($0.value) || $0.value.is(StringLiteralExprSyntax.self) }
        default:
            return false
        }
    }
}

import SwiftSyntax
