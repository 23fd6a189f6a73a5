import SwiftParser
import SwiftSyntax

/// Generic cell types (`struct Stack<Element>`): a value holds the specialization its type
/// arguments make (`Stack<String>`), written (`Stack<String>()`) or implied by the values it was
/// made from (`Pair(first: 1, second: "one")` is a `Pair<Int, String>`), as Swift infers them.
extension Evaluator {
    /// The cell type `type` names, specialized when it is written with arguments (`Maybe<Int>`).
    func userType(for type: TypeRef) -> UserType? {
        let tableName = type.memberTableName
        guard let found = userTypes[tableName] else { return nil }
        guard !found.genericParameters.isEmpty, case .named(let name) = type, name.containsASCII("<") else { return found }
        let arguments = GenericName(name).arguments.map { typeRef(parsing: String($0)) }
        return found.specialized(with: arguments)
    }

    /// A type written as text (a type argument of a generic type's name).
    func typeRef(parsing text: String) -> TypeRef {
        if text == "Any" { return .any }
        var parser = Parser(text)
        return resolveAliases(TypeResolver.typeRef(TypeSyntax.parse(from: &parser)))
    }

    /// `Stack<String>` in `Stack<String>()` or `Maybe<Int>.none`, when `Stack` is a generic cell type.
    func specializedUserType(_ specialization: GenericSpecializationExprSyntax) -> UserType? {
        guard let base = specialization.expression.as(DeclReferenceExprSyntax.self),
              let generic = userTypes[cache.text(base.baseName)], !generic.genericParameters.isEmpty else { return nil }
        let arguments = specialization.genericArgumentClause.arguments.compactMap { argument -> TypeRef? in
            guard case .type(let type) = argument.argument else { return nil }
            return resolveAliases(TypeResolver.typeRef(type))
        }
        return generic.specialized(with: arguments)
    }

    /// A value of a generic cell type whose type arguments are not all known yet, given the
    /// specialization its stored properties or associated values imply.
    func settlingTypeArguments(_ value: Value) -> Value {
        switch value {
        case .record(let record):
            guard let patterns = unsettledPatterns(record.definition) else { return value }
            let made = settled(record.definition, from: record.fields, patterns: patterns)
            return made === record.definition ? value : .record(RecordValue(definition: made, fields: record.fields))
        case .object(let object):
            guard let patterns = unsettledPatterns(object.definition) else { return value }
            object.definition = settled(object.definition, from: object.fields, patterns: patterns)
            return value
        case .enumeration(let enumValue):
            let definition = enumValue.definition
            guard isUnsettled(definition), let patterns = definition.unspecialized.cases[enumValue.caseIndex].patterns else { return value }
            let made = settled(definition, from: enumValue.payload, patterns: patterns)
            return made === definition ? value
                : .enumeration(EnumValue(definition: made, caseIndex: enumValue.caseIndex, payload: enumValue.payload))
        default:
            return value
        }
    }

    /// The specialization `values` imply; a parameter they leave open takes the argument of the
    /// `self` whose method is running when it is of the same generic type (`map` on a
    /// `Result<Int, Failure>` keeps `Failure`).
    private func settled(_ definition: UserType, from values: [Value], patterns: [TypeRef?]) -> UserType {
        let generic = definition.unspecialized
        var arguments = generic.inferredArguments(from: values, patterns: patterns)
        if arguments.contains(.any), let running = specializedSelf, running.unspecialized === generic {
            for index in arguments.indices where arguments[index] == .any && index < running.typeArguments.count {
                arguments[index] = running.typeArguments[index]
            }
        }
        return generic.specialized(with: arguments)
    }

    private func isUnsettled(_ definition: UserType) -> Bool {
        !definition.genericParameters.isEmpty && (definition.unspecialized === definition || definition.typeArguments.contains(.any))
    }

    private func unsettledPatterns(_ definition: UserType) -> [TypeRef?]? {
        guard isUnsettled(definition) else { return nil }
        return definition.unspecialized.allStoredProperties.map(\.pattern)
    }
}
