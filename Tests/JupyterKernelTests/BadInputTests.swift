import Foundation
import Testing
@testable import JupyterKernel

/// Every bad input: a line on stderr (the kernel log), no reply or an error reply, and the kernel keeps
/// answering the next good request.
@Suite struct BadInputTests {
    func expectStillServing(_ kernel: KernelHarness) throws {
        let (reply, _) = try kernel.request("kernel_info_request")
        #expect(reply.messageType == "kernel_info_reply")
    }

    func signed(_ kernel: KernelHarness, _ parts: [String]) -> [Data] {
        let data = parts.map { Data($0.utf8) }
        return [WireCodec.delimiter, kernel.codec.signer.signature(of: data)] + data
    }

    @Test func droppedFramesAreLoggedAndUnanswered() throws {
        let kernel = try KernelHarness()
        try kernel.start()
        let header = #"{"msg_id": "m", "msg_type": "kernel_info_request", "session": "s"}"#
        let cases: [(String, [Data])] = [
            ("no <IDS|MSG> delimiter", [Data("garbage".utf8), Data([0, 1, 2, 255])]),
            ("only 2 frame(s) after <IDS|MSG>", [WireCodec.delimiter, Data("sig".utf8), Data("{}".utf8)]),
            ("missing or wrong HMAC", [WireCodec.delimiter, Data("00".utf8)] + [header, "{}", "{}", "{}"].map { Data($0.utf8) }),
            ("header is not valid JSON", signed(kernel, ["{not json", "{}", "{}", "{}"])),
            ("content is not valid JSON", [WireCodec.delimiter] + {
                let parts = [Data(header.utf8), Data("{}".utf8), Data("{}".utf8), Data([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x3a, 0x31, 0x7d])]
                return [kernel.codec.signer.signature(of: parts)] + parts
            }()),
            ("header field msg_type", signed(kernel, [#"{"msg_id": "m", "msg_type": 42}"#, "{}", "{}", "{}"])),
            ("parent_header is not a JSON object", signed(kernel, [header, "[1]", "{}", "{}"])),
        ]
        for (reason, frames) in cases {
            try kernel.sendRaw(frames)
            #expect(try kernel.receive(.shell, timeout: 200) == nil, "\(reason)")
            #expect(kernel.log.contains { $0.contains(reason) }, "\(reason): \(kernel.log)")
            try expectStillServing(kernel)
        }
        // The same on control.
        try kernel.sendRaw([Data("garbage".utf8)], on: .control)
        try kernel.send(.control, "kernel_info_request")
        #expect(try kernel.receive(.control)?.messageType == "kernel_info_reply")
        try kernel.stop()
    }

    @Test func replayedMessageIsDropped() throws {
        let kernel = try KernelHarness()
        try kernel.start()
        let frames = try kernel.codec.encode(messageType: "kernel_info_request", content: [:], parentHeader: [:],
                                             identities: [])
        try kernel.sendRaw(frames)
        #expect(try kernel.receive(.shell)?.messageType == "kernel_info_reply")
        try kernel.sendRaw(frames)
        #expect(try kernel.receive(.shell, timeout: 300) == nil)
        #expect(kernel.log.contains { $0.contains("replayed") })
        try expectStillServing(kernel)
        try kernel.stop()
    }

    @Test func wronglyTypedFieldsGetAnErrorReply() throws {
        let kernel = try KernelHarness()
        try kernel.start()
        let (execute, iopub) = try kernel.request("execute_request", ["code": 5])
        #expect(execute.messageType == "execute_reply")
        #expect(execute.content["status"] == "error")
        #expect(execute.content["ename"] == "InvalidRequest")
        #expect(iopub.map(\.messageType) == ["status", "status"])
        let (silent, _) = try kernel.request("execute_request", ["code": "print x", "silent": "yes"])
        #expect(silent.content["status"] == "error")
        let (complete, _) = try kernel.request("complete_request", ["code": "pr", "cursor_pos": "2"])
        #expect(complete.messageType == "complete_reply")
        #expect(complete.content["status"] == "error")
        let (missing, _) = try kernel.request("is_complete_request", [:])
        #expect(missing.content["status"] == "error")
        #expect(kernel.log.contains { $0.contains("\"code\" must be a string") })
        try expectStillServing(kernel)
        try kernel.stop()
    }

    @Test func multiMegabyteMessageIsServed() throws {
        let kernel = try KernelHarness()
        try kernel.start()
        let big = String(repeating: "x", count: 8 << 20)
        // Generous timeout: debug-build JSON of 8 MB is slow when the suite runs in parallel.
        let (reply, iopub) = try kernel.execute("result " + big, timeout: 60_000)
        #expect(reply.content["status"] == "ok")
        #expect(iopub.first { $0.messageType == "execute_result" }?.content["data"]?["text/plain"]?.stringValue?.count == 8 << 20)
        try expectStillServing(kernel)
        try kernel.stop()
    }

    @Test func floodOfRequestsIsAnsweredInFull() throws {
        let kernel = try KernelHarness()
        try kernel.start()
        var ids = Set<String>()
        for index in 0..<500 {
            ids.insert(try kernel.send(.shell, index.isMultiple(of: 2) ? "kernel_info_request" : "is_complete_request",
                                       ["code": "x"]))
            if index.isMultiple(of: 7) { try kernel.sendRaw([Data("junk".utf8)]) }
        }
        var answered = Set<String>()
        while answered.count < ids.count, let reply = try kernel.receive(.shell) {
            answered.insert(reply.parentHeader["msg_id"]?.stringValue ?? "")
        }
        #expect(answered == ids)
        try expectStillServing(kernel)
        try kernel.stop()
    }
}
