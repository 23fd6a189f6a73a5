import Foundation
import Testing
@testable import JupyterKernel

/// Interrupts that arrive while no cell runs: a frontend's execute_request (shell) and interrupt_request
/// (control, a signal, a gateway's REST call) travel separately, so the interrupt can overtake the cell.
@Suite struct InterruptTests {
    private static func executeContent(_ code: String) -> [String: JSONValue] {
        ["code": .string(code), "silent": false, "store_history": true, "allow_stdin": false,
         "stop_on_error": true, "user_expressions": [:]]
    }

    private func interruptAndWaitForReply(_ kernel: KernelHarness) throws {
        try kernel.send(.control, "interrupt_request")
        let reply = try #require(try kernel.receive(.control))
        #expect(reply.messageType == "interrupt_reply")
    }

    @Test func anInterruptThatOvertookItsCellStopsIt() throws {
        let kernel = try KernelHarness()
        try kernel.start()
        try interruptAndWaitForReply(kernel)
        // Sent 50 ms ago, before the interrupt, but reaching the kernel after it.
        let id = try kernel.send(.shell, "execute_request", Self.executeContent("spin"),
                                 sentAt: Date().addingTimeInterval(-0.05))
        let reply = try #require(try kernel.receive(.shell, timeout: 5000), "the overtaken cell was not interrupted")
        #expect(reply.parentHeader["msg_id"]?.stringValue == id)
        #expect(reply.content["status"] == "error")
        #expect(reply.content["ename"] == "Interrupted")
        _ = try kernel.drainIOPub(until: id)
        // The interrupt is used up: the next cell runs.
        let (next, outputs) = try kernel.execute("interrupted?")
        #expect(next.content["status"] == "ok")
        #expect(outputs.first { $0.messageType == "execute_result" }?.content["data"]?["text/plain"] == "false")
        try kernel.stop()
    }

    @Test func anIdleInterruptLeavesACellSentAfterItAlone() throws {
        let kernel = try KernelHarness()
        try kernel.start()
        try interruptAndWaitForReply(kernel)
        let (reply, outputs) = try kernel.execute("interrupted?")
        #expect(reply.content["status"] == "ok")
        #expect(outputs.first { $0.messageType == "execute_result" }?.content["data"]?["text/plain"] == "false")
        try kernel.stop()
    }

    @Test func aCellSentAfterTheInterruptRequestButBeforeItArrivedRuns() throws {
        let kernel = try KernelHarness()
        try kernel.start()
        // The interrupt_request says it was sent 500 ms ago; the cell was sent after it, 200 ms ago.
        try kernel.send(.control, "interrupt_request", sentAt: Date().addingTimeInterval(-0.5))
        _ = try #require(try kernel.receive(.control))
        let id = try kernel.send(.shell, "execute_request", Self.executeContent("interrupted?"),
                                 sentAt: Date().addingTimeInterval(-0.2))
        let reply = try #require(try kernel.receive(.shell))
        #expect(reply.content["status"] == "ok")
        let outputs = try kernel.drainIOPub(until: id)
        #expect(outputs.first { $0.messageType == "execute_result" }?.content["data"]?["text/plain"] == "false")
        try kernel.stop()
    }

    @Test func aPendingInterruptExpiresAfterItsWindow() throws {
        let kernel = try KernelHarness(pendingInterruptWindow: 0.2)
        try kernel.start()
        let sent = Date()
        try interruptAndWaitForReply(kernel)
        usleep(400_000)
        let id = try kernel.send(.shell, "execute_request", Self.executeContent("interrupted?"), sentAt: sent)
        let reply = try #require(try kernel.receive(.shell))
        #expect(reply.content["status"] == "ok")
        let outputs = try kernel.drainIOPub(until: id)
        #expect(outputs.first { $0.messageType == "execute_result" }?.content["data"]?["text/plain"] == "false")
        try kernel.stop()
    }

    @Test func aCommMessageDoesNotUseUpThePendingInterrupt() throws {
        let kernel = try KernelHarness()
        try kernel.start()
        let sent = Date().addingTimeInterval(-0.05)
        try interruptAndWaitForReply(kernel)
        // A comm message handled in between (no target: logged and closed) keeps it for the cell.
        _ = try kernel.send(.shell, "comm_open", ["comm_id": "c1", "target_name": "nobody", "data": [:]])
        let id = try kernel.send(.shell, "execute_request", Self.executeContent("spin"), sentAt: sent)
        let reply = try #require(try kernel.receive(.shell, timeout: 5000), "the overtaken cell was not interrupted")
        #expect(reply.parentHeader["msg_id"]?.stringValue == id)
        #expect(reply.content["ename"] == "Interrupted")
        try kernel.stop()
    }
}
