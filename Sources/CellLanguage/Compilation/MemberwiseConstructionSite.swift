import SwiftSyntax

/// One call site of a structure's memberwise initializer (`Particle(x: 1, v: 2)`) in compiled code:
/// which argument sets which stored property is worked out once per definition of the type, so a
/// construction in a loop converts its arguments and assembles the fields, as `construct` would,
/// without resolving the call again.
///
/// Only the plain case is taken: a non-generic structure with no initializer of its own or from an
/// extension, called with its labels in order and no trailing closure. Anything else (and a type
/// redefined since) is left to `construct`, the one place that knows every rule.
final class MemberwiseConstructionSite {
    private let arguments: [ArgumentSyntax]
    private var plan: Plan?

    /// Where each stored property's value comes from, for one definition of the type.
    private struct Plan {
        let type: UserType
        let propertyCount: Int
        /// The parameter type each argument is converted to, in argument order.
        let argumentTypes: [TypeRef]
        /// For each stored property: the index of the argument that sets it, or nil for its default.
        let fieldArguments: [Int?]
    }

    init(arguments: [ArgumentSyntax]) {
        self.arguments = arguments
    }

    /// The new value, or nil when this call is not the plain case (the caller constructs it the
    /// general way).
    func construct(_ type: UserType, evaluator: Evaluator, argumentCode: [ExpressionCode], frame: Frame) throws -> Value? {
        guard type.kind == .structure, type.initializers.isEmpty, type.extensionInitializers.isEmpty,
              type.genericParameters.isEmpty else { return nil }
        if plan.map({ $0.type !== type || $0.propertyCount != type.storedProperties.count }) ?? true {
            plan = Self.plan(for: type, arguments: arguments)
        }
        guard let plan else { return nil }
        var values: [Value] = []
        values.reserveCapacity(argumentCode.count)
        for (index, code) in argumentCode.enumerated() {
            let parameterType = plan.argumentTypes[index]
            let value = try code.run(frame, parameterType.isAny ? nil : parameterType)
            values.append(Conversion.isExactly(value, parameterType) ? value
                          : try evaluator.convert(value, arguments[index].expression, to: parameterType))
        }
        var fields: [Value] = []
        fields.reserveCapacity(plan.fieldArguments.count)
        for (property, argument) in zip(type.storedProperties, plan.fieldArguments) {
            if let argument {
                fields.append(values[argument])
            } else {
                fields.append(try evaluator.defaultField(property, scope: type.scope))
            }
        }
        return .record(RecordValue(definition: type, fields: fields))
    }

    /// The plan for `type`'s memberwise initializer called with `arguments`, or nil when the labels do
    /// not line up with its parameters in order (the general path reports what is wrong).
    private static func plan(for type: UserType, arguments: [ArgumentSyntax]) -> Plan? {
        guard !arguments.contains(where: \.isTrailingClosure) else { return nil }
        let parameters = type.memberwiseInitializer.parameters
        var argumentOfParameter: [String: Int] = [:]
        var argumentTypes: [TypeRef] = []
        var next = 0
        for parameter in parameters {
            if next < arguments.count, arguments[next].label == parameter.label {
                argumentOfParameter[parameter.name] = next
                argumentTypes.append(parameter.type)
                next += 1
            } else if parameter.defaultSource == nil {
                return nil
            }
        }
        guard next == arguments.count else { return nil }
        let fieldArguments = type.storedProperties.map { argumentOfParameter[$0.name] }
        return Plan(type: type, propertyCount: type.storedProperties.count, argumentTypes: argumentTypes,
                    fieldArguments: fieldArguments)
    }
}
