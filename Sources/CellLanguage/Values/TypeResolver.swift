import SwiftSyntax

/// Reads a `TypeSyntax` (from a cell's annotation or a registry signature) as a `TypeRef`.
enum TypeResolver {
    /// Type names that stand for "any type" in registry signatures (generic parameters and the
    /// associated types of the standard collections).
    static let genericPlaceholders: Set<String> = [
        "Any", "T", "U", "Element", "Key", "Value", "Target", "Comparable", "Numeric",
        "BinaryFloatingPoint", "BinaryInteger", "Hashable", "Sequence", "S",
    ]

    /// `generics` name parameters that stand for any type; `keeping` names parameters to keep by name
    /// (a generic type's declared property types, from which its specializations are made).
    static func typeRef(_ syntax: TypeSyntax, generics: Set<String> = [], keeping: Set<String> = []) -> TypeRef {
        let typeRef = { (syntax: TypeSyntax, generics: Set<String>) in Self.typeRef(syntax, generics: generics, keeping: keeping) }
        switch syntax.as(TypeSyntaxEnum.self) {
        case .identifierType(let identifier):
            let name = identifier.name.text
            if keeping.contains(name) && identifier.genericArgumentClause == nil { return .named(name) }
            if generics.contains(name) || (genericPlaceholders.contains(name) && identifier.genericArgumentClause == nil) { return .any }
            if let arguments = identifier.genericArgumentClause?.arguments {
                let resolved = arguments.compactMap { argument -> TypeRef? in
                    guard case .type(let type) = argument.argument else { return nil }
                    return typeRef(type, generics)
                }
                switch (name, resolved.count) {
                case ("Array", 1): return .array(resolved[0])
                case ("Optional", 1): return .optional(resolved[0])
                case ("Dictionary", 2): return .dictionary(resolved[0], resolved[1])
                case ("Set", 1): return .set(resolved[0])
                default:
                    return .named("\(name)<\(resolved.map(\.description).joined(separator: ", "))>")
                }
            }
            if name == "Void" { return .void }
            // `let digits: Set = [1, 2]`: the element type comes from the literal.
            if name == "Set" { return .set(.any) }
            return .named(name)
        case .arrayType(let array):
            return .array(typeRef(array.element, generics))
        case .dictionaryType(let dictionary):
            return .dictionary(typeRef(dictionary.key, generics),
                               typeRef(dictionary.value, generics))
        case .optionalType(let optional):
            return .optional(typeRef(optional.wrappedType, generics))
        case .implicitlyUnwrappedOptionalType(let optional):
            return .optional(typeRef(optional.wrappedType, generics))
        case .functionType(let function):
            return .function(function.parameters.map { typeRef($0.type, generics) },
                             typeRef(function.returnClause.type, generics))
        case .tupleType(let tuple):
            let elements = tuple.elements.map { typeRef($0.type, generics) }
            return elements.count == 1 ? elements[0] : .tuple(elements)
        case .attributedType(let attributed):
            return typeRef(attributed.baseType, generics)
        case .someOrAnyType(let some):
            return typeRef(some.constraint, generics)
        case .memberType(let member):
            return .named(member.trimmedDescription)
        default:
            return .named(syntax.trimmedDescription)
        }
    }
}
