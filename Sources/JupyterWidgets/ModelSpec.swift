import JupyterKernel

/// The shape of one widget model as ipywidgets defines it: model and view names, modules and
/// versions, and every synced attribute with its type and default (see `ModelSpecs+Generated.swift`).
public struct ModelSpec: Sendable {
    /// `_model_name`, e.g. "IntSliderModel".
    public let modelName: String
    /// `_model_module`, e.g. "@jupyter-widgets/controls".
    public let modelModule: String
    /// `_model_module_version`, e.g. "2.0.0".
    public let modelModuleVersion: String
    /// `_view_name` (nil for models without a view, such as LinkModel).
    public let viewName: String?
    /// `_view_module`.
    public let viewModule: String
    /// `_view_module_version`.
    public let viewModuleVersion: String
    /// The synced attributes other than the six `_model_*`/`_view_*` keys.
    public let attributes: [AttributeSpec]
    private let index: [String: Int]

    /// A model spec; attribute names must be unique.
    public init(modelName: String, modelModule: String, modelModuleVersion: String, viewName: String?,
                viewModule: String, viewModuleVersion: String, attributes: [AttributeSpec]) {
        self.modelName = modelName
        self.modelModule = modelModule
        self.modelModuleVersion = modelModuleVersion
        self.viewName = viewName
        self.viewModule = viewModule
        self.viewModuleVersion = viewModuleVersion
        self.attributes = attributes
        var index: [String: Int] = [:]
        for (position, attribute) in attributes.enumerated() { index[attribute.name] = position }
        self.index = index
    }

    /// The six keys every widget state carries, fixed at creation.
    public static let identityKeys: Set<String> = ["_model_module", "_model_module_version", "_model_name",
                                                   "_view_module", "_view_module_version", "_view_name"]

    /// The attribute named `name`, if the model has one.
    public func attribute(_ name: String) -> AttributeSpec? {
        index[name].map { attributes[$0] }
    }

    /// The six identity keys of this model.
    public var identityState: [String: JSONValue] {
        ["_model_module": .string(modelModule), "_model_module_version": .string(modelModuleVersion),
         "_model_name": .string(modelName), "_view_module": .string(viewModule),
         "_view_module_version": .string(viewModuleVersion), "_view_name": viewName.map { .string($0) } ?? .null]
    }

    /// The state of a new model: the identity keys and every attribute's default (references are
    /// null here; a `Widget` fills them with new sub-models).
    public var defaultState: [String: JSONValue] {
        var state = identityState
        for attribute in attributes { state[attribute.name] = attribute.defaultValue }
        return state
    }

    /// The spec of a model this library knows, by `_model_name` ("IntSliderModel").
    public static func named(_ modelName: String) -> ModelSpec? { generated[modelName] }
}

/// What JSON an attribute holds.
public enum AttributeKind: Sendable, Equatable {
    case string, int, float, bool, object
    /// A sub-model, as "IPY_MODEL_<id>"; the associated value names the model ("Layout", "SliderStyle").
    case reference(String)
    /// An array of `ArrayElement`s.
    case array(ArrayElement)
}

/// What the elements of an array attribute are.
public enum ArrayElement: Sendable, Equatable {
    case string, object
    /// "IPY_MODEL_<id>" strings.
    case reference
    /// Anything (a tuple such as a range slider's value or a link's (model, key) pair).
    case any
}

/// One synced attribute of a model.
public struct AttributeSpec: Sendable {
    /// The state key.
    public let name: String
    /// The JSON it holds.
    public let kind: AttributeKind
    /// Its value in a new model.
    public let defaultValue: JSONValue
    /// Whether null is allowed.
    public let allowsNone: Bool
    /// The allowed strings, for an enumerated string attribute.
    public let choices: [String]?

    /// An attribute spec.
    public init(_ name: String, _ kind: AttributeKind, default defaultValue: JSONValue, allowsNone: Bool = false,
                choices: [String]? = nil) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.allowsNone = allowsNone
        self.choices = choices
    }

    /// `value` in this attribute's normal form (an integral JSON number for an int, a double for a
    /// float), or the reason it does not fit.
    public func check(_ value: JSONValue) throws(WidgetValueError) -> JSONValue {
        if value == .null {
            if allowsNone { return .null }
            throw WidgetValueError(key: name, reason: "must not be null")
        }
        switch kind {
        case .string:
            guard let text = value.stringValue else { throw mismatch("a string", value) }
            if let choices, !choices.contains(text) {
                throw WidgetValueError(key: name, reason: "\"\(text)\" is not one of \(choices.joined(separator: ", "))")
            }
            return value
        case .int:
            guard let number = value.intValue else { throw mismatch("an integer", value) }
            return .integer(number)
        case .float:
            guard let number = value.doubleValue else { throw mismatch("a number", value) }
            guard number.isFinite else { throw WidgetValueError(key: name, reason: "must be finite") }
            return .number(number)
        case .bool:
            guard value.boolValue != nil else { throw mismatch("a boolean", value) }
            return value
        case .object:
            guard value.objectValue != nil else { throw mismatch("an object", value) }
            return value
        case .reference:
            guard let text = value.stringValue, Widget.modelID(fromReference: text) != nil else {
                throw mismatch("a model reference \"IPY_MODEL_<id>\"", value)
            }
            return value
        case .array(let element):
            guard let items = value.arrayValue else { throw mismatch("an array", value) }
            for item in items {
                switch element {
                case .string where item.stringValue == nil: throw mismatch("an array of strings", value)
                case .object where item.objectValue == nil: throw mismatch("an array of objects", value)
                case .reference where item.stringValue.flatMap(Widget.modelID(fromReference:)) == nil:
                    throw mismatch("an array of model references", value)
                default: continue
                }
            }
            return value
        }
    }

    private func mismatch(_ expected: String, _ value: JSONValue) -> WidgetValueError {
        WidgetValueError(key: name, reason: "must be \(expected), not \(value.kindDescription)")
    }
}

/// Why a widget refused a value; `description` is the one line written to stderr.
public struct WidgetValueError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The state key.
    public var key: String
    /// What was wrong.
    public var reason: String

    /// An error for `key`.
    public init(key: String, reason: String) {
        self.key = key
        self.reason = reason
    }

    /// "value: must be an integer, not a string".
    public var description: String { "\(key): \(reason)" }
}

extension JSONValue {
    /// The number as a Double, for `.number` and `.integer`.
    var doubleValue: Double? {
        switch self {
        case .number(let value): value
        case .integer(let value): Double(value)
        default: nil
        }
    }

    /// "a string", "an integer", … for error lines.
    var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .integer: "an integer"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
