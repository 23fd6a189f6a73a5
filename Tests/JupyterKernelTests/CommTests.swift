import Foundation
import Testing
@testable import JupyterKernel

/// Comms through the real kernel: frontend-opened comms on a registered target, kernel-opened comms,
/// buffers as frames, comm_info_request with its filter, busy/idle, bad input, and messages that
/// arrive while a cell runs.
@Suite struct CommTests {
    @Test func frontendOpenedCommRoutesMessagesWithBuffersAndCloses() throws {
        let kernel = try KernelHarness()
        try kernel.start()
        let open = try kernel.send(.shell, "comm_open", ["comm_id": "c1", "target_name": "echo", "data": ["x": 1]])
        // A known target: no comm_close, just busy and idle.
        #expect(try kernel.drainIOPub(until: open).map(\.messageType) == ["status", "status"])

        let (info, _) = try kernel.request("comm_info_request", [:])
        #expect(info.content["status"] == "ok")
        #expect(info.content["comms"] == ["c1": ["target_name": "echo"]])
        let (filtered, _) = try kernel.request("comm_info_request", ["target_name": "other"])
        #expect(filtered.content["comms"] == [:])
        let (matching, _) = try kernel.request("comm_info_request", ["target_name": "echo"])
        #expect(matching.content["comms"] == ["c1": ["target_name": "echo"]])

        let buffers = [Data([0, 1, 2, 255]), Data("second".utf8)]
        let message = try kernel.send(.shell, "comm_msg", ["comm_id": "c1", "data": ["method": "ping"]], buffers: buffers)
        let iopub = try kernel.drainIOPub(until: message)
        #expect(iopub.map(\.messageType) == ["status", "comm_msg", "status"])
        #expect(iopub[0].content["execution_state"] == "busy")
        #expect(iopub[1].content["comm_id"] == "c1")
        #expect(iopub[1].content["data"] == ["echo": ["method": "ping"], "buffers": 2, "newer": 0])
        #expect(iopub[1].buffers == buffers)

        let close = try kernel.send(.shell, "comm_close", ["comm_id": "c1", "data": [:]])
        #expect(try kernel.drainIOPub(until: close).map(\.messageType) == ["status", "status"])
        #expect(kernel.interpreter.closed == ["c1"])
        let (after, _) = try kernel.request("comm_info_request", [:])
        #expect(after.content["comms"] == [:])
        try kernel.stop()
    }

    @Test func badCommInputIsLoggedAndTheKernelKeepsServing() throws {
        let kernel = try KernelHarness()
        try kernel.start()
        for (type, content) in [("comm_msg", ["comm_id": "nope", "data": [:]] as [String: JSONValue]),
                                ("comm_close", ["comm_id": "nope", "data": [:]]),
                                ("comm_msg", ["data": [:]]),
                                ("comm_open", ["comm_id": 7, "target_name": "echo"]),
                                ("comm_open", ["comm_id": "c2", "target_name": "echo", "data": "not an object"])] {
            let id = try kernel.send(.shell, type, content)
            // Busy and idle around every comm message, handled or not; nothing else.
            #expect(try kernel.drainIOPub(until: id).map(\.messageType) == ["status", "status"])
        }
        let log = kernel.log
        #expect(log.contains("comm_msg for unknown or closed comm nope: ignored"))
        #expect(log.contains("comm_close for unknown or closed comm nope: ignored"))
        #expect(log.contains { $0.contains("comm_id is missing or not a string") })
        #expect(log.contains { $0.contains("data is not an object") })
        let (info, _) = try kernel.request("comm_info_request", [:])
        #expect(info.content["comms"] == [:])
        let (reply, _) = try kernel.request("kernel_info_request")
        #expect(reply.content["status"] == "ok")
        try kernel.stop()
    }

    @Test func kernelOpenedCommPublishesOpenWithBuffersAndTheCellAsParent() throws {
        let kernel = try KernelHarness()
        try kernel.start()
        let (reply, iopub) = try kernel.execute("open echo")
        #expect(reply.content["status"] == "ok")
        let opens = iopub.filter { $0.messageType == "comm_open" }
        #expect(opens.count == 1)
        guard let open = opens.first, let id = open.content["comm_id"]?.stringValue else { return }
        #expect(open.content["target_name"] == "echo")
        #expect(open.content["data"] == ["from": "cell"])
        #expect(open.metadata == ["version": "1"])
        #expect(open.buffers == [Data("abc".utf8)])
        #expect(open.parentHeader["msg_id"] == reply.parentHeader["msg_id"])
        let (info, _) = try kernel.request("comm_info_request", ["target_name": "echo"])
        #expect(info.content["comms"] == .object([id: ["target_name": "echo"]]))
        // The frontend can talk to it; the kernel side can close it.
        let message = try kernel.send(.shell, "comm_msg", ["comm_id": .string(id), "data": ["n": 1]])
        let answer = try kernel.drainIOPub(until: message).filter { $0.messageType == "comm_msg" }
        #expect(answer.first?.content["data"]?["echo"] == ["n": 1])
        #expect(answer.first?.parentHeader["msg_id"] == .string(message))
        kernel.interpreter.comms?.comm(id: id)?.close()
        #expect(kernel.interpreter.comms?.comm(id: id) == nil)
        let closed = try kernel.receiveIOPub()
        #expect(closed?.messageType == "comm_close")
        #expect(closed?.content["comm_id"] == .string(id))
        try kernel.stop()
    }

    /// Comm messages sent while a cell runs wait until it ends; each handler sees how many newer
    /// messages for its comm are queued behind it (what a widget uses to coalesce a dragged slider).
    @Test func messagesDuringACellAreQueuedAndSeeTheirNewerSiblings() throws {
        let kernel = try KernelHarness()
        try kernel.start()
        let open = try kernel.send(.shell, "comm_open", ["comm_id": "c3", "target_name": "echo", "data": [:]])
        _ = try kernel.drainIOPub(until: open)
        let cell = try kernel.send(.shell, "execute_request", ["code": "sleep 300", "silent": false])
        usleep(50_000)
        var ids: [String] = []
        for n in 0..<3 { ids.append(try kernel.send(.shell, "comm_msg", ["comm_id": "c3", "data": ["n": .integer(n)]])) }
        _ = try kernel.receive(.shell)  // execute_reply
        var echoes: [JSONValue] = []
        var order: [String] = []
        while let message = try kernel.receiveIOPub(timeout: 3000) {
            if message.messageType == "comm_msg" { echoes.append(message.content["data"] ?? .null) }
            if message.messageType == "status", message.content["execution_state"] == "idle",
               let parent = message.parentHeader["msg_id"]?.stringValue {
                order.append(parent)
                if parent == ids.last { break }
            }
        }
        #expect(order == [cell] + ids)
        #expect(echoes.map { $0["echo"]?["n"] } == [0, 1, 2])
        #expect(echoes.map { $0["newer"] } == [2, 1, 0])
        try kernel.stop()
    }
}

/// The manager alone, with no sockets.
@Suite struct CommManagerTests {
    final class Sent: @unchecked Sendable {
        let lock = NSLock()
        var messages: [CommManager.Outgoing] = []
        func append(_ message: CommManager.Outgoing) { lock.withLock { messages.append(message) } }
        var all: [CommManager.Outgoing] { lock.withLock { messages } }
    }

    @Test func openSendCloseAndParent() {
        let sent = Sent()
        let manager = CommManager(log: KernelLog { _ in }) { sent.append($0) }
        manager.parentHeader = ["msg_id": "cell-1"]
        let comm = manager.open(target: "t", data: ["a": 1], id: "fixed")
        comm.send(data: ["b": 2], buffers: [Data([9])])
        comm.close(data: ["bye": true])
        comm.send(data: ["late": true])  // dropped: closed
        comm.close()                     // no second comm_close
        #expect(sent.all.map(\.messageType) == ["comm_open", "comm_msg", "comm_close"])
        #expect(sent.all[0].content == ["comm_id": "fixed", "target_name": "t", "data": ["a": 1]])
        #expect(sent.all[1].buffers == [Data([9])])
        #expect(sent.all[2].content["data"] == ["bye": true])
        #expect(sent.all.allSatisfy { $0.parent == ["msg_id": "cell-1"] })
        #expect(manager.liveComms().isEmpty)
        #expect(!comm.isOpen)
    }

    @Test func unknownTargetIsClosedAndKnownTargetGetsTheOpenMessage() {
        let sent = Sent()
        let lines = LogBox()
        let manager = CommManager(log: KernelLog { lines.append($0) }) { sent.append($0) }
        let seen = LogBox()
        manager.registerTarget("known") { comm, message in
            seen.append("\(comm.id) \(message.data["x"]?.intValue ?? -1) \(message.buffers.count)")
        }
        let open = WireMessage(identities: [], header: ["msg_type": "comm_open", "msg_id": "m1"],
                               content: ["comm_id": "k1", "target_name": "known", "data": ["x": 5]],
                               buffers: [Data([1]), Data([2])])
        #expect(manager.receive(open))
        #expect(seen.lines == ["k1 5 2"])
        #expect(manager.commInfo() == ["k1": ["target_name": "known"]])
        // The same id again is refused.
        #expect(!manager.receive(open))
        let unknown = WireMessage(identities: [], header: ["msg_type": "comm_open", "msg_id": "m2"],
                                  content: ["comm_id": "u1", "target_name": "unknown", "data": [:]])
        #expect(!manager.receive(unknown))
        #expect(sent.all.map(\.messageType) == ["comm_close"])
        #expect(sent.all.first?.content["comm_id"] == "u1")
        #expect(lines.lines.contains("comm_open for unknown target \"unknown\": closing comm u1"))
        #expect(lines.lines.contains("comm_open for comm k1, which is already open: ignored"))
    }
}
