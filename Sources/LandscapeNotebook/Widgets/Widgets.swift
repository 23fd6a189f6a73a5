import Foundation

// The notebook's widgets in an exported program: a widget is its value. Nothing is shown to move,
// so a control keeps the value it was made with (or was set to), `onChange` and button actions
// never run, and `interact` runs its closure once with the controls' values and prints the result.
// The kernel's cells use the same names and labels (CellLanguage's WidgetBindings); the registry
// signature test compiles every one of them against these declarations.

/// A control with a value that `interact` can pass to its closure.
public protocol InteractiveControl: AnyObject, CustomDebugStringConvertible {
    associatedtype Value
    var value: Value { get }
    /// The label beside the control.
    var description: String { get }
}

/// The kernel's text/plain for widgets, ipywidgets' repr: `IntSlider(value=3, description='depth')`.
enum WidgetText {
    static func literal(_ value: Any) -> String {
        switch value {
        case let flag as Bool: return flag ? "True" : "False"
        case let number as Int: return String(number)
        case let number as Double:
            return number == number.rounded() && abs(number) < 1e15 ? String(format: "%.1f", number) : String(number)
        case let text as String: return "'" + text.replacingOccurrences(of: "'", with: "\\'") + "'"
        case let range as ClosedRange<Int>: return "(\(range.lowerBound), \(range.upperBound))"
        case let items as [String]: return "(" + items.map(literal).joined(separator: ", ") + ")"
        default: return String(describing: value)
        }
    }

    static func summary(_ name: String, _ parts: [(String, Any)], description: String) -> String {
        var all = parts.map { "\($0.0)=\(literal($0.1))" }
        if !description.isEmpty { all.append("description=\(literal(description))") }
        return "\(name)(\(all.joined(separator: ", ")))"
    }
}

/// What every exported widget shares.
open class ExportedWidget {
    public init() {}
    /// Closing has nothing to remove in a program.
    public func close() {}
}


/// An integer slider; in a program, its value.
public final class IntSlider: ExportedWidget, InteractiveControl {
    public var value: Int
    public var description: String
    public init(value: Int = 0, range: ClosedRange<Int> = 0...100, step: Int = 1, description: String = "", continuousUpdate: Bool = true) {
        self.value = Swift.min(Swift.max(value, range.lowerBound), range.upperBound)
        self.description = description
    }
    public func onChange(_ action: (Int) throws -> Void) {}
}

/// A slider over real numbers; in a program, its value.
public final class FloatSlider: ExportedWidget, InteractiveControl {
    public var value: Double
    public var description: String
    public init(value: Double = 0, min: Double = 0, max: Double = 100, step: Double = 0.1, description: String = "", continuousUpdate: Bool = true) {
        self.value = Swift.min(Swift.max(value, min), max)
        self.description = description
    }
    public func onChange(_ action: (Double) throws -> Void) {}
}

/// A log-scale slider; in a program, its value.
public final class FloatLogSlider: ExportedWidget, InteractiveControl {
    public var value: Double
    public var description: String
    public init(value: Double = 1, base: Double = 10, minExponent: Double = 0, maxExponent: Double = 4, step: Double = 0.1, description: String = "") {
        let low = pow(base, minExponent), high = pow(base, maxExponent)
        self.value = Swift.min(Swift.max(value, Swift.min(low, high)), Swift.max(low, high))
        self.description = description
    }
    public func onChange(_ action: (Double) throws -> Void) {}
}

/// A range slider; in a program, its range.
public final class IntRangeSlider: ExportedWidget, InteractiveControl {
    public var value: ClosedRange<Int>
    public var description: String
    public init(value: ClosedRange<Int>, range: ClosedRange<Int> = 0...100, step: Int = 1, description: String = "") {
        self.value = value.clamped(to: range)
        self.description = description
    }
    public func onChange(_ action: (ClosedRange<Int>) throws -> Void) {}
}

/// An animation over integers; in a program, its first frame.
public final class Play: ExportedWidget, InteractiveControl {
    public var value: Int
    public var description: String
    public init(value: Int = 0, range: ClosedRange<Int> = 0...100, step: Int = 1, interval: Int = 100, repeats: Bool = false, description: String = "") {
        self.value = Swift.min(Swift.max(value, range.lowerBound), range.upperBound)
        self.description = description
    }
    public func onChange(_ action: (Int) throws -> Void) {}
}

/// What Dropdown, RadioButtons and ToggleButtons share: options and the selected one.
open class ExportedSelection: ExportedWidget {
    public let options: [String]
    public var index: Int
    public var description: String
    public init(options: [String], index: Int = 0, description: String = "") {
        self.options = options
        self.index = index
        self.description = description
    }
    /// The selected label.
    public var value: String {
        get { options.indices.contains(index) ? options[index] : "" }
        set { if let found = options.firstIndex(of: newValue) { index = found } }
    }
    public func onChange(_ action: (String) throws -> Void) {}
}

/// A drop-down list; in a program, its selected label.
public final class Dropdown: ExportedSelection, InteractiveControl {
    public var debugDescription: String { selectionText("Dropdown") }
}
/// Radio buttons; in a program, the selected label.
public final class RadioButtons: ExportedSelection, InteractiveControl {
    public var debugDescription: String { selectionText("RadioButtons") }
}
/// Toggle buttons; in a program, the selected label.
public final class ToggleButtons: ExportedSelection, InteractiveControl {
    public var debugDescription: String { selectionText("ToggleButtons") }
}

extension ExportedSelection {
    func selectionText(_ name: String) -> String {
        WidgetText.summary(name, [("options", options), ("value", value)], description: description)
    }
}

/// A check box; in a program, its value.
public final class Checkbox: ExportedWidget, InteractiveControl {
    public var value: Bool
    public var description: String
    public init(value: Bool = false, description: String = "") {
        self.value = value
        self.description = description
    }
    public func onChange(_ action: (Bool) throws -> Void) {}
}

/// A text field; in a program, its text.
public final class Text: ExportedWidget, InteractiveControl {
    public var value: String
    public var description: String
    public init(value: String = "", placeholder: String = "", description: String = "") {
        self.value = value
        self.description = description
    }
    public func onChange(_ action: (String) throws -> Void) {}
}

/// A button; in a program nobody clicks it, so its action never runs.
public final class Button: ExportedWidget, CustomDebugStringConvertible {
    public var description: String
    public init(description: String = "", action: () throws -> Void) { self.description = description }
    public init(description: String = "") { self.description = description }
    public func onClick(_ action: () throws -> Void) {}
    public var debugDescription: String { "Button(description=\(WidgetText.literal(description)))" }
}

/// A line of text; in a program, its text.
public final class Label: ExportedWidget, CustomStringConvertible {
    public var value: String
    public init(_ value: String = "") { self.value = value }
    public var description: String { "Label(value=\(WidgetText.literal(value)))" }
}

/// HTML; in a program, its source.
public final class HTML: ExportedWidget, CustomStringConvertible {
    public var value: String
    public init(_ value: String = "") { self.value = value }
    public var description: String { "HTML(value=\(WidgetText.literal(value)))" }
}

/// An output area; in a program, what it shows is printed.
public final class Output: ExportedWidget, CustomStringConvertible {
    public override init() {}
    public func show(_ value: Any) throws { display(value) }
    public func clear() {}
    public var description: String { "Output(outputs=0)" }
}

/// A row of widgets.
public final class HBox: ExportedWidget, CustomStringConvertible {
    public let children: [Any]
    public init(_ children: Any...) { self.children = children }
    public var description: String { "HBox(children=\(children.count))" }
}

/// A column of widgets.
public final class VBox: ExportedWidget, CustomStringConvertible {
    public let children: [Any]
    public init(_ children: Any...) { self.children = children }
    public var description: String { "VBox(children=\(children.count))" }
}

/// A browser-side link; in a program there is nothing to keep in step.
public final class Link: ExportedWidget, CustomStringConvertible {
    public var description: String { "Link()" }
}

/// Links two widgets' values in the browser; in a program, nothing moves.
@discardableResult
public func jslink(_ source: Any, _ target: Any, key: String = "value") throws -> Link { Link() }

/// Shows the closure's result for the controls' values; in a program, runs it once and prints it.
public func interact<A: InteractiveControl, R>(_ a: A, body: (A.Value) throws -> R) rethrows {
    showInteraction(try body(a.value))
}

public func interact<A: InteractiveControl, B: InteractiveControl, R>(_ a: A, _ b: B, body: (A.Value, B.Value) throws -> R) rethrows {
    showInteraction(try body(a.value, b.value))
}

public func interact<A: InteractiveControl, B: InteractiveControl, C: InteractiveControl, R>(
    _ a: A, _ b: B, _ c: C, body: (A.Value, B.Value, C.Value) throws -> R) rethrows {
    showInteraction(try body(a.value, b.value, c.value))
}

public func interact<A: InteractiveControl, B: InteractiveControl, C: InteractiveControl, D: InteractiveControl, R>(
    _ a: A, _ b: B, _ c: C, _ d: D, body: (A.Value, B.Value, C.Value, D.Value) throws -> R) rethrows {
    showInteraction(try body(a.value, b.value, c.value, d.value))
}

private func showInteraction<R>(_ result: R) {
    if R.self == Void.self { return }
    // Text reads as text, as the kernel's interact shows it.
    if let text = result as? String { print(text) } else { display(result) }
}

extension InteractiveControl {
    /// "IntSlider(value=3, description='depth')", as the kernel's text/plain.
    public var debugDescription: String { WidgetText.summary("\(Self.self)", [("value", value)], description: description) }
}
