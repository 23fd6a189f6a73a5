import Foundation
import JupyterKernel

/// The kernel side of Jupyter widgets (protocol 2.1, as ipywidgets 8 speaks it), on top of the
/// kernel's `CommManager`: registers the `jupyter.widget` target (models the frontend opens) and the
/// `jupyter.widget.control` target (`request_states`, so a reloaded page gets every live widget back),
/// and keeps the live widgets by model id.
///
/// An interpreter makes one in `kernelDidCreateComms(_:)` and passes it to the widgets its cells make:
///
///     func kernelDidCreateComms(_ comms: CommManager) { widgets = WidgetManager(comms: comms) }
///     // in a cell:
///     let slider = try IntSlider(widgets, value: 3, min: 0, max: 5, description: "depth")
///     context.display(slider.displayValue, displayID: nil)
///     slider.onChange { depth in … }
public final class WidgetManager: @unchecked Sendable {
    /// The comm target of widget models.
    public static let target = "jupyter.widget"
    /// The comm target of the widget control channel.
    public static let controlTarget = "jupyter.widget.control"
    /// The widget protocol version sent in every widget `comm_open`'s metadata.
    public static let protocolVersion = "2.1.0"
    /// The MIME type that shows a widget.
    public static let viewMimeType = "application/vnd.jupyter.widget-view+json"
    /// The MIME type of nbformat's saved widget state (notebook metadata `widgets`).
    public static let notebookStateMimeType = "application/vnd.jupyter.widget-state+json"

    /// The kernel's comms.
    public let comms: CommManager
    let log: KernelLog
    private let lock = NSLock()
    private var widgets: [String: Widget] = [:]

    /// Registers the widget targets with `comms`; `log` takes the one-line refusals of bad input.
    public init(comms: CommManager, log: KernelLog = .standardError) {
        self.comms = comms
        self.log = log
        comms.registerTarget(Self.target) { [weak self] comm, message in
            self?.frontendOpened(comm, message)
        }
        comms.registerTarget(Self.controlTarget) { [weak self] comm, message in
            self?.controlOpened(comm, message)
        }
    }

    /// Every live widget, sorted by model id.
    public var liveWidgets: [Widget] {
        lock.withLock { Array(widgets.values) }.sorted { $0.modelID < $1.modelID }
    }

    /// The live widget with `modelID`.
    public func widget(id modelID: String) -> Widget? { lock.withLock { widgets[modelID] } }

    /// nbformat's widget state for saved notebooks (`metadata.widgets["application/vnd.jupyter.widget-state+json"]`):
    /// `{"version_major": 2, "version_minor": 0, "state": {id: {model_name, model_module,
    /// model_module_version, state}}}` for `widgets` (every live widget when nil).
    public func notebookState(of widgets: [Widget]? = nil) -> JSONValue {
        var state: [String: JSONValue] = [:]
        for widget in widgets ?? liveWidgets { state[widget.modelID] = widget.notebookState }
        return ["version_major": 2, "version_minor": 0, "state": .object(state)]
    }

    func register(_ widget: Widget) { lock.withLock { widgets[widget.modelID] = widget } }

    func forget(_ widget: Widget) {
        lock.withLock {
            if widgets[widget.modelID] === widget { widgets[widget.modelID] = nil }
        }
    }

    // MARK: targets

    /// A model the frontend made: adopted when it is one this library knows and its state fits.
    private func frontendOpened(_ comm: Comm, _ message: CommMessage) {
        let version = message.metadata["version"]?.stringValue ?? ""
        if version.split(separator: ".").first != "2" {
            log("widget comm_open \(comm.id) with protocol version \"\(version)\" (expected 2.x): accepted anyway")
        }
        guard let state = message.data["state"]?.objectValue,
              let name = state["_model_name"]?.stringValue, let spec = ModelSpec.named(name) else {
            log("widget comm_open \(comm.id) for a model this kernel does not know: closing it")
            comm.close()
            return
        }
        do {
            _ = try Self.widgetClass(for: name).init(manager: self, spec: spec, state: state, adopting: comm)
        } catch {
            log("widget comm_open \(comm.id) (\(name)) refused: \(error); closing it")
            comm.close()
        }
    }

    private func controlOpened(_ comm: Comm, _ message: CommMessage) {
        comm.onMessage { [weak self, weak comm] message in
            guard let self, let comm else { return }
            guard message.data["method"]?.stringValue == "request_states" else {
                self.log("widget control comm \(comm.id): unknown method \(message.data["method"].map { "\($0)" } ?? "(none)"): ignored")
                return
            }
            var states: [String: JSONValue] = [:]
            for widget in self.liveWidgets { states[widget.modelID] = widget.notebookState }
            comm.send(data: ["method": "update_states", "states": .object(states), "buffer_paths": []])
        }
    }

    /// The control class for a model name, so a model the frontend opens keeps its rules.
    static func widgetClass(for modelName: String) -> Widget.Type {
        switch modelName {
        case "IntSliderModel": IntSlider.self
        case "FloatSliderModel": FloatSlider.self
        case "FloatLogSliderModel": FloatLogSlider.self
        case "IntRangeSliderModel": IntRangeSlider.self
        case "PlayModel": Play.self
        case "DropdownModel": Dropdown.self
        case "RadioButtonsModel": RadioButtons.self
        case "ToggleButtonsModel": ToggleButtons.self
        default: Widget.self
        }
    }
}
