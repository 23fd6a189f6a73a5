import Foundation
import Testing
@testable import JupyterKernel

@Suite struct ConnectionInfoTests {
    static let valid = """
        {"shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003, "control_port": 5004, "hb_port": 5005,
         "ip": "127.0.0.1", "key": "abc", "transport": "tcp", "signature_scheme": "hmac-sha256",
         "kernel_name": "landscape"}
        """

    @Test func parsesAJupyterClientConnectionFile() throws {
        let info = try ConnectionInfo.parse(Data(Self.valid.utf8))
        #expect(info.transport == .tcp)
        #expect(info.key == Array("abc".utf8))
        #expect(info.endpoint(of: .shell) == "tcp://127.0.0.1:5001")
        #expect(info.endpoint(of: .heartbeat) == "tcp://127.0.0.1:5005")
        #expect(!info.usesCurve)
    }

    @Test func ipcAndIPv6Endpoints() throws {
        var info = try ConnectionInfo.parse(Data(Self.valid.utf8))
        info.transport = .ipc
        info.ip = "/tmp/kernel"
        #expect(info.endpoint(of: .iopub) == "ipc:///tmp/kernel-5002")
        info.transport = .tcp
        info.ip = "::1"
        #expect(info.endpoint(of: .control) == "tcp://[::1]:5004")
        #expect(info.isIPv6)
    }

    @Test(arguments: [
        ("not json", "is not valid JSON"),
        ("[1, 2]", "is not a JSON object"),
        (#"{"iopub_port": 1, "stdin_port": 2, "control_port": 3, "hb_port": 4}"#, "has no \"shell_port\""),
        (#"{"shell_port": "5001", "iopub_port": 1, "stdin_port": 2, "control_port": 3, "hb_port": 4}"#,
         "\"shell_port\" that is not an integer"),
        (#"{"shell_port": 70000, "iopub_port": 1, "stdin_port": 2, "control_port": 3, "hb_port": 4}"#, "outside 1...65535"),
        (#"{"transport": "udp", "shell_port": 1, "iopub_port": 2, "stdin_port": 3, "control_port": 4, "hb_port": 5}"#,
         "only tcp and ipc"),
        (#"{"signature_scheme": "hmac-md5", "shell_port": 1, "iopub_port": 2, "stdin_port": 3, "control_port": 4, "hb_port": 5}"#,
         "only hmac-sha256"),
        (#"{"key": 7, "shell_port": 1, "iopub_port": 2, "stdin_port": 3, "control_port": 4, "hb_port": 5}"#,
         "\"key\" that is not a string"),
        (#"{"shell_port": 1, "iopub_port": 1, "stdin_port": 3, "control_port": 4, "hb_port": 5}"#, "same port"),
        (#"{"curve_secretkey": "short", "shell_port": 1, "iopub_port": 2, "stdin_port": 3, "control_port": 4, "hb_port": 5}"#,
         "40-character Z85"),
    ])
    func rejectsMalformedFilesWithOneLineReason(text: String, reason: String) {
        do {
            _ = try ConnectionInfo.parse(Data(text.utf8), path: "f.json")
            Issue.record("accepted \(text)")
        } catch let error as ConnectionFileError {
            #expect(error.description.contains(reason), "\(error.description)")
            #expect(!error.description.contains("\n"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func unreadableFileIsReported() {
        #expect(throws: ConnectionFileError.self) { try ConnectionInfo.load(path: "/nonexistent/kernel.json") }
    }

    @Test func invalidUTF8IsRejected() {
        #expect(throws: ConnectionFileError.self) { try ConnectionInfo.parse(Data([0x7b, 0xff, 0xfe, 0x7d])) }
    }
}
