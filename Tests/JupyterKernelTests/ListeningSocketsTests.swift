import Foundation
import Testing
@testable import JupyterKernel

/// Ports bound and listening before the kernel starts (landscape-kernel-launcher) are adopted, not bound
/// again: the listeners hold the ports, so a fresh bind would fail with "address already in use".
@Suite struct ListeningSocketsTests {
    @Test func theKernelServesOnListenersBoundBeforeIt() throws {
        let kernel = try KernelHarness(listeningBeforehand: true)
        try kernel.start()
        let (reply, _) = try kernel.execute("print adopted")
        #expect(reply.content["status"] == "ok")
        #expect(try kernel.ping())
        try kernel.send(.control, "kernel_info_request")
        #expect(try kernel.receive(.control)?.messageType == "kernel_info_reply")
        try kernel.stop()
    }

    @Test func onlyListeningSocketsOnTheNamedPortsAreAdopted() throws {
        let port = try KernelHarness.freeTCPPort()
        let connection = ConnectionInfo(transport: .tcp, ip: "127.0.0.1", shellPort: port, iopubPort: port + 1,
                                        stdinPort: port + 2, controlPort: port + 3, heartbeatPort: port + 4, key: [])
        guard let shell = ListeningSockets.listen(ip: "127.0.0.1", port: port) else {
            Issue.record("cannot listen on \(port)")
            return
        }
        defer { close(shell) }
        let plain = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(plain) }
        // The shell listener is adopted; a socket that is not listening, stdio, junk and a listener
        // named for the wrong channel are not.
        let text = "shell=\(shell),iopub=\(plain),stdin=1,control=x,nonsense,hb=\(shell)"
        #expect(ListeningSockets.adoptable(text, for: connection) == [.shell: shell])
        #expect(ListeningSockets.encode([.iopub: 7, .shell: 5]) == "shell=5,iopub=7")
        let ipc = ConnectionInfo(transport: .ipc, ip: "/tmp/k", shellPort: 1, iopubPort: 2, stdinPort: 3,
                                 controlPort: 4, heartbeatPort: 5, key: [])
        #expect(ListeningSockets.open(for: ipc) == nil)
        #expect(ListeningSockets.adoptable("shell=\(shell)", for: ipc).isEmpty)
    }
}
