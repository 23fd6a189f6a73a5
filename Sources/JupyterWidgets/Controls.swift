import Foundation
import JupyterKernel

// The controls of ipywidgets 8 this library offers, with their model names and state keys exactly
// as ipywidgets' schema gives them (ModelSpecs+Generated.swift) and the validation ipywidgets does:
// out-of-range values are clamped, impossible bounds and selections refused.

// MARK: rules shared by the numeric controls

enum NumericRules {
    /// ipywidgets' bounded Int/Float rules: value clamped into [min, max]; min above max (or max
    /// below min) refused; moving a bound past the value drags the value along.
    static func bounded(_ key: String, _ value: JSONValue, _ state: [String: JSONValue], integral: Bool,
                        transform: (Double) -> Double = { $0 }) throws -> [String: JSONValue] {
        func number(_ double: Double) -> JSONValue { integral ? .integer(Int(double)) : .number(double) }
        let low = state["min"]?.doubleValue ?? 0, high = state["max"]?.doubleValue ?? 0
        let current = state["value"]?.doubleValue ?? 0
        guard let proposed = value.doubleValue else { return [key: value] }
        switch key {
        case "value":
            return [key: number(min(max(proposed, transform(low)), transform(high)))]
        case "min":
            if proposed > high { throw WidgetValueError(key: key, reason: "setting min > max") }
            return transform(proposed) > current ? [key: value, "value": number(transform(proposed))] : [key: value]
        case "max":
            if proposed < low { throw WidgetValueError(key: key, reason: "setting max < min") }
            return transform(proposed) < current ? [key: value, "value": number(transform(proposed))] : [key: value]
        default:
            return [key: value]
        }
    }
}

// MARK: sliders

/// An integer slider (IntSliderModel).
public final class IntSlider: Widget, @unchecked Sendable {
    /// A slider over `min...max`; `value` is clamped into the range as ipywidgets does.
    public convenience init(_ manager: WidgetManager, value: Int = 0, min: Int = 0, max: Int = 100, step: Int = 1,
                            description: String = "", continuousUpdate: Bool = true) throws {
        try self.init(manager: manager, spec: .intSlider, state: [
            "value": .integer(value), "min": .integer(min), "max": .integer(max), "step": .integer(step),
            "description": .string(description), "continuous_update": .bool(continuousUpdate),
        ], adopting: nil)
    }

    override class func coerce(_ key: String, _ value: JSONValue, in state: [String: JSONValue]) throws -> [String: JSONValue] {
        try NumericRules.bounded(key, value, state, integral: true)
    }

    /// The value (setting it clamps and updates the page).
    public var value: Int { get { int("value") } set { setLogging(["value": .integer(newValue)]) } }
    /// The lower bound.
    public var min: Int { get { int("min") } set { setLogging(["min": .integer(newValue)]) } }
    /// The upper bound.
    public var max: Int { get { int("max") } set { setLogging(["max": .integer(newValue)]) } }
    /// The step.
    public var step: Int { get { int("step") } set { setLogging(["step": .integer(newValue)]) } }
    /// The label beside the slider.
    public var description: String { get { string("description") } set { setLogging(["description": .string(newValue)]) } }

    /// Calls `handler` with each new value, from either side.
    public func onChange(_ handler: @escaping @Sendable (Int) -> Void) {
        observe(["value"]) { handler($0.new.intValue ?? 0) }
    }
}

/// A floating-point slider (FloatSliderModel).
public final class FloatSlider: Widget, @unchecked Sendable {
    /// A slider over `min...max`; `value` is clamped into the range as ipywidgets does.
    public convenience init(_ manager: WidgetManager, value: Double = 0, min: Double = 0, max: Double = 100,
                            step: Double = 0.1, description: String = "", continuousUpdate: Bool = true) throws {
        try self.init(manager: manager, spec: .floatSlider, state: [
            "value": .number(value), "min": .number(min), "max": .number(max), "step": .number(step),
            "description": .string(description), "continuous_update": .bool(continuousUpdate),
        ], adopting: nil)
    }

    override class func coerce(_ key: String, _ value: JSONValue, in state: [String: JSONValue]) throws -> [String: JSONValue] {
        try NumericRules.bounded(key, value, state, integral: false)
    }

    /// The value (setting it clamps and updates the page).
    public var value: Double { get { double("value") } set { setLogging(["value": .number(newValue)]) } }
    /// The lower bound.
    public var min: Double { get { double("min") } set { setLogging(["min": .number(newValue)]) } }
    /// The upper bound.
    public var max: Double { get { double("max") } set { setLogging(["max": .number(newValue)]) } }
    /// The step.
    public var step: Double { get { double("step") } set { setLogging(["step": .number(newValue)]) } }
    /// The label beside the slider.
    public var description: String { get { string("description") } set { setLogging(["description": .string(newValue)]) } }

    /// Calls `handler` with each new value, from either side.
    public func onChange(_ handler: @escaping @Sendable (Double) -> Void) {
        observe(["value"]) { handler($0.new.doubleValue ?? 0) }
    }
}

/// A slider over `base^min ... base^max` on a log scale (FloatLogSliderModel); `min`, `max` and
/// `step` are exponents, `value` is the number itself.
public final class FloatLogSlider: Widget, @unchecked Sendable {
    /// A log slider; `value` is clamped into `base^min ... base^max`.
    public convenience init(_ manager: WidgetManager, value: Double = 1, base: Double = 10, min: Double = 0,
                            max: Double = 4, step: Double = 0.1, description: String = "") throws {
        try self.init(manager: manager, spec: .floatLogSlider, state: [
            "value": .number(value), "base": .number(base), "min": .number(min), "max": .number(max),
            "step": .number(step), "description": .string(description),
        ], adopting: nil)
    }

    override class func coerce(_ key: String, _ value: JSONValue, in state: [String: JSONValue]) throws -> [String: JSONValue] {
        let base = state["base"]?.doubleValue ?? 10
        if key == "base", let proposed = value.doubleValue, !(proposed > 0) || proposed == 1 {
            throw WidgetValueError(key: key, reason: "the base must be positive and not 1")
        }
        return try NumericRules.bounded(key, value, state, integral: false) { Foundation.pow(base, $0) }
    }

    /// The value (setting it clamps and updates the page).
    public var value: Double { get { double("value") } set { setLogging(["value": .number(newValue)]) } }
    /// The base of the exponent.
    public var base: Double { get { double("base") } set { setLogging(["base": .number(newValue)]) } }
    /// The lower exponent.
    public var min: Double { get { double("min") } set { setLogging(["min": .number(newValue)]) } }
    /// The upper exponent.
    public var max: Double { get { double("max") } set { setLogging(["max": .number(newValue)]) } }

    /// Calls `handler` with each new value, from either side.
    public func onChange(_ handler: @escaping @Sendable (Double) -> Void) {
        observe(["value"]) { handler($0.new.doubleValue ?? 0) }
    }
}

/// A slider selecting an integer range (IntRangeSliderModel); `value` is [lower, upper].
public final class IntRangeSlider: Widget, @unchecked Sendable {
    /// A range slider; both ends are clamped into `min...max`; a lower end above the upper is refused.
    public convenience init(_ manager: WidgetManager, value: ClosedRange<Int>? = nil, min: Int = 0, max: Int = 100,
                            step: Int = 1, description: String = "") throws {
        // ipywidgets' default: the middle half of the range (min above max is refused by the rules).
        let lower = value?.lowerBound ?? Int((0.75 * Double(min) + 0.25 * Double(max)).rounded(.down))
        let upper = value?.upperBound ?? Int((0.25 * Double(min) + 0.75 * Double(max)).rounded(.down))
        try self.init(manager: manager, spec: .intRangeSlider, state: [
            "value": [.integer(lower), .integer(upper)], "min": .integer(min),
            "max": .integer(max), "step": .integer(step), "description": .string(description),
        ], adopting: nil)
    }

    override class func coerce(_ key: String, _ value: JSONValue, in state: [String: JSONValue]) throws -> [String: JSONValue] {
        let low = state["min"]?.intValue ?? 0, high = state["max"]?.intValue ?? 0
        let current = Self.ends(state["value"]) ?? (low, high)
        switch key {
        case "value":
            guard let (lower, upper) = Self.ends(value) else {
                throw WidgetValueError(key: key, reason: "must be an array of two integers [lower, upper]")
            }
            if lower > upper { throw WidgetValueError(key: key, reason: "setting lower > upper") }
            return [key: [.integer(Swift.min(Swift.max(lower, low), high)), .integer(Swift.min(Swift.max(upper, low), high))]]
        case "min":
            let new = value.intValue ?? low
            if new > high { throw WidgetValueError(key: key, reason: "setting min > max") }
            return [key: value, "value": [.integer(Swift.max(new, current.0)), .integer(Swift.max(new, current.1))]]
        case "max":
            let new = value.intValue ?? high
            if new < low { throw WidgetValueError(key: key, reason: "setting max < min") }
            return [key: value, "value": [.integer(Swift.min(new, current.0)), .integer(Swift.min(new, current.1))]]
        default:
            return [key: value]
        }
    }

    private static func ends(_ value: JSONValue?) -> (Int, Int)? {
        guard let items = value?.arrayValue, items.count == 2, let lower = items[0].intValue, let upper = items[1].intValue
        else { return nil }
        return (lower, upper)
    }

    /// The selected range (setting it clamps and updates the page).
    public var value: ClosedRange<Int> {
        get {
            let (lower, upper) = Self.ends(self["value"]) ?? (0, 0)
            return Swift.min(lower, upper)...Swift.max(lower, upper)
        }
        set { setLogging(["value": [.integer(newValue.lowerBound), .integer(newValue.upperBound)]]) }
    }

    /// Calls `handler` with each new range, from either side.
    public func onChange(_ handler: @escaping @Sendable (ClosedRange<Int>) -> Void) {
        observe(["value"]) { change in
            guard let (lower, upper) = Self.ends(change.new), lower <= upper else { return }
            handler(lower...upper)
        }
    }
}

/// An animation over integers (PlayModel): steps `value` from `min` to `max` every `interval` ms.
public final class Play: Widget, @unchecked Sendable {
    /// A player over `min...max`.
    public convenience init(_ manager: WidgetManager, value: Int = 0, min: Int = 0, max: Int = 100, step: Int = 1,
                            interval: Int = 100, repeats: Bool = false, description: String = "") throws {
        try self.init(manager: manager, spec: .play, state: [
            "value": .integer(value), "min": .integer(min), "max": .integer(max), "step": .integer(step),
            "interval": .integer(interval), "repeat": .bool(repeats), "description": .string(description),
        ], adopting: nil)
    }

    override class func coerce(_ key: String, _ value: JSONValue, in state: [String: JSONValue]) throws -> [String: JSONValue] {
        try NumericRules.bounded(key, value, state, integral: true)
    }

    /// The current frame.
    public var value: Int { get { int("value") } set { setLogging(["value": .integer(newValue)]) } }
    /// Whether it is playing.
    public var playing: Bool { get { bool("playing") } set { setLogging(["playing": .bool(newValue)]) } }

    /// Calls `handler` with each new value, from either side.
    public func onChange(_ handler: @escaping @Sendable (Int) -> Void) {
        observe(["value"]) { handler($0.new.intValue ?? 0) }
    }
}

// MARK: selections

/// What Dropdown, RadioButtons and ToggleButtons share: `_options_labels` and the selected `index`.
public class Selection: Widget, @unchecked Sendable {
    override class func coerce(_ key: String, _ value: JSONValue, in state: [String: JSONValue]) throws -> [String: JSONValue] {
        let count = state["_options_labels"]?.arrayValue?.count ?? 0
        switch key {
        case "index":
            guard let index = value.intValue else { return [key: .null] }
            guard index >= 0, index < count else {
                throw WidgetValueError(key: key, reason: "invalid selection: index \(index) out of bounds (\(count) options)")
            }
            return [key: value]
        case "_options_labels":
            let newCount = value.arrayValue?.count ?? 0
            let index = state["index"]?.intValue
            let kept: JSONValue = index.map { $0 < newCount ? .integer($0) : (newCount > 0 ? 0 : .null) } ?? (newCount > 0 ? 0 : .null)
            return [key: value, "index": kept]
        default:
            return [key: value]
        }
    }

    override class func summary(_ state: [String: JSONValue]) -> [String] {
        let labels = state["_options_labels"]?.arrayValue ?? []
        var parts = ["options=\(literal(.array(labels)))"]
        if let index = state["index"]?.intValue, labels.indices.contains(index) {
            parts.append("value=\(literal(labels[index]))")
        } else {
            parts.append("value=None")
        }
        if let description = state["description"]?.stringValue, !description.isEmpty {
            parts.append("description=\(literal(.string(description)))")
        }
        return parts
    }

    static func state(options: [String], index: Int?, description: String) -> [String: JSONValue] {
        ["_options_labels": .array(options.map { .string($0) }),
         "index": index.map { .integer($0) } ?? (options.isEmpty ? .null : 0), "description": .string(description)]
    }

    /// The option labels.
    public var options: [String] {
        get { self["_options_labels"]?.arrayValue?.compactMap(\.stringValue) ?? [] }
        set { setLogging(["_options_labels": .array(newValue.map { .string($0) })]) }
    }
    /// The selected index, nil for none.
    public var index: Int? {
        get { self["index"]?.intValue }
        set { setLogging(["index": newValue.map { .integer($0) } ?? .null]) }
    }
    /// The selected label, nil for none.
    public var label: String? {
        guard let index, options.indices.contains(index) else { return nil }
        return options[index]
    }

    /// Calls `handler` with each new selection (index and label), from either side.
    public func onChange(_ handler: @escaping @Sendable (_ index: Int?, _ label: String?) -> Void) {
        observe(["index"]) { [weak self] change in
            let index = change.new.intValue
            let options = self?.options ?? []
            handler(index, index.flatMap { options.indices.contains($0) ? options[$0] : nil })
        }
    }
}

/// A drop-down list (DropdownModel).
public final class Dropdown: Selection, @unchecked Sendable {
    /// A drop-down over `options`, selecting `index` (the first option by default).
    public convenience init(_ manager: WidgetManager, options: [String], index: Int? = nil, description: String = "") throws {
        try self.init(manager: manager, spec: .dropdown,
                      state: Selection.state(options: options, index: index, description: description), adopting: nil)
    }
}

/// Radio buttons (RadioButtonsModel).
public final class RadioButtons: Selection, @unchecked Sendable {
    /// Radio buttons over `options`, selecting `index` (the first option by default).
    public convenience init(_ manager: WidgetManager, options: [String], index: Int? = nil, description: String = "") throws {
        try self.init(manager: manager, spec: .radioButtons,
                      state: Selection.state(options: options, index: index, description: description), adopting: nil)
    }
}

/// A row of toggle buttons, one selected (ToggleButtonsModel).
public final class ToggleButtons: Selection, @unchecked Sendable {
    /// Toggle buttons over `options`, selecting `index` (the first option by default).
    public convenience init(_ manager: WidgetManager, options: [String], index: Int? = nil, description: String = "",
                            tooltips: [String] = []) throws {
        var state = Selection.state(options: options, index: index, description: description)
        state["tooltips"] = .array(tooltips.map { .string($0) })
        try self.init(manager: manager, spec: .toggleButtons, state: state, adopting: nil)
    }
}

// MARK: simple controls

/// A check box (CheckboxModel).
public final class Checkbox: Widget, @unchecked Sendable {
    /// A check box, ticked when `value`.
    public convenience init(_ manager: WidgetManager, value: Bool = false, description: String = "") throws {
        try self.init(manager: manager, spec: .checkbox,
                      state: ["value": .bool(value), "description": .string(description)], adopting: nil)
    }
    /// Whether it is ticked.
    public var value: Bool { get { bool("value") } set { setLogging(["value": .bool(newValue)]) } }

    /// Calls `handler` with each new value, from either side.
    public func onChange(_ handler: @escaping @Sendable (Bool) -> Void) {
        observe(["value"]) { handler($0.new.boolValue ?? false) }
    }
}

/// A button (ButtonModel); clicks arrive as `custom` messages `{"event": "click"}`.
public final class Button: Widget, @unchecked Sendable {
    /// A button labelled `description`.
    public convenience init(_ manager: WidgetManager, description: String = "", buttonStyle: String = "",
                            tooltip: String? = nil, icon: String = "") throws {
        try self.init(manager: manager, spec: .button, state: [
            "description": .string(description), "button_style": .string(buttonStyle),
            "tooltip": tooltip.map { .string($0) } ?? .null, "icon": .string(icon),
        ], adopting: nil)
    }

    override class func summary(_ state: [String: JSONValue]) -> [String] {
        ["description=\(literal(state["description"] ?? ""))"]
    }

    /// The label.
    public var description: String { get { string("description") } set { setLogging(["description": .string(newValue)]) } }

    /// Calls `action` on each click in the page.
    public func onClick(_ action: @escaping @Sendable () -> Void) {
        onCustomMessage { content, _ in
            if content["event"]?.stringValue == "click" { action() }
        }
    }

    /// Calls `action` on each click in the page, with the context of the click's comm message (what
    /// the action prints is output of that message).
    public func onClickInContext(_ action: @escaping @Sendable (_ context: (any ExecutionContext)?) -> Void) {
        onCustomMessageInContext { content, _, context in
            if content["event"]?.stringValue == "click" { action(context) }
        }
    }
}

/// A one-line text field (TextModel).
public final class Text: Widget, @unchecked Sendable {
    /// A text field holding `value`.
    public convenience init(_ manager: WidgetManager, value: String = "", placeholder: String = "\u{200B}",
                            description: String = "", continuousUpdate: Bool = true) throws {
        try self.init(manager: manager, spec: .text, state: [
            "value": .string(value), "placeholder": .string(placeholder), "description": .string(description),
            "continuous_update": .bool(continuousUpdate),
        ], adopting: nil)
    }
    /// The text.
    public var value: String { get { string("value") } set { setLogging(["value": .string(newValue)]) } }

    /// Calls `handler` with each new text, from either side.
    public func onChange(_ handler: @escaping @Sendable (String) -> Void) {
        observe(["value"]) { handler($0.new.stringValue ?? "") }
    }
}

/// A line of plain text (LabelModel).
public final class Label: Widget, @unchecked Sendable {
    /// A label showing `value`.
    public convenience init(_ manager: WidgetManager, value: String = "") throws {
        try self.init(manager: manager, spec: .label, state: ["value": .string(value)], adopting: nil)
    }
    /// The text.
    public var value: String { get { string("value") } set { setLogging(["value": .string(newValue)]) } }
}

/// HTML shown as is (HTMLModel).
public final class HTML: Widget, @unchecked Sendable {
    /// HTML showing `value`.
    public convenience init(_ manager: WidgetManager, value: String = "") throws {
        try self.init(manager: manager, spec: .html, state: ["value": .string(value)], adopting: nil)
    }
    /// The HTML.
    public var value: String { get { string("value") } set { setLogging(["value": .string(newValue)]) } }
}

// MARK: output and boxes

/// An output area (OutputModel, @jupyter-widgets/output 1.0.0). Its `outputs` are nbformat outputs;
/// `replace(with:)` swaps the whole content (a figure replaced, not appended). While `msg_id` is set
/// (`capture(messageID:)`), the frontend also routes iopub outputs whose parent is that message here.
public final class Output: Widget, @unchecked Sendable {
    /// An empty output area.
    public convenience init(_ manager: WidgetManager) throws {
        try self.init(manager: manager, spec: .output, state: [:], adopting: nil)
    }

    override class func summary(_ state: [String: JSONValue]) -> [String] {
        ["outputs=\(state["outputs"]?.arrayValue?.count ?? 0)"]
    }

    /// The nbformat outputs shown.
    public var outputs: [JSONValue] { self["outputs"]?.arrayValue ?? [] }

    /// Shows `value` alone, replacing what was there, in one `update`.
    public func replace(with value: DisplayValue) {
        setLogging(["outputs": [Self.output(value)]])
    }

    /// Appends `value` as a display_data output.
    public func append(_ value: DisplayValue) {
        setLogging(["outputs": .array(outputs + [Self.output(value)])])
    }

    /// Appends text to a stream output.
    public func appendStream(_ name: StreamName, _ text: String) {
        setLogging(["outputs": .array(outputs + [["output_type": "stream", "name": .string(name.rawValue), "text": .string(text)]])])
    }

    /// Empties the output area.
    public func clear() { setLogging(["outputs": []]) }

    /// Routes iopub outputs whose parent is `messageID` here (ipywidgets' `with out:`); `nil` stops.
    public func capture(messageID: String?) { setLogging(["msg_id": .string(messageID ?? "")]) }

    private static func output(_ value: DisplayValue) -> JSONValue {
        ["output_type": "display_data", "data": .object(value.data), "metadata": .object(value.metadata)]
    }
}

/// What HBox and VBox share: `children`, as model references.
public class Box: Widget, @unchecked Sendable {
    override class func summary(_ state: [String: JSONValue]) -> [String] {
        ["children=\(state["children"]?.arrayValue?.count ?? 0)"]
    }

    /// The model ids of the children, in order.
    public var childIDs: [String] {
        self["children"]?.arrayValue?.compactMap { $0.stringValue.flatMap(Widget.modelID(fromReference:)) } ?? []
    }

    /// Replaces the children.
    public func setChildren(_ children: [Widget]) {
        setLogging(["children": .array(children.map(\.reference))])
    }
}

/// Children side by side (HBoxModel).
public final class HBox: Box, @unchecked Sendable {
    /// A row of `children`.
    public convenience init(_ manager: WidgetManager, children: [Widget]) throws {
        try self.init(manager: manager, spec: .hBox, state: ["children": .array(children.map(\.reference))], adopting: nil)
    }
}

/// Children stacked (VBoxModel).
public final class VBox: Box, @unchecked Sendable {
    /// A column of `children`.
    public convenience init(_ manager: WidgetManager, children: [Widget]) throws {
        try self.init(manager: manager, spec: .vBox, state: ["children": .array(children.map(\.reference))], adopting: nil)
    }
}

/// A link kept in the browser between two widgets' keys (LinkModel, ipywidgets' `jslink`): a Play
/// driving a slider animates without a round trip to the kernel.
public final class Link: Widget, @unchecked Sendable {
    /// Links `source.key` and `target.key`; both keys must be synced attributes of their models.
    public convenience init(_ manager: WidgetManager, source: (Widget, String), target: (Widget, String)) throws {
        for (widget, key) in [source, target] where widget.spec.attribute(key) == nil {
            throw WidgetValueError(key: key, reason: "is not a synced key of \(widget.spec.modelName)")
        }
        try self.init(manager: manager, spec: .link, state: [
            "source": [source.0.reference, .string(source.1)], "target": [target.0.reference, .string(target.1)],
        ], adopting: nil)
    }

    override class func summary(_ state: [String: JSONValue]) -> [String] {
        ["source=\(literal(state["source"] ?? .null))", "target=\(literal(state["target"] ?? .null))"]
    }
}

/// Links two widgets' keys in the browser (ipywidgets' `jslink`).
@discardableResult
public func jslink(_ manager: WidgetManager, _ source: (Widget, String), _ target: (Widget, String)) throws -> Link {
    try Link(manager, source: source, target: target)
}
