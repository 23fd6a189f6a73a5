import Foundation
import SwiftSyntax

/// How values of cell types print, as a compiled program prints them: a structure as
/// `Point(x: 3.0, y: 4.0)`, an enumeration case as `red` or `success(42)`, a class instance by its
/// module-qualified name; inside collections and other values, names are module-qualified
/// (`[main.Point(x: 3.0, y: 4.0)]`). A type conforming to `CustomStringConvertible` prints its
/// `description` instead.
enum UserDescriptions {
    static func describe(_ value: Value, qualified: Bool) -> String {
        if let custom = customDescriptionOnThisThread(value) { return custom }
        switch value {
        case .record(let record):
            let properties = record.definition.allStoredProperties
            let parts = zip(properties, record.fields).map { "\($0.name): \($1.debugDescription)" }
            return name(of: record.definition, qualified: qualified) + "(" + parts.joined(separator: ", ") + ")"
        case .object(let object):
            return name(of: object.definition, qualified: true)
        case .enumeration(let enumValue):
            let enumCase = enumValue.enumCase
            var text = qualified ? name(of: enumValue.definition, qualified: true) + "." + enumCase.name : enumCase.name
            if enumCase.hasPayload {
                if enumCase.labels.count == 1, enumCase.labels[0] == nil {
                    let only = enumValue.payload[0]
                    // A single tuple payload prints its own parentheses.
                    if case .tuple = only { return text + only.debugDescription }
                }
                let parts = zip(enumCase.labels, enumValue.payload).map { label, element in
                    (label.map { "\($0): " } ?? "") + element.debugDescription
                }
                text += "(" + parts.joined(separator: ", ") + ")"
            }
            return text
        default:
            return value.description
        }
    }

    /// `main.Library.Book` qualified, `Book` not, as a compiled program names a nested type.
    static func name(of type: UserType, qualified: Bool) -> String {
        guard qualified else { return type.shortName }
        let generic = type.unspecialized
        if generic === type { return "\(type.moduleName).\(type.name)" }
        return "\(type.moduleName).\(generic.name)<" + type.typeArguments.map(qualifiedName).joined(separator: ", ") + ">"
    }

    /// A type argument as a compiled program's qualified type names spell it (`Swift.Int`,
    /// `Swift.Array<main.Point>`).
    static func qualifiedName(_ type: TypeRef) -> String {
        switch type {
        case .named(let name):
            if ["Int", "Double", "String", "Bool", "Character", "Float", "UInt64", "Substring"].contains(name) { return "Swift.\(name)" }
            return name.containsASCII("<") ? name : "\(cellModuleName).\(name)"
        case .array(let element): return "Swift.Array<\(qualifiedName(element))>"
        case .set(let element): return "Swift.Set<\(qualifiedName(element))>"
        case .optional(let wrapped): return "Swift.Optional<\(qualifiedName(wrapped))>"
        case .dictionary(let key, let value): return "Swift.Dictionary<\(qualifiedName(key)), \(qualifiedName(value))>"
        case .tuple(let elements): return "(" + elements.map(qualifiedName).joined(separator: ", ") + ")"
        case .function, .any: return type.description
        }
    }
}

extension UserDescriptions {
    /// A `description` getter of a cell type, run by the evaluator that runs cells on this thread.
    ///
    /// The box holds the evaluator's `DescriptionHandle` weakly, not the evaluator: a weak reference to
    /// the evaluator would give it a side table, and every retain, release and `unowned` reference of
    /// it (one per library call's `CallContext`) would then go through that slower path.
    final class EvaluatorBox: NSObject {
        weak var handle: DescriptionHandle?
        init(_ handle: DescriptionHandle) { self.handle = handle }
        var evaluator: Evaluator? { handle?.evaluator }
    }

    /// Owned by one evaluator only, so it lives exactly as long as the evaluator does.
    final class DescriptionHandle {
        unowned let evaluator: Evaluator
        init(_ evaluator: Evaluator) { self.evaluator = evaluator }
    }

    static let threadKey = "landscape.cell-evaluator"

    /// Makes `evaluator` the one that runs cell types' `description` on the current thread.
    static func install(for evaluator: Evaluator) {
        Thread.current.threadDictionary[threadKey] = EvaluatorBox(evaluator.descriptionHandle)
    }

    /// The evaluator running cells on this thread, if any.
    static func evaluatorOnThisThread() -> Evaluator? {
        (Thread.current.threadDictionary[threadKey] as? EvaluatorBox)?.evaluator
    }

    /// The custom description of a value whose cell type conforms to `CustomStringConvertible`.
    static func customDescriptionOnThisThread(_ value: Value) -> String? {
        guard let definition = value.userDefinition,
              definition.conforms(to: "CustomStringConvertible") || definition.conforms(to: "CustomDebugStringConvertible"),
              let box = Thread.current.threadDictionary[threadKey] as? EvaluatorBox,
              let evaluator = box.evaluator,
              let computed = evaluator.userComputed("description", of: value) ?? evaluator.userComputed("debugDescription", of: value)
        else { return nil }
        var receiver = value
        do {
            guard case .string(let text) = try evaluator.callMethod(computed.getter, self: &receiver, arguments: [],
                                                                    node: Optional<Syntax>.none) else { return nil }
            return text
        } catch {
            // Printing cannot throw: the failure is shown where the text would be, never hidden
            // behind the default description.
            let message = (error as? CellError)?.message ?? "\(error)"
            return "<\(definition.name).description failed: \(message)>"
        }
    }
}
