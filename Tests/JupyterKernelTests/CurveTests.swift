import CZeroMQ
import Foundation
import Testing
@testable import JupyterKernel

/// CurveZMQ: a client that knows the server key is served on every socket; one without it gets nothing.
@Suite struct CurveTests {
    @Test func encryptedKernelServesClientsWithTheServerKey() throws {
        #expect(zmq_has("curve") == 1)
        let server = try KernelHarness.curveKeyPair()
        let kernel = try KernelHarness(curve: server)
        try kernel.start()
        let (reply, _) = try kernel.execute("print secret")
        #expect(reply.content["status"] == "ok")
        #expect(try kernel.ping())
        try kernel.send(.control, "kernel_info_request")
        #expect(try kernel.receive(.control)?.messageType == "kernel_info_reply")

        // A plain client: no reply, no heartbeat echo, no iopub traffic.
        let context = try ZMQContext()
        let plainShell = try ZMQSocket(context: context, type: ZMQ_DEALER)
        let plainIOPub = try ZMQSocket(context: context, type: ZMQ_SUB)
        let plainHeartbeat = try ZMQSocket(context: context, type: ZMQ_REQ)
        for socket in [plainShell, plainIOPub, plainHeartbeat] { try socket.setOption(ZMQ_LINGER, 0) }
        try plainIOPub.setOption(ZMQ_SUBSCRIBE, bytes: [])
        try plainShell.connect(kernel.connection.endpoint(of: .shell))
        try plainIOPub.connect(kernel.connection.endpoint(of: .iopub))
        try plainHeartbeat.connect(kernel.connection.endpoint(of: .heartbeat))
        try plainShell.send(try kernel.codec.encode(messageType: "kernel_info_request", content: [:], parentHeader: [:],
                                                    identities: []), dontWait: true)
        try? plainHeartbeat.send([Data("ping".utf8)], dontWait: true)
        _ = try kernel.execute("print while a plain client listens")
        #expect(try !plainShell.waitForInput(milliseconds: 500))
        #expect(try !plainIOPub.waitForInput(milliseconds: 100))
        #expect(try !plainHeartbeat.waitForInput(milliseconds: 100))
        for socket in [plainShell, plainIOPub, plainHeartbeat] { socket.close() }
        context.terminate()
        try kernel.stop()
    }
}
