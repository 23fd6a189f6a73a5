import SwiftSyntax

/// A property declared with a property wrapper (`@SmallNumber(maximum: 9) var width: Int = 2`), as
/// the declaration spelled it: what Swift's expansion of it and the memberwise initializer are made from.
struct WrappedProperty {
    /// `width`; the wrapper's storage is `_width`, its projected value (when it has one) `$width`.
    var name: String
    /// `Int`, the type of the wrapped value.
    var typeText: String
    /// `SmallNumber`, the wrapper type as the attribute names it.
    var wrapperText: String
    /// `maximum: 9`, the attribute's arguments; empty when it has none.
    var argumentsText: String
    /// `2`, the initial value written after `=`, if any.
    var initialValueText: String?
    /// The wrapper can be made without arguments (`init()`), so a property without an initial value
    /// starts with `Wrapper()` and its memberwise parameter takes a wrapper; otherwise it takes a
    /// wrapped value, from which `init(wrappedValue:)` makes the wrapper.
    var wrapperIsDefaultInitializable: Bool

    /// The expression that makes the wrapper for an initial wrapped value (`SmallNumber(wrappedValue: 2,
    /// maximum: 9)`), or without one from the attribute's arguments alone (`SmallNumber()`).
    func wrapperExpression(wrappedValue: String?) -> String {
        let arguments = [wrappedValue.map { "wrappedValue: \($0)" }, argumentsText.isEmpty ? nil : argumentsText]
        return wrapperText + "(" + arguments.compactMap { $0 }.joined(separator: ", ") + ")"
    }
}

/// Property wrappers, as Swift expands them: `@Wrapper var x: T` is the stored wrapper `_x`, the
/// computed `x` that reads and writes `_x.wrappedValue`, and, when the wrapper has a `projectedValue`,
/// the computed `$x` that reads it. A structure that declares no initializer gets Swift's memberwise
/// initializer for them: a wrapped property with an initial value takes a `T` (the wrapper is made
/// from it, `Wrapper(wrappedValue:)`), one without takes the wrapper itself, `Wrapper()` by default,
/// when the wrapper has an `init()`, and a `T` without a default when it has not.
extension Evaluator {
    /// The custom attribute of a property declaration that names its wrapper, if any.
    static func wrapperAttribute(of variable: VariableDeclSyntax) -> AttributeSyntax? {
        for element in variable.attributes {
            guard let attribute = element.as(AttributeSyntax.self) else { continue }
            let name = attribute.attributeName.trimmedDescription
            if let first = name.first, first.isUppercase, name != "MainActor" { return attribute }
        }
        return nil
    }

    /// The declarations Swift makes of a wrapped property, read as the type's members in its place;
    /// the declaration itself when it has no wrapper.
    func expandingPropertyWrapper(_ variable: VariableDeclSyntax, owner: UserType?) throws -> [VariableDeclSyntax] {
        guard let attribute = Self.wrapperAttribute(of: variable) else { return [variable] }
        let wrapperText = attribute.attributeName.trimmedDescription
        let wrapperName = String(wrapperText.prefix { $0 != "<" })
        guard let wrapper = userTypes[wrapperName], wrapper.isPropertyWrapper else {
            throw CellError.compile("unknown attribute '\(wrapperText)'", at: attribute)
        }
        guard variable.bindingSpecifier.tokenKind == .keyword(.var) else {
            throw CellError.compile("property wrapper can only be applied to a 'var'", at: variable.bindingSpecifier)
        }
        guard variable.bindings.count == 1, let binding = variable.bindings.first,
              let identifier = binding.pattern.as(IdentifierPatternSyntax.self) else {
            throw CellError.compile("property wrapper can only apply to a single variable", at: variable)
        }
        if binding.accessorBlock != nil {
            throw CellError.compile("property wrapper cannot be applied to a computed property", at: attribute)
        }
        guard let typeText = binding.typeAnnotation?.type.trimmedDescription else {
            throw CellError.compile("a property with a wrapper needs its type written in cells ('var \(identifier.identifier.text): Type')",
                                    at: binding)
        }
        var argumentsText = ""
        if case .argumentList(let arguments) = attribute.arguments { argumentsText = arguments.trimmedDescription }
        let property = WrappedProperty(name: identifier.identifier.text, typeText: typeText, wrapperText: wrapperText,
                                       argumentsText: argumentsText, initialValueText: binding.initializer?.value.trimmedDescription,
                                       wrapperIsDefaultInitializable: isDefaultInitializable(wrapper))
        owner?.wrappedProperties.append(property)
        let modifiers = variable.modifiers.filter { $0.name.tokenKind == .keyword(.static) }.map { $0.name.text + " " }.joined()
        let name = property.name
        let storage = property.initialValueText != nil || property.wrapperIsDefaultInitializable || !argumentsText.isEmpty
            ? "_\(name) = \(property.wrapperExpression(wrappedValue: property.initialValueText))"
            : "_\(name): \(wrapperText)"
        var source = """
            \(modifiers)var \(storage)
            \(modifiers)var \(name): \(typeText) { get { return _\(name).wrappedValue } set { _\(name).wrappedValue = newValue } }

            """
        if let projected = wrapper.members.computed["projectedValue"]?.type
            ?? wrapper.storedProperties.first(where: { $0.name == "projectedValue" })?.type {
            source += "\(modifiers)var $\(name): \(projected) { return _\(name).projectedValue }\n"
        }
        return try CellParser.parseAndFold(source).statements.compactMap { $0.item.as(VariableDeclSyntax.self) }
    }

    /// True when `wrapper` has an initializer that takes no arguments (declared, or implicit because
    /// every stored property has a value).
    func isDefaultInitializable(_ wrapper: UserType) -> Bool {
        let declared = wrapper.initializers + wrapper.extensionInitializers
        if declared.contains(where: { $0.parameters.allSatisfy { $0.defaultSource != nil } }) { return true }
        return wrapper.initializers.isEmpty && wrapper.storedProperties.allSatisfy(Self.hasInitialValue)
    }

    /// Swift's memberwise initializer of a structure with wrapped properties (the one made from its
    /// stored properties would take the wrappers' storage, `_width:`), or nil when it needs none.
    func wrappedMemberwiseInitializer(of type: UserType) throws -> InitializerDeclSyntax? {
        guard type.kind == .structure, !type.wrappedProperties.isEmpty, type.initializers.isEmpty,
              type.genericParameters.isEmpty else { return nil }
        var parameters: [String] = []
        var assignments: [String] = []
        for property in type.storedProperties {
            if let wrapped = type.wrappedProperties.first(where: { "_" + $0.name == property.name }) {
                let name = wrapped.name
                if let initial = wrapped.initialValueText {
                    parameters.append("\(name): \(wrapped.typeText) = \(initial)")
                    assignments.append("self._\(name) = \(wrapped.wrapperExpression(wrappedValue: name))")
                } else if wrapped.wrapperIsDefaultInitializable || !wrapped.argumentsText.isEmpty {
                    parameters.append("\(name): \(wrapped.wrapperText) = \(wrapped.wrapperExpression(wrappedValue: nil))")
                    assignments.append("self._\(name) = \(name)")
                } else {
                    parameters.append("\(name): \(wrapped.typeText)")
                    assignments.append("self._\(name) = \(wrapped.wrapperExpression(wrappedValue: name))")
                }
                continue
            }
            if !property.isMutable && property.defaultValue != nil { continue }
            var parameter = "\(property.name): \(property.type)"
            if let value = property.defaultValue {
                parameter += " = \(value.trimmedDescription)"
            } else if property.isMutable && property.type.isOptionalType {
                parameter += " = nil"
            }
            parameters.append(parameter)
            assignments.append("self.\(property.name) = \(property.name)")
        }
        let source = "init(\(parameters.joined(separator: ", "))) {\n" + assignments.joined(separator: "\n") + "\n}\n"
        return try CellParser.parseAndFold(source).statements.first?.item.as(InitializerDeclSyntax.self)
    }
}
