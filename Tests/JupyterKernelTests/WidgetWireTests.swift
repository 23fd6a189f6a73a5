import Foundation
import Testing
@testable import JupyterKernel

/// Widgets over the real wire: a cell makes a slider, the "frontend" drags it, asks for its state,
/// and asks the control channel for every widget, as JupyterLab's widget manager does.
@Suite struct WidgetWireTests {
    @Test func sliderRoundTripOverTheWire() throws {
        let kernel = try KernelHarness()
        try kernel.start()
        let (reply, iopub) = try kernel.execute("slider 3")
        #expect(reply.content["status"] == "ok")
        let opens = iopub.filter { $0.messageType == "comm_open" }
        #expect(opens.count == 3)  // layout, style, slider
        #expect(opens.allSatisfy { $0.content["target_name"] == "jupyter.widget" && $0.metadata["version"] == "2.1.0" })
        #expect(opens.allSatisfy { $0.parentHeader["msg_id"] == reply.parentHeader["msg_id"] })
        guard let id = opens.last?.content["comm_id"]?.stringValue else { return }
        #expect(opens.last?.content["data"]?["state"]?["_model_name"] == "IntSliderModel")
        let display = iopub.first { $0.messageType == "display_data" }
        #expect(display?.content["data"]?["application/vnd.jupyter.widget-view+json"]
                == ["model_id": .string(id), "version_major": 2, "version_minor": 1])
        #expect(display?.content["data"]?["text/plain"] == "IntSlider(value=3)")

        // Dragged past the end: busy, echo, the clamped value, idle; all children of the comm_msg.
        let drag = try kernel.send(.shell, "comm_msg", ["comm_id": .string(id), "data": [
            "method": "update", "state": ["value": 42], "buffer_paths": []]])
        let dragged = try kernel.drainIOPub(until: drag)
        #expect(dragged.map(\.messageType) == ["status", "comm_msg", "comm_msg", "status"])
        #expect(dragged[1].content["data"] == ["method": "echo_update", "state": ["value": 42], "buffer_paths": []])
        #expect(dragged[2].content["data"] == ["method": "update", "state": ["value": 10], "buffer_paths": []])
        #expect(kernel.interpreter.seenValues == [10])

        let request = try kernel.send(.shell, "comm_msg", ["comm_id": .string(id), "data": ["method": "request_state"]])
        let state = try kernel.drainIOPub(until: request).first { $0.messageType == "comm_msg" }
        #expect(state?.content["data"]?["state"]?["value"] == 10)
        #expect(state?.content["data"]?["state"]?["_view_name"] == "IntSliderView")

        let control = try kernel.send(.shell, "comm_open", ["comm_id": "ctl", "target_name": "jupyter.widget.control",
                                                             "data": [:]])
        _ = try kernel.drainIOPub(until: control)
        let states = try kernel.send(.shell, "comm_msg", ["comm_id": "ctl", "data": ["method": "request_states"]])
        let answer = try kernel.drainIOPub(until: states).first { $0.messageType == "comm_msg" }
        #expect(answer?.content["data"]?["method"] == "update_states")
        #expect(answer?.content["data"]?["states"]?[id]?["state"]?["value"] == 10)
        #expect(answer?.content["data"]?["states"]?.objectValue?.count == 3)

        let (info, _) = try kernel.request("comm_info_request", ["target_name": "jupyter.widget"])
        #expect(info.content["comms"]?.objectValue?.count == 3)
        #expect(info.content["comms"]?[id] == ["target_name": "jupyter.widget"])
        let (all, _) = try kernel.request("comm_info_request", [:])
        #expect(all.content["comms"]?.objectValue?.count == 4)  // and the control comm
        try kernel.stop()
    }

    /// A flood of drags queued behind a running cell: every value is applied and echoed, but the
    /// observer runs for the newest only, not once per stale value; the kernel keeps serving.
    @Test func aFloodOfUpdatesIsCoalesced() throws {
        let kernel = try KernelHarness()
        try kernel.start()
        let (_, iopub) = try kernel.execute("slider 0")
        guard let id = iopub.filter({ $0.messageType == "comm_open" }).last?.content["comm_id"]?.stringValue else {
            Issue.record("no slider")
            return
        }
        _ = try kernel.send(.shell, "execute_request", ["code": "sleep 300", "silent": false])
        usleep(50_000)
        var last = ""
        for step in 1...100 {
            last = try kernel.send(.shell, "comm_msg", ["comm_id": .string(id), "data": [
                "method": "update", "state": ["value": .integer(step % 11)], "buffer_paths": []]])
        }
        _ = try kernel.receive(.shell, timeout: 5000)
        var echoes = 0
        while let message = try kernel.receiveIOPub(timeout: 5000) {
            if message.messageType == "comm_msg", message.content["data"]?["method"] == "echo_update" { echoes += 1 }
            if message.messageType == "status", message.content["execution_state"] == "idle",
               message.parentHeader["msg_id"]?.stringValue == last { break }
        }
        #expect(echoes == 100)
        // 100 % 11 == 1: the newest value won; stale ones were not observed.
        #expect(kernel.interpreter.seenValues.last == 1)
        #expect(kernel.interpreter.seenValues.count < 10)
        let (reply, _) = try kernel.request("kernel_info_request")
        #expect(reply.content["status"] == "ok")
        try kernel.stop()
    }
}
