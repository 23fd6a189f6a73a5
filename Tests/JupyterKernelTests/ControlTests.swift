import Foundation
import Testing
@testable import JupyterKernel

/// Control and heartbeat are served while a cell runs on the shell thread.
@Suite struct ControlTests {
    @Test func interruptStopsARunningCellAndHeartbeatAnswersMeanwhile() throws {
        let kernel = try KernelHarness()
        try kernel.start()
        let id = try kernel.send(.shell, "execute_request", ["code": "spin"])
        usleep(100_000)
        #expect(try kernel.ping())
        #expect(try kernel.ping())
        let (infoReply) = try kernel.send(.control, "kernel_info_request")
        #expect(try kernel.receive(.control)?.parentHeader["msg_id"]?.stringValue == infoReply)
        try kernel.send(.control, "interrupt_request")
        let interruptReply = try #require(try kernel.receive(.control))
        #expect(interruptReply.messageType == "interrupt_reply")
        #expect(interruptReply.content["status"] == "ok")
        let reply = try #require(try kernel.receive(.shell))
        #expect(reply.content["status"] == "error")
        #expect(reply.content["ename"] == "Interrupted")
        #expect(try kernel.drainIOPub(until: id).last?.content["execution_state"] == "idle")
        #expect(kernel.interpreter.interrupts >= 1)
        try kernel.stop()
    }

    @Test func interruptEndsAWaitForInput() throws {
        let kernel = try KernelHarness()
        try kernel.start()
        _ = try kernel.send(.shell, "execute_request", ["code": "input never", "allow_stdin": true])
        _ = try #require(try kernel.receive(.stdin))
        try kernel.send(.control, "interrupt_request")
        _ = try kernel.receive(.control)
        let reply = try #require(try kernel.receive(.shell))
        #expect(reply.content["status"] == "error")
        #expect(reply.content["ename"] == "InputError")
        try kernel.stop()
    }

    @Test func shutdownWhileACellRunsRepliesAndStops() throws {
        let kernel = try KernelHarness()
        try kernel.start()
        _ = try kernel.send(.shell, "execute_request", ["code": "spin"])
        usleep(50_000)
        let outcome = try kernel.stop(restart: true)
        #expect(outcome.restart)
        #expect(kernel.interpreter.shutdowns == [true])
    }

    @Test func sameEndpointsCanBeBoundAgainAfterShutdown() throws {
        let first = try KernelHarness()
        try first.start()
        try first.stop()
        let again = KernelServer(connection: first.connection, interpreter: ScriptedInterpreter(),
                                 options: .init(log: KernelLog { _ in }))
        let done = DispatchSemaphore(value: 0)
        let box = LogBox()
        Thread {
            do { _ = try again.run() } catch { box.append("\(error)") }
            done.signal()
        }.start()
        usleep(100_000)
        again.beginShutdown(restart: false)
        #expect(done.wait(timeout: .now() + 5) == .success)
        #expect(box.lines.isEmpty)
    }

    @Test func bindFailureThrowsAndLeavesNothingBound() throws {
        let first = try KernelHarness()
        try first.start()
        let clash = KernelServer(connection: ConnectionInfo(
            transport: .tcp, ip: "256.1.1.1", shellPort: 1, iopubPort: 2, stdinPort: 3, controlPort: 4,
            heartbeatPort: 5, key: []), interpreter: ScriptedInterpreter(), options: .init(log: KernelLog { _ in }))
        #expect(throws: ZMQError.self) { try clash.run() }
        try first.stop()
    }
}
