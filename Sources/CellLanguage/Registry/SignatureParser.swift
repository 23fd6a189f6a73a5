import SwiftParser
import SwiftSyntax

/// Reads a registry declaration written as Swift source (`"func sqrt(_ x: Double) -> Double"`) into
/// its kind, name, parameters and result type, with SwiftParser, so the signature shown to users is
/// the one evaluation uses.
enum SignatureParser {
    struct Parsed {
        var kind: SymbolKind
        var name: String
        var parameters: [ParameterSpec]?
        var returnType: TypeRef
        var isMutating: Bool
        var isThrowing: Bool
        var isSettable: Bool
        /// `rethrows`: throws only when a closure argument does.
        var isRethrowing = false
    }

    enum Problem: Error, CustomStringConvertible {
        case unreadable(String)
        var description: String {
            switch self {
            case .unreadable(let text): return "registry signature does not parse: \(text)"
            }
        }
    }

    static func parse(_ text: String, owner: String?) throws -> Parsed {
        let decl: DeclSyntax
        if text.hasPrefix("case ") {
            // Enum cases only parse inside an enum.
            let file = Parser.parse(source: "enum RegistryEnum { \(text) }")
            guard !file.hasError, case .decl(let enumDecl)? = file.statements.first?.item,
                  let member = enumDecl.as(EnumDeclSyntax.self)?.memberBlock.members.first, file.statements.count == 1 else {
                throw Problem.unreadable(text)
            }
            decl = member.decl
        } else {
            let file = Parser.parse(source: text)
            guard !file.hasError, file.statements.count == 1,
                  case .decl(let parsed)? = file.statements.first?.item else {
                throw Problem.unreadable(text)
            }
            decl = parsed
        }
        let isStatic = decl.asProtocol(WithModifiersSyntax.self)?.modifiers
            .contains { $0.name.tokenKind == .keyword(.static) } ?? false
        let isMutating = decl.asProtocol(WithModifiersSyntax.self)?.modifiers
            .contains { $0.name.tokenKind == .keyword(.mutating) } ?? false

        if let function = decl.as(FunctionDeclSyntax.self) {
            let generics = genericNames(function.genericParameterClause)
            let kind: SymbolKind = owner == nil ? .function : (isStatic ? .staticMethod : .method)
            return Parsed(
                kind: kind, name: function.name.text,
                parameters: parameters(function.signature.parameterClause.parameters, generics: generics),
                returnType: function.signature.returnClause.map { TypeResolver.typeRef($0.type, generics: generics) } ?? .void,
                isMutating: isMutating,
                isThrowing: function.signature.effectSpecifiers?.throwsClause != nil,
                isSettable: false,
                isRethrowing: function.signature.effectSpecifiers?.throwsClause?.throwsSpecifier.tokenKind == .keyword(.rethrows))
        }
        if let initializer = decl.as(InitializerDeclSyntax.self) {
            let generics = genericNames(initializer.genericParameterClause)
            return Parsed(
                kind: .initializer, name: "init",
                parameters: parameters(initializer.signature.parameterClause.parameters, generics: generics),
                returnType: .named(owner ?? "Void"),
                isMutating: false,
                isThrowing: initializer.signature.effectSpecifiers?.throwsClause != nil,
                isSettable: false)
        }
        if let variable = decl.as(VariableDeclSyntax.self), let binding = variable.bindings.first,
           let identifier = binding.pattern.as(IdentifierPatternSyntax.self),
           let annotation = binding.typeAnnotation {
            let accessors = binding.accessorBlock?.accessors
            var settable = variable.bindingSpecifier.tokenKind == .keyword(.var)
            var throwing = false
            if case .accessors(let list) = accessors {
                settable = list.contains { $0.accessorSpecifier.tokenKind == .keyword(.set) }
                throwing = list.contains { $0.effectSpecifiers?.throwsClause != nil }
            }
            let kind: SymbolKind = owner == nil ? .globalVariable : (isStatic ? .staticProperty : .property)
            return Parsed(kind: kind, name: identifier.identifier.text, parameters: nil,
                          returnType: TypeResolver.typeRef(annotation.type), isMutating: false,
                          isThrowing: throwing, isSettable: settable)
        }
        if let subscriptDecl = decl.as(SubscriptDeclSyntax.self) {
            var settable = false
            var throwing = false
            if case .accessors(let list) = subscriptDecl.accessorBlock?.accessors {
                settable = list.contains { $0.accessorSpecifier.tokenKind == .keyword(.set) }
                throwing = list.contains { $0.effectSpecifiers?.throwsClause != nil }
            }
            let generics = genericNames(subscriptDecl.genericParameterClause)
            return Parsed(kind: .subscript, name: "subscript",
                          parameters: parameters(subscriptDecl.parameterClause.parameters, generics: generics).enumerated().map { index, parameter in
                              // Subscript parameters have no argument label unless one is written twice.
                              var unlabeled = parameter
                              let syntax = Array(subscriptDecl.parameterClause.parameters)[index]
                              if syntax.secondName == nil { unlabeled.label = nil }
                              return unlabeled
                          },
                          returnType: TypeResolver.typeRef(subscriptDecl.returnClause.type, generics: generics),
                          isMutating: false, isThrowing: throwing, isSettable: settable)
        }
        if let enumCase = decl.as(EnumCaseDeclSyntax.self), let element = enumCase.elements.first {
            let caseParameters = element.parameterClause.map { clause in
                clause.parameters.map { parameter in
                    ParameterSpec(label: parameter.firstName.map { $0.tokenKind == .wildcard ? nil : $0.text } ?? nil,
                                  name: (parameter.secondName ?? parameter.firstName)?.text ?? "_",
                                  type: TypeResolver.typeRef(parameter.type),
                                  defaultSource: parameter.defaultValue?.value,
                                  isVariadic: false, isInout: false)
                }
            }
            return Parsed(kind: .enumCase, name: element.name.text, parameters: caseParameters,
                          returnType: .named(owner ?? "Void"), isMutating: false, isThrowing: false,
                          isSettable: false)
        }
        throw Problem.unreadable(text)
    }

    private static func genericNames(_ clause: GenericParameterClauseSyntax?) -> Set<String> {
        Set(clause?.parameters.map(\.name.text) ?? [])
    }

    private static func parameters(_ list: FunctionParameterListSyntax, generics: Set<String>) -> [ParameterSpec] {
        list.map { parameter in
            let label: String? = parameter.firstName.tokenKind == .wildcard ? nil : parameter.firstName.text
            var isInout = false
            if let attributed = parameter.type.as(AttributedTypeSyntax.self) {
                isInout = attributed.specifiers.contains {
                    $0.as(SimpleTypeSpecifierSyntax.self)?.specifier.tokenKind == .keyword(.inout)
                }
            }
            return ParameterSpec(label: label, name: (parameter.secondName ?? parameter.firstName).text,
                                 type: TypeResolver.typeRef(parameter.type, generics: generics),
                                 defaultSource: parameter.defaultValue?.value,
                                 isVariadic: parameter.ellipsis != nil, isInout: isInout)
        }
    }
}
