import Foundation
import JupyterKernel
import JupyterWidgets

/// Jupyter widgets in cells: sliders, selections, buttons, text, output areas and boxes made from
/// JupyterWidgets' ipywidgets-8 models, `onChange`/button actions that call the cell's closures when
/// the page moves a control, and `interact`, which shows controls with an output area that a closure
/// re-renders on every change (replacing the figure, never appending).
///
/// Threading: a frontend change arrives on the kernel's shell thread between requests; the cell's
/// closure is run through `WidgetHost.run`, on the interpreter's evaluation thread under its lock.
/// A change that a newer queued update of the same control supersedes is skipped, and a running
/// render notices a newer value (as an interrupt) and stops, so the newest value wins.
enum WidgetBindings {
    // MARK: helpers

    /// The kernel's widget host, or an error when the cell runs without a kernel.
    static func host(_ context: CallContext) throws -> WidgetHost {
        if let aware = context.evaluator.output as? WidgetAwareContext { return aware.host }
        throw CellError(.runtime, "widgets need a running Jupyter kernel: the page shows and moves them", position: nil)
    }

    /// The cell type name of a widget: its model name without "Model" ("IntSlider").
    static func typeName(of widget: JupyterWidgets.Widget) -> String {
        let name = widget.spec.modelName
        return name.hasSuffix("Model") ? String(name.dropLast(5)) : name
    }

    static func native(_ widget: JupyterWidgets.Widget) -> Value {
        .native(NativeValue(typeName: typeName(of: widget), object: widget))
    }

    /// The widget inside a cell value (any control), or a clear error.
    static func widget(_ value: Value, role: String = "argument") throws -> JupyterWidgets.Widget {
        if case .native(let native) = value, let widget = native.object as? JupyterWidgets.Widget { return widget }
        throw CellError(.runtime, "\(role) must be a widget (a slider, a dropdown, a button ...), not a value of type '\(value.type)'",
                        position: nil)
    }

    static func range(_ value: Value) throws -> ClosedRange<Int> {
        guard case .range(let range) = value else { throw LibraryUsageError("expected a ClosedRange<Int>, got '\(value.type)'") }
        let upper = range.isClosed ? range.upper : range.upper - 1
        guard range.lower <= upper else {
            throw CellError(.runtime, "the range \(range.lower)...\(upper) is empty", position: nil)
        }
        return range.lower...upper
    }

    static func rangeValue(_ range: ClosedRange<Int>) -> Value {
        .range(RangeValue(lower: range.lowerBound, upper: range.upperBound, isClosed: true))
    }

    /// Wraps widget errors (a refused value) as cell errors that say which control refused what.
    static func made<W: JupyterWidgets.Widget>(_ make: () throws -> W) throws -> Value {
        do {
            return native(try make())
        } catch let error as WidgetValueError {
            throw CellError(.runtime, "\(error)", position: nil)
        }
    }

    /// The state keys a control's value lives in (what `onChange` and `interact` watch).
    static func valueKeys(of widget: JupyterWidgets.Widget) -> Set<String> {
        widget is Selection ? ["index"] : ["value"]
    }

    /// A control's current value as a cell value: Int for integer sliders and Play, Double for float
    /// sliders, a closed range for range sliders, the selected label for selections, Bool, String.
    static func currentValue(of widget: JupyterWidgets.Widget) throws -> Value {
        switch widget {
        case let slider as JupyterWidgets.IntSlider: return .int(slider.value)
        case let slider as JupyterWidgets.FloatSlider: return .double(slider.value)
        case let slider as JupyterWidgets.FloatLogSlider: return .double(slider.value)
        case let slider as JupyterWidgets.IntRangeSlider: return rangeValue(slider.value)
        case let play as JupyterWidgets.Play: return .int(play.value)
        case let selection as Selection: return .string(selection.label ?? "")
        case let box as JupyterWidgets.Checkbox: return .bool(box.value)
        case let text as JupyterWidgets.Text: return .string(text.value)
        default:
            throw CellError(.runtime, "\(typeName(of: widget)) has no value to pass to a closure", position: nil)
        }
    }

    /// Sets `widget.value` from a cell (clamped as ipywidgets clamps; the page is updated).
    static func setValue(_ widget: JupyterWidgets.Widget, _ value: Value) throws {
        let state: [String: JSONValue]
        switch widget {
        case is JupyterWidgets.IntSlider, is JupyterWidgets.Play: state = ["value": .integer(try value.asInt())]
        case is JupyterWidgets.FloatSlider, is JupyterWidgets.FloatLogSlider: state = ["value": .number(try value.asDouble())]
        case is JupyterWidgets.IntRangeSlider:
            let range = try range(value)
            state = ["value": [.integer(range.lowerBound), .integer(range.upperBound)]]
        case let selection as Selection:
            let label = try value.asString()
            guard let index = selection.options.firstIndex(of: label) else {
                throw CellError(.runtime, "\"\(label)\" is not one of the options \(selection.options)", position: nil)
            }
            state = ["index": .integer(index)]
        case is JupyterWidgets.Checkbox: state = ["value": .bool(try value.asBool())]
        default: state = ["value": .string(try value.asString())]
        }
        do {
            try widget.set(state)
        } catch let error as WidgetValueError {
            throw CellError(.runtime, "\(error)", position: nil)
        }
    }

    /// Calls a cell closure from a widget callback; an error is written to the callback's stderr and
    /// the kernel's log, never thrown into the shell thread.
    static func callBack(_ evaluator: Evaluator, _ closure: Value, _ arguments: [Value], what: String) {
        do {
            _ = try CallContext(evaluator: evaluator).call(closure, arguments)
        } catch let error as CellError where error.kind == .interrupted {
            return
        } catch {
            let text = "\(what) failed: \((error as? CellError)?.message ?? String(describing: error))\n"
            evaluator.output.stream(.stderr, text)
            FileHandle.standardError.write(Data(("landscape-kernel: " + text).utf8))
        }
    }

    /// Registers `onChange` on a control: the closure gets the new value after every change.
    static func observe(_ widget: JupyterWidgets.Widget, _ closure: Value, host: WidgetHost) {
        let boxed = Unchecked(closure)
        widget.observe(valueKeys(of: widget)) { [weak widget] change in
            guard let widget, !change.isSuperseded else { return }
            host.run(base: change.context) { evaluator in
                guard let value = try? currentValue(of: widget) else { return }
                callBack(evaluator, boxed.value, [value], what: "onChange of \(typeName(of: widget))")
            }
        }
    }

    // MARK: interact

    /// Renders an interaction's closure into its output area: everything it prints or displays and
    /// its result's rich display, in one `update` that replaces the area's content.
    static func render(_ interaction: Interaction, evaluator: Evaluator, base: (any ExecutionContext)?,
                       superseded: @escaping @Sendable () -> Bool) throws {
        let collector = OutputCollector(interrupted: { (base?.isInterrupted ?? false) || superseded() })
        let saved = evaluator.output
        evaluator.output = WidgetAwareContext(base: collector, host: interaction.host)
        defer { evaluator.output = saved }
        let arguments = try interaction.controls.map(currentValue(of:))
        let result = try CallContext(evaluator: evaluator).call(interaction.body.value, arguments)
        switch result {
        case .void: break
        // Text reads as text (a report line), not as a quoted Swift string.
        case .string(let text): collector.stream(.stdout, text.hasSuffix("\n") ? text : text + "\n")
        default: collector.append(try evaluator.richDisplay(of: result))
        }
        try interaction.output.set("outputs", .array(collector.outputs))
    }

    /// Re-renders after a change from the page; a stale render (a newer value queued) stops quietly.
    static func rerender(_ interaction: Interaction, change: WidgetChange) {
        guard !change.isSuperseded else { return }
        let probe = ThrottledProbe { change.isSuperseded }
        interaction.host.run(base: change.context) { evaluator in
            do {
                try render(interaction, evaluator: evaluator, base: change.context, superseded: { probe() })
            } catch let error as CellError where error.kind == .interrupted {
                return
            } catch {
                let message = (error as? CellError)?.message ?? String(describing: error)
                let shown: JSONValue = ["output_type": "stream", "name": "stderr", "text": .string("interact failed: \(message)\n")]
                try? interaction.output.set("outputs", [shown])
            }
        }
    }

    // MARK: registration

    static func register(in registry: Registry) {
        registry.beginSection("Widgets", introduction: "Controls shown in the page (ipywidgets 8 models): drag a slider and a closure re-runs. A widget as a cell's last line shows it; `interact` shows controls with an output that follows them. In an exported program a widget is its value and `interact` runs its closure once.")
        registerSliders(in: registry)
        registerSelections(in: registry)
        registerSimpleControls(in: registry)
        registerContainers(in: registry)
    }

    /// `value` get/set, `description`, `onChange` and `close()` for a control type.
    static func registerValue(_ owner: String, type: String, in registry: Registry) {
        registry.add("var value: \(type) { get set }", of: owner,
                     documentation: "The control's value now; setting it moves the control in the page (clamped into its range).",
                     setter: { receiver, newValue, _ in try setValue(try widget(receiver), newValue) }) { receiver, _, _ in
            try currentValue(of: try widget(receiver))
        }
        registry.add("func onChange(_ action: (\(type)) throws -> Void)", of: owner,
                     documentation: "Calls `action` with the new value whenever it changes, from the page or a cell.") { receiver, arguments, context in
            observe(try widget(receiver), arguments[0], host: try host(context))
            return .void
        }
    }

    static func registerCommon(_ owner: String, in registry: Registry, description: Bool = true) {
        if description {
            registry.add("var description: String { get set }", of: owner, documentation: "The label beside the control.",
                         setter: { receiver, newValue, _ in try widget(receiver).set("description", .string(try newValue.asString())) }) { receiver, _, _ in
                .string(try widget(receiver)["description"]?.stringValue ?? "")
            }
        }
        registry.add("func close()", of: owner, documentation: "Closes the widget: the page removes its views.") { receiver, _, _ in
            try widget(receiver).close()
            return .void
        }
    }

    static func registerSliders(in registry: Registry) {
        registry.declareType("IntSlider", "final class IntSlider", documentation: "A slider over integers (`value` is an Int).")
        registry.add("init(value: Int = 0, range: ClosedRange<Int> = 0...100, step: Int = 1, description: String = \"\", continuousUpdate: Bool = true)",
                     of: "IntSlider", documentation: "A slider over `range`; `value` is clamped into it.") { _, arguments, context in
            let manager = try host(context).manager
            let range = try range(arguments[1])
            return try made {
                try JupyterWidgets.IntSlider(manager, value: try arguments[0].asInt(), min: range.lowerBound, max: range.upperBound,
                                             step: try arguments[2].asInt(), description: try arguments[3].asString(),
                                             continuousUpdate: try arguments[4].asBool())
            }
        }
        registerValue("IntSlider", type: "Int", in: registry)
        registerCommon("IntSlider", in: registry)

        registry.declareType("FloatSlider", "final class FloatSlider", documentation: "A slider over real numbers (`value` is a Double).")
        registry.add("init(value: Double = 0, min: Double = 0, max: Double = 100, step: Double = 0.1, description: String = \"\", continuousUpdate: Bool = true)",
                     of: "FloatSlider", documentation: "A slider over `min...max`; `value` is clamped into it.") { _, arguments, context in
            let manager = try host(context).manager
            return try made {
                try JupyterWidgets.FloatSlider(manager, value: try arguments[0].asDouble(), min: try arguments[1].asDouble(),
                                               max: try arguments[2].asDouble(), step: try arguments[3].asDouble(),
                                               description: try arguments[4].asString(), continuousUpdate: try arguments[5].asBool())
            }
        }
        registerValue("FloatSlider", type: "Double", in: registry)
        registerCommon("FloatSlider", in: registry)

        registry.declareType("FloatLogSlider", "final class FloatLogSlider", documentation: "A slider on a log scale: `value` runs over `base^minExponent ... base^maxExponent`.")
        registry.add("init(value: Double = 1, base: Double = 10, minExponent: Double = 0, maxExponent: Double = 4, step: Double = 0.1, description: String = \"\")",
                     of: "FloatLogSlider", documentation: "A log slider; `step` is in exponents.") { _, arguments, context in
            let manager = try host(context).manager
            return try made {
                try JupyterWidgets.FloatLogSlider(manager, value: try arguments[0].asDouble(), base: try arguments[1].asDouble(),
                                                  min: try arguments[2].asDouble(), max: try arguments[3].asDouble(),
                                                  step: try arguments[4].asDouble(), description: try arguments[5].asString())
            }
        }
        registerValue("FloatLogSlider", type: "Double", in: registry)
        registerCommon("FloatLogSlider", in: registry)

        registry.declareType("IntRangeSlider", "final class IntRangeSlider", documentation: "A slider selecting a range of integers (`value` is a ClosedRange<Int>).")
        registry.add("init(value: ClosedRange<Int>, range: ClosedRange<Int> = 0...100, step: Int = 1, description: String = \"\")",
                     of: "IntRangeSlider", documentation: "A range slider over `range`; both ends are clamped into it.") { _, arguments, context in
            let manager = try host(context).manager
            let value = try range(arguments[0]), bounds = try range(arguments[1])
            return try made {
                try JupyterWidgets.IntRangeSlider(manager, value: value, min: bounds.lowerBound, max: bounds.upperBound,
                                                  step: try arguments[2].asInt(), description: try arguments[3].asString())
            }
        }
        registerValue("IntRangeSlider", type: "ClosedRange<Int>", in: registry)
        registerCommon("IntRangeSlider", in: registry)

        registry.declareType("Play", "final class Play", documentation: "An animation over integers: steps `value` through `range` every `interval` ms; `jslink` it to a slider.")
        registry.add("init(value: Int = 0, range: ClosedRange<Int> = 0...100, step: Int = 1, interval: Int = 100, repeats: Bool = false, description: String = \"\")",
                     of: "Play", documentation: "A player over `range`.") { _, arguments, context in
            let manager = try host(context).manager
            let range = try range(arguments[1])
            return try made {
                try JupyterWidgets.Play(manager, value: try arguments[0].asInt(), min: range.lowerBound, max: range.upperBound,
                                        step: try arguments[2].asInt(), interval: try arguments[3].asInt(),
                                        repeats: try arguments[4].asBool(), description: try arguments[5].asString())
            }
        }
        registerValue("Play", type: "Int", in: registry)
        registerCommon("Play", in: registry)
    }

    static func registerSelections(in registry: Registry) {
        for (name, documentation) in [("Dropdown", "A drop-down list of options."), ("RadioButtons", "Radio buttons, one option selected."),
                                      ("ToggleButtons", "A row of toggle buttons, one selected.")] {
            registry.declareType(name, "final class \(name)", documentation: documentation + " `value` is the selected label.")
            registry.add("init(options: [String], index: Int = 0, description: String = \"\")", of: name,
                         documentation: "Selects `options[index]` (the first by default).") { _, arguments, context in
                let manager = try host(context).manager
                let options = try arguments[0].asArray().elements.map { try $0.asString() }
                let index = try arguments[1].asInt()
                guard options.isEmpty || options.indices.contains(index) else {
                    throw CellError(.runtime, "index \(index) is out of bounds for \(options.count) options", position: nil)
                }
                return try made { () throws -> Selection in
                    switch name {
                    case "Dropdown": return try JupyterWidgets.Dropdown(manager, options: options, index: index, description: try arguments[2].asString())
                    case "RadioButtons": return try JupyterWidgets.RadioButtons(manager, options: options, index: index, description: try arguments[2].asString())
                    default: return try JupyterWidgets.ToggleButtons(manager, options: options, index: index, description: try arguments[2].asString())
                    }
                }
            }
            registerValue(name, type: "String", in: registry)
            registry.add("var index: Int { get set }", of: name, documentation: "The selected option's index.",
                         setter: { receiver, newValue, _ in
                             let selection = try widget(receiver)
                             do { try selection.set("index", .integer(try newValue.asInt())) } catch let error as WidgetValueError {
                                 throw CellError(.runtime, "\(error)", position: nil)
                             }
                         }) { receiver, _, _ in
                .int(try widget(receiver)["index"]?.intValue ?? -1)
            }
            registry.add("var options: [String] { get }", of: name, documentation: "The option labels.") { receiver, _, _ in
                .array(ArrayValue(((try widget(receiver) as? Selection)?.options ?? []).map { .string($0) }, elementType: .string))
            }
            registerCommon(name, in: registry)
        }
    }

    static func registerSimpleControls(in registry: Registry) {
        registry.declareType("Checkbox", "final class Checkbox", documentation: "A check box (`value` is a Bool).")
        registry.add("init(value: Bool = false, description: String = \"\")", of: "Checkbox", documentation: "A check box, ticked when `value`.") { _, arguments, context in
            let manager = try host(context).manager
            return try made { try JupyterWidgets.Checkbox(manager, value: try arguments[0].asBool(), description: try arguments[1].asString()) }
        }
        registerValue("Checkbox", type: "Bool", in: registry)
        registerCommon("Checkbox", in: registry)

        registry.declareType("Text", "final class Text", documentation: "A one-line text field (`value` is a String).")
        registry.add("init(value: String = \"\", placeholder: String = \"\", description: String = \"\")", of: "Text", documentation: "A text field holding `value`.") { _, arguments, context in
            let manager = try host(context).manager
            let placeholder = try arguments[1].asString()
            return try made {
                try JupyterWidgets.Text(manager, value: try arguments[0].asString(), placeholder: placeholder.isEmpty ? "\u{200B}" : placeholder,
                                        description: try arguments[2].asString())
            }
        }
        registerValue("Text", type: "String", in: registry)
        registerCommon("Text", in: registry)

        registry.declareType("Button", "final class Button", documentation: "A button; its action runs when it is clicked in the page.")
        registry.add("init(description: String = \"\", action: () throws -> Void)", of: "Button",
                     documentation: "A button labelled `description` that calls `action` on each click.") { _, arguments, context in
            let host = try host(context)
            let boxed = Unchecked(arguments[1])
            return try made {
                let button = try JupyterWidgets.Button(host.manager, description: try arguments[0].asString())
                button.onClickInContext { context in
                    host.run(base: context) { evaluator in callBack(evaluator, boxed.value, [], what: "the action of button \"\(button.description)\"") }
                }
                return button
            }
        }
        registry.add("init(description: String = \"\")", of: "Button", documentation: "A button without an action (add one with `onClick`).") { _, arguments, context in
            let manager = try host(context).manager
            return try made { try JupyterWidgets.Button(manager, description: try arguments[0].asString()) }
        }
        registry.add("func onClick(_ action: () throws -> Void)", of: "Button", documentation: "Calls `action` on each click in the page.") { receiver, arguments, context in
            let host = try host(context)
            guard let button = try widget(receiver) as? JupyterWidgets.Button else { return .void }
            let boxed = Unchecked(arguments[0])
            button.onClickInContext { [weak button] context in
                host.run(base: context) { evaluator in
                    callBack(evaluator, boxed.value, [], what: "the action of button \"\(button?.description ?? "")\"")
                }
            }
            return .void
        }
        registerCommon("Button", in: registry)

        for (name, documentation) in [("Label", "A line of plain text."), ("HTML", "HTML shown as is.")] {
            registry.declareType(name, "final class \(name)", documentation: documentation + " `value` is its text.")
            registry.add("init(_ value: String = \"\")", of: name, documentation: "Shows `value`.") { _, arguments, context in
                let manager = try host(context).manager
                let text = try arguments[0].asString()
                return try made { () throws -> JupyterWidgets.Widget in
                    name == "Label" ? try JupyterWidgets.Label(manager, value: text) : try JupyterWidgets.HTML(manager, value: text)
                }
            }
            registry.add("var value: String { get set }", of: name, documentation: "The text shown; setting it updates the page.",
                         setter: { receiver, newValue, _ in try widget(receiver).set("value", .string(try newValue.asString())) }) { receiver, _, _ in
                .string(try widget(receiver)["value"]?.stringValue ?? "")
            }
            registerCommon(name, in: registry, description: false)
        }
    }

    static func registerContainers(in registry: Registry) {
        registry.declareType("Output", "final class Output", documentation: "An output area: what it shows is replaced (`show`) or cleared from cells and callbacks.")
        registry.add("init()", of: "Output", documentation: "An empty output area.") { _, _, context in
            let manager = try host(context).manager
            return try made { try JupyterWidgets.Output(manager) }
        }
        registry.add("func show(_ value: Any) throws", of: "Output", documentation: "Shows `value` in its richest form, replacing what was there.") { receiver, arguments, context in
            guard let output = try widget(receiver) as? JupyterWidgets.Output else { return .void }
            output.replace(with: try context.evaluator.richDisplay(of: arguments[0]))
            return .void
        }
        registry.add("func clear()", of: "Output", documentation: "Empties the output area.") { receiver, _, _ in
            (try widget(receiver) as? JupyterWidgets.Output)?.clear()
            return .void
        }
        registerCommon("Output", in: registry, description: false)

        for (name, documentation) in [("HBox", "Widgets side by side."), ("VBox", "Widgets stacked.")] {
            registry.declareType(name, "final class \(name)", documentation: documentation)
            registry.add("init(_ children: Any...)", of: name, documentation: "A box of `children` (widgets), in order.") { _, arguments, context in
                let manager = try host(context).manager
                let children = try arguments[0].asArray().elements.map { try widget($0, role: "a child of \(name)") }
                return try made { () throws -> JupyterWidgets.Widget in
                    name == "HBox" ? try JupyterWidgets.HBox(manager, children: children) : try JupyterWidgets.VBox(manager, children: children)
                }
            }
            registerCommon(name, in: registry, description: false)
        }

        registry.declareType("Link", "final class Link", documentation: "A link kept in the browser between two widgets' values (`jslink`).")
        registry.add("func jslink(_ source: Any, _ target: Any, key: String = \"value\") throws -> Link",
                     documentation: "Keeps `target.value` equal to `source.value` in the browser (a Play driving a slider animates without a round trip).") { _, arguments, context in
            let manager = try host(context).manager
            let source = try widget(arguments[0], role: "jslink's source"), target = try widget(arguments[1], role: "jslink's target")
            let key = try arguments[2].asString()
            return try made { try JupyterWidgets.Link(manager, source: (source, key), target: (target, key)) }
        }
        registerCommon("Link", in: registry, description: false)

        registry.add("func interact(_ controls: Any..., body: ([Any]) throws -> Any) rethrows",
                     documentation: "Shows `controls` above an output area holding `body`'s result for their values (a figure, a report, text), and re-runs `body` whenever a control changes, replacing the output. `body` takes one argument per control.") { _, arguments, context in
            let host = try host(context)
            let controls = try arguments[0].asArray().elements.map { try widget($0, role: "interact's control") }
            for control in controls { _ = try currentValue(of: control) }
            let output = try JupyterWidgets.Output(host.manager)
            let box = try JupyterWidgets.VBox(host.manager, children: controls + [output])
            let interaction = Interaction(host: host, controls: controls, output: output, box: box, body: Unchecked(arguments[1]))
            try render(interaction, evaluator: context.evaluator, base: nil, superseded: { false })
            // The text/plain fallback is what the output first shows as text (a static viewer, and an
            // exported program, which runs the closure once and prints its result, read the same).
            var shown = box.displayValue
            let text = output.outputs.compactMap { output -> String? in
                if output["output_type"]?.stringValue == "stream" {
                    guard output["name"]?.stringValue == "stdout", let text = output["text"]?.stringValue else { return nil }
                    return text.hasSuffix("\n") ? String(text.dropLast()) : text
                }
                return output["data"]?["text/plain"]?.stringValue
            }
            if !text.isEmpty { shown.data["text/plain"] = .string(text.joined(separator: "\n")) }
            context.display(shown, displayID: nil)
            for control in controls {
                control.observe(valueKeys(of: control)) { change in rerender(interaction, change: change) }
            }
            return .void
        }
    }
}

/// An `interact`: its controls, output area, the box showing both, and the cell's closure.
final class Interaction: @unchecked Sendable {
    let host: WidgetHost
    let controls: [JupyterWidgets.Widget]
    let output: JupyterWidgets.Output
    let box: JupyterWidgets.VBox
    let body: Unchecked<Value>

    init(host: WidgetHost, controls: [JupyterWidgets.Widget], output: JupyterWidgets.Output, box: JupyterWidgets.VBox, body: Unchecked<Value>) {
        self.host = host
        self.controls = controls
        self.output = output
        self.box = box
        self.body = body
    }
}

/// Carries a cell value into a widget callback. Cell values are only touched on the evaluation
/// thread, which every callback runs on (`WidgetHost.run`).
final class Unchecked<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
