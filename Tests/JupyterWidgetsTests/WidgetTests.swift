import Foundation
import JupyterKernel
import Testing
@testable import JupyterWidgets

/// A widget manager over a CommManager whose iopub is a list, and a "frontend" that sends comm
/// messages into it as the kernel's shell loop would.
final class WidgetRig: @unchecked Sendable {
    let sent = Recorder<CommManager.Outgoing>()
    let lines = Recorder<String>()
    let comms: CommManager
    let widgets: WidgetManager

    init() {
        let sent = self.sent, lines = self.lines
        let log = KernelLog { lines.append($0) }
        comms = CommManager(log: log) { sent.append($0) }
        widgets = WidgetManager(comms: comms, log: log)
    }

    var log: [String] { lines.values }

    /// Everything published since the last call.
    func take() -> [CommManager.Outgoing] { sent.take() }

    /// The `data` of the comm_msgs published since the last call.
    func takeData() -> [JSONValue] {
        take().filter { $0.messageType == "comm_msg" }.map { $0.content["data"] ?? .null }
    }

    /// A comm message from the frontend; `newer` are the data of messages queued behind it.
    @discardableResult
    func frontend(_ type: String, _ content: [String: JSONValue], metadata: [String: JSONValue] = [:],
                  buffers: [Data] = [], newer: [[String: JSONValue]] = []) -> Bool {
        let message = WireMessage(identities: [], header: ["msg_type": .string(type), "msg_id": .string("f-\(UUID().uuidString)")],
                                  metadata: metadata, content: content, buffers: buffers)
        return comms.receive(message, pending: { newer })
    }

    func update(_ widget: Widget, _ state: [String: JSONValue], newer: [[String: JSONValue]] = []) {
        frontend("comm_msg", ["comm_id": .string(widget.modelID), "data": ["method": "update", "state": .object(state), "buffer_paths": []]],
                 newer: newer)
    }
}

final class Recorder<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [T] = []
    func append(_ value: T) { lock.withLock { stored.append(value) } }
    var values: [T] { lock.withLock { stored } }
    func take() -> [T] {
        lock.withLock {
            defer { stored = [] }
            return stored
        }
    }
}

@Suite struct WidgetStateTests {
    @Test func sliderOpensWithTheFullIpywidgetsStateAndItsSubModels() throws {
        let rig = WidgetRig()
        let slider = try IntSlider(rig.widgets, value: 3, min: 0, max: 5, description: "depth")
        let opens = rig.take()
        #expect(opens.map(\.messageType) == ["comm_open", "comm_open", "comm_open"])
        #expect(opens.allSatisfy { $0.content["target_name"] == "jupyter.widget" && $0.metadata == ["version": "2.1.0"] })
        guard opens.count == 3, let state = opens[2].content["data"]?["state"]?.objectValue else { return }
        #expect(opens[2].content["comm_id"] == .string(slider.modelID))
        #expect(opens[2].content["data"]?["buffer_paths"] == [])
        // ipywidgets 8's IntSliderModel keys, exactly (jupyterwidgetmodels.latest.md).
        #expect(Set(state.keys) == ["_dom_classes", "_model_module", "_model_module_version", "_model_name", "_view_module",
                                    "_view_module_version", "_view_name", "behavior", "continuous_update", "description",
                                    "description_allow_html", "disabled", "layout", "max", "min", "orientation", "readout",
                                    "readout_format", "step", "style", "tabbable", "tooltip", "value"])
        #expect(state["_model_name"] == "IntSliderModel")
        #expect(state["_model_module"] == "@jupyter-widgets/controls")
        #expect(state["_model_module_version"] == "2.0.0")
        #expect(state["_view_name"] == "IntSliderView")
        #expect(state["_view_module"] == "@jupyter-widgets/controls")
        #expect(state["_view_module_version"] == "2.0.0")
        #expect(state["value"] == 3)
        #expect(state["readout_format"] == "d")
        #expect(state["behavior"] == "drag-tap")
        #expect(state["tooltip"] == .null)
        // Layout and style were opened first and are referenced by id.
        let layout = opens[0], style = opens[1]
        #expect(layout.content["data"]?["state"]?["_model_name"] == "LayoutModel")
        #expect(layout.content["data"]?["state"]?["_model_module"] == "@jupyter-widgets/base")
        #expect(layout.content["data"]?["state"]?["_model_module_version"] == "2.0.0")
        #expect(style.content["data"]?["state"]?["_model_name"] == "SliderStyleModel")
        #expect(style.content["data"]?["state"]?["_view_module"] == "@jupyter-widgets/base")
        #expect(state["layout"] == .string("IPY_MODEL_" + (layout.content["comm_id"]?.stringValue ?? "?")))
        #expect(state["style"] == .string("IPY_MODEL_" + (style.content["comm_id"]?.stringValue ?? "?")))
        #expect(rig.widgets.liveWidgets.count == 3)
    }

    @Test func outputModelUsesTheOutputModule() throws {
        let rig = WidgetRig()
        let output = try Output(rig.widgets)
        #expect(output["_model_module"] == "@jupyter-widgets/output")
        #expect(output["_model_module_version"] == "1.0.0")
        #expect(output["_view_name"] == "OutputView")
        #expect(output["msg_id"] == "")
        output.replace(with: .plain("first"))
        output.replace(with: .plain("second"))
        #expect(output.outputs == [["output_type": "display_data", "data": ["text/plain": "second"], "metadata": [:]]])
    }

    @Test func displayBundleAndPlainText() throws {
        let rig = WidgetRig()
        let slider = try IntSlider(rig.widgets, value: 3, min: 0, max: 5, description: "depth")
        let bundle = slider.displayValue.data
        #expect(bundle["application/vnd.jupyter.widget-view+json"]
                == ["model_id": .string(slider.modelID), "version_major": 2, "version_minor": 1])
        #expect(bundle["text/plain"] == "IntSlider(value=3, description='depth')")
        let dropdown = try Dropdown(rig.widgets, options: ["a", "b"], index: 1)
        #expect(dropdown.plainText == "Dropdown(options=('a', 'b'), value='b')")
        let float = try FloatSlider(rig.widgets, value: 1, min: 0.05, max: 2, step: 0.05)
        #expect(float.plainText == "FloatSlider(value=1.0)")
    }

    @Test func notebookWidgetState() throws {
        let rig = WidgetRig()
        let box = try Checkbox(rig.widgets, value: true, description: "on")
        let state = rig.widgets.notebookState(of: [box])
        #expect(state["version_major"] == 2)
        #expect(state["version_minor"] == 0)
        let entry = state["state"]?[box.modelID]
        #expect(entry?["model_name"] == "CheckboxModel")
        #expect(entry?["model_module"] == "@jupyter-widgets/controls")
        #expect(entry?["model_module_version"] == "2.0.0")
        #expect(entry?["state"]?["value"] == true)
        #expect(entry?["state"]?["indent"] == true)
        // Every live widget by default: the checkbox, its layout and its style.
        #expect(rig.widgets.notebookState()["state"]?.objectValue?.count == 3)
    }

    @Test func boxesAndLinksReferenceModels() throws {
        let rig = WidgetRig()
        let play = try Play(rig.widgets, value: 0, min: 0, max: 10)
        let slider = try IntSlider(rig.widgets, max: 10)
        let link = try jslink(rig.widgets, (play, "value"), (slider, "value"))
        #expect(link["_model_name"] == "LinkModel")
        #expect(link["_view_name"] == .null)
        #expect(link["source"] == [play.reference, "value"])
        #expect(link["target"] == [slider.reference, "value"])
        #expect(throws: WidgetValueError.self) { try jslink(rig.widgets, (play, "value"), (slider, "nonsense")) }
        let row = try HBox(rig.widgets, children: [play, slider])
        #expect(row["_model_name"] == "HBoxModel")
        #expect(row.childIDs == [play.modelID, slider.modelID])
        let column = try VBox(rig.widgets, children: [row])
        #expect(column["children"] == [row.reference])
    }
}

@Suite struct WidgetSyncTests {
    @Test func frontendUpdateIsEchoedAppliedAndObserved() throws {
        let rig = WidgetRig()
        let slider = try IntSlider(rig.widgets, value: 3, min: 0, max: 10)
        let seen = Recorder<Int>()
        slider.onChange { seen.append($0) }
        _ = rig.take()
        rig.update(slider, ["value": 7])
        #expect(rig.takeData() == [["method": "echo_update", "state": ["value": 7], "buffer_paths": []]])
        #expect(slider.value == 7)
        #expect(seen.values == [7])
    }

    @Test func outOfRangeValuesAreClampedAndTheFrontendCorrected() throws {
        let rig = WidgetRig()
        let slider = try IntSlider(rig.widgets, value: 3, min: 0, max: 10)
        let seen = Recorder<Int>()
        slider.onChange { seen.append($0) }
        _ = rig.take()
        rig.update(slider, ["value": 500])
        #expect(rig.takeData() == [["method": "echo_update", "state": ["value": 500], "buffer_paths": []],
                                   ["method": "update", "state": ["value": 10], "buffer_paths": []]])
        #expect(slider.value == 10)
        #expect(seen.values == [10])
        let float = try FloatSlider(rig.widgets, value: 1, min: 0.05, max: 2)
        _ = rig.take()
        rig.update(float, ["value": 0.001])
        #expect(float.value == 0.05)
        #expect(rig.takeData().last?["state"] == ["value": 0.05])
        let log = try FloatLogSlider(rig.widgets, value: 10, base: 10, min: -1, max: 2)
        rig.update(log, ["value": 1e6])
        #expect(log.value == 100)
        rig.update(log, ["value": 0.01])
        #expect(log.value == 0.1)
        // Constructed out of range: clamped too, as ipywidgets does.
        #expect(try IntSlider(rig.widgets, value: 50, min: 0, max: 5).value == 5)
    }

    @Test func wrongTypesAreRefusedWithOneLineAndTheValueKept() throws {
        let rig = WidgetRig()
        let slider = try IntSlider(rig.widgets, value: 3, min: 0, max: 10)
        let seen = Recorder<Int>()
        slider.onChange { seen.append($0) }
        _ = rig.take()
        rig.update(slider, ["value": "seven"])
        rig.update(slider, ["value": 2.5])
        rig.update(slider, ["_model_name": "Evil", "no_such_key": 1])
        #expect(slider.value == 3)
        #expect(slider["_model_name"] == "IntSliderModel")
        #expect(seen.values.isEmpty)
        let data = rig.takeData()
        // No echo of a refused value; the frontend is told the kernel's value instead.
        #expect(data == [["method": "update", "state": ["value": 3], "buffer_paths": []],
                         ["method": "update", "state": ["value": 3], "buffer_paths": []]])
        let log = rig.log
        #expect(log.contains { $0.hasSuffix("refused value: must be an integer, not a string") })
        #expect(log.contains { $0.hasSuffix("refused value: must be an integer, not a number") })
        #expect(log.contains { $0.contains("update of read-only key \"_model_name\": ignored") })
        #expect(log.contains { $0.contains("update of unknown key \"no_such_key\": ignored") })
        // Malformed messages.
        rig.frontend("comm_msg", ["comm_id": .string(slider.modelID), "data": ["method": "update", "state": 5]])
        rig.frontend("comm_msg", ["comm_id": .string(slider.modelID), "data": ["method": "fly"]])
        rig.frontend("comm_msg", ["comm_id": .string(slider.modelID), "data": [:]])
        #expect(rig.log.contains { $0.contains("update without a state object") })
        #expect(rig.log.contains { $0.contains("unknown widget method \"fly\"") })
        #expect(rig.log.contains { $0.contains("comm_msg without a method") })
        #expect(slider.value == 3)
    }

    @Test func kernelSideChangesUpdateThePageAndFollowTheRules() throws {
        let rig = WidgetRig()
        let slider = try IntSlider(rig.widgets, value: 3, min: 0, max: 10)
        let seen = Recorder<WidgetChange>()
        slider.observe { seen.append($0) }
        _ = rig.take()
        slider.value = 8
        #expect(rig.takeData() == [["method": "update", "state": ["value": 8], "buffer_paths": []]])
        #expect(seen.values.map(\.origin) == [.kernel])
        #expect(throws: WidgetValueError(key: "min", reason: "setting min > max")) { try slider.set("min", 11) }
        #expect(throws: WidgetValueError.self) { try slider.set("value", "x") }
        #expect(throws: WidgetValueError.self) { try slider.set("_view_name", "x") }
        #expect(throws: WidgetValueError.self) { try IntSlider(rig.widgets, min: 5, max: 1) }
        // A bound moved past the value drags it along, in one update.
        _ = rig.take()
        slider.min = 9
        #expect(rig.takeData() == [["method": "update", "state": ["min": 9, "value": 9], "buffer_paths": []]])
        #expect(slider.value == 9)
        // A batch widening the range and moving the value into it is accepted in any key order.
        try slider.set(["value": 40, "max": 50])
        #expect(slider.value == 40)
    }

    @Test func selectionsRangesAndOtherControls() throws {
        let rig = WidgetRig()
        let dropdown = try Dropdown(rig.widgets, options: ["relu", "tanh", "sigmoid"], description: "activation")
        #expect(dropdown.index == 0)
        #expect(dropdown["_options_labels"] == ["relu", "tanh", "sigmoid"])
        let picked = Recorder<String>()
        dropdown.onChange { _, label in picked.append(label ?? "none") }
        rig.update(dropdown, ["index": 2])
        #expect(dropdown.label == "sigmoid")
        rig.update(dropdown, ["index": 3])
        #expect(dropdown.index == 2)
        #expect(rig.log.contains { $0.contains("index 3 out of bounds") })
        #expect(picked.values == ["sigmoid"])
        #expect(try RadioButtons(rig.widgets, options: ["a"])["_model_name"] == "RadioButtonsModel")
        #expect(try ToggleButtons(rig.widgets, options: ["a", "b"], tooltips: ["x", "y"])["tooltips"] == ["x", "y"])

        let range = try IntRangeSlider(rig.widgets, min: 0, max: 100)
        #expect(range.value == 25...75)
        #expect(throws: WidgetValueError.self) { try IntRangeSlider(rig.widgets, min: 10, max: 0) }
        rig.update(range, ["value": [-5, 500]])
        #expect(range.value == 0...100)
        rig.update(range, ["value": [60, 40]])
        #expect(range.value == 0...100)
        rig.update(range, ["value": [1]])
        #expect(range.value == 0...100)
        #expect(rig.log.contains { $0.contains("setting lower > upper") })

        let text = try Text(rig.widgets, value: "hi")
        rig.update(text, ["value": "there"])
        #expect(text.value == "there")
        let check = try Checkbox(rig.widgets)
        rig.update(check, ["value": 1])
        #expect(check.value == false)
        rig.update(check, ["value": true])
        #expect(check.value == true)
        #expect(try Label(rig.widgets, value: "x")["_model_name"] == "LabelModel")
        #expect(try HTML(rig.widgets, value: "<b>x</b>")["_view_name"] == "HTMLView")
    }

    @Test func requestStateCustomMessagesAndClicks() throws {
        let rig = WidgetRig()
        let button = try Button(rig.widgets, description: "train")
        let clicks = Recorder<Int>()
        button.onClick { clicks.append(1) }
        _ = rig.take()
        rig.frontend("comm_msg", ["comm_id": .string(button.modelID), "data": ["method": "request_state"]])
        let full = rig.takeData()
        #expect(full.count == 1)
        #expect(full.first?["method"] == "update")
        #expect(full.first?["state"] == .object(button.fullState))
        let buffer = Data([1, 2, 3])
        let payloads = Recorder<Int>()
        button.onCustomMessage { _, buffers in payloads.append(buffers.count) }
        rig.frontend("comm_msg", ["comm_id": .string(button.modelID), "data": ["method": "custom", "content": ["event": "click"]]],
                     buffers: [buffer])
        rig.frontend("comm_msg", ["comm_id": .string(button.modelID), "data": ["method": "custom", "content": ["event": "hover"]]])
        #expect(clicks.values.count == 1)
        #expect(payloads.values == [1, 0])
        button.sendCustom(["hello": true])
        #expect(rig.takeData() == [["method": "custom", "content": ["hello": true]]])
    }

    @Test func controlChannelAnswersRequestStatesWithEveryLiveWidget() throws {
        let rig = WidgetRig()
        let slider = try IntSlider(rig.widgets, value: 4)
        _ = rig.take()
        rig.frontend("comm_open", ["comm_id": "control-1", "target_name": "jupyter.widget.control", "data": [:]],
                     metadata: ["version": "1.0.0"])
        rig.frontend("comm_msg", ["comm_id": "control-1", "data": ["method": "request_states"]])
        let sent = rig.take()
        #expect(sent.map(\.messageType) == ["comm_msg"])
        let data = sent.first?.content["data"]
        #expect(sent.first?.content["comm_id"] == "control-1")
        #expect(data?["method"] == "update_states")
        #expect(data?["buffer_paths"] == [])
        let states = data?["states"]?.objectValue ?? [:]
        #expect(states.count == 3)  // slider, layout, style
        #expect(states[slider.modelID]?["model_name"] == "IntSliderModel")
        #expect(states[slider.modelID]?["model_module"] == "@jupyter-widgets/controls")
        #expect(states[slider.modelID]?["model_module_version"] == "2.0.0")
        #expect(states[slider.modelID]?["state"]?["value"] == 4)
        // A closed widget is no longer reported.
        slider.close()
        rig.frontend("comm_msg", ["comm_id": "control-1", "data": ["method": "request_states"]])
        let after = rig.take().last?.content["data"]?["states"]?.objectValue ?? [:]
        #expect(after[slider.modelID] == nil)
    }

    @Test func burstsAreCoalescedForObserversButEveryValueIsApplied() throws {
        let rig = WidgetRig()
        let slider = try IntSlider(rig.widgets, value: 0, min: 0, max: 10)
        let seen = Recorder<Int>()
        slider.onChange { seen.append($0) }
        rig.update(slider, ["value": 1], newer: [["method": "update", "state": ["value": 2]]])
        #expect(slider.value == 1)
        #expect(seen.values.isEmpty)
        // A newer message about another key does not hide this one.
        rig.update(slider, ["value": 2], newer: [["method": "update", "state": ["description": "x"]]])
        #expect(seen.values == [2])
        // A long callback can ask whether its value is already stale (the queue grows while it runs).
        let queue = Recorder<[String: JSONValue]>()
        let stale = Recorder<Bool>()
        slider.observe(["value"]) { change in
            stale.append(change.isSuperseded)
            queue.append(["method": "update", "state": ["value": 4]])
            stale.append(change.isSuperseded)
        }
        let message = WireMessage(identities: [], header: ["msg_type": "comm_msg", "msg_id": "m"],
                                  content: ["comm_id": .string(slider.modelID),
                                            "data": ["method": "update", "state": ["value": 3], "buffer_paths": []]])
        rig.comms.receive(message, pending: { queue.values })
        #expect(stale.values == [false, true])
    }

    @Test func frontendOpenedModelsAreAdoptedOrClosed() throws {
        let rig = WidgetRig()
        var state = ModelSpec.intSlider.defaultState
        state["value"] = 5
        state["layout"] = "IPY_MODEL_front-layout"
        state["style"] = "IPY_MODEL_front-style"
        rig.frontend("comm_open", ["comm_id": "front-1", "target_name": "jupyter.widget",
                                   "data": ["state": .object(state), "buffer_paths": []]], metadata: ["version": "2.1.0"])
        let adopted = rig.widgets.widget(id: "front-1")
        #expect(rig.log == [])
        #expect(adopted is IntSlider)
        #expect((adopted as? IntSlider)?.value == 5)
        #expect(rig.take().isEmpty)  // adopting opens nothing
        rig.frontend("comm_open", ["comm_id": "front-2", "target_name": "jupyter.widget",
                                   "data": ["state": ["_model_name": "NoSuchModel"]]], metadata: ["version": "2.1.0"])
        #expect(rig.widgets.widget(id: "front-2") == nil)
        #expect(rig.take().map(\.messageType) == ["comm_close"])
        // The frontend closing a widget's comm forgets the widget.
        rig.frontend("comm_close", ["comm_id": "front-1", "data": [:]])
        #expect(rig.widgets.widget(id: "front-1") == nil)
    }
}

/// Each control made with no arguments has ipywidgets' default state, key for key, apart from the
/// Layout/Style references (new sub-models) and what its constructor sets.
@Suite struct WidgetDefaultTests {
    @Test func defaultsMatchTheSchema() throws {
        let rig = WidgetRig()
        let made: [Widget] = [
            try IntSlider(rig.widgets), try FloatSlider(rig.widgets), try FloatLogSlider(rig.widgets),
            try IntRangeSlider(rig.widgets), try Play(rig.widgets), try Checkbox(rig.widgets), try Button(rig.widgets),
            try Text(rig.widgets), try Label(rig.widgets), try HTML(rig.widgets), try Output(rig.widgets),
            try HBox(rig.widgets, children: []), try VBox(rig.widgets, children: []),
            try Dropdown(rig.widgets, options: []), try RadioButtons(rig.widgets, options: []),
            try ToggleButtons(rig.widgets, options: []),
        ]
        for widget in made {
            var expected = widget.spec.defaultState
            var actual = widget.fullState
            for attribute in widget.spec.attributes {
                if case .reference = attribute.kind {
                    #expect(actual[attribute.name]?.stringValue?.hasPrefix("IPY_MODEL_") == true)
                    expected[attribute.name] = nil
                    actual[attribute.name] = nil
                }
            }
            // ipywidgets' IntRangeSlider defaults to the middle half of its range.
            if widget is IntRangeSlider { expected["value"] = [25, 75] }
            #expect(actual == expected, "\(widget.spec.modelName)")
        }
    }
}
