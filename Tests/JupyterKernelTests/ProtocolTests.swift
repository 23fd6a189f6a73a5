import CZeroMQ
import Foundation
import Testing
@testable import JupyterKernel

/// The kernel driven over real ZeroMQ sockets with real signatures, behind the scripted interpreter.
@Suite struct ProtocolTests {
    @Test func kernelInfoCarriesLanguageInfoAndProtocolVersion() throws {
        let kernel = try KernelHarness()
        try kernel.start()
        let (reply, iopub) = try kernel.request("kernel_info_request")
        #expect(reply.messageType == "kernel_info_reply")
        #expect(reply.content["protocol_version"] == "5.5")
        #expect(reply.header["version"] == "5.5")
        // Messaging 5.5: the optional features, none here (no debugger, no subshells).
        #expect(reply.content["supported_features"] == [])
        let language = reply.content["language_info"]
        #expect(language?["name"] == "swift")
        #expect(language?["mimetype"] == "text/x-swift")
        #expect(language?["file_extension"] == ".swift")
        #expect(language?["pygments_lexer"] == "swift")
        #expect(language?["codemirror_mode"] == "swift")
        #expect(iopub.map(\.messageType) == ["status", "status"])
        #expect(iopub.first?.content["execution_state"] == "busy")
        try kernel.stop()
    }

    @Test func everyNewSubscriberIsWelcomedOnIOPub() throws {
        let kernel = try KernelHarness()
        try kernel.start()
        for topic in ["", "kernel."] {
            let subscriber = try ZMQSocket(context: kernel.context, type: ZMQ_SUB)
            try subscriber.setOption(ZMQ_LINGER, 0)
            try subscriber.setOption(ZMQ_SUBSCRIBE, bytes: Array(topic.utf8))
            try subscriber.connect(kernel.connection.endpoint(of: .iopub))
            #expect(try subscriber.waitForInput(milliseconds: 5000))
            let frames = try subscriber.receive()
            let welcome = try kernel.codec.decode(frames)
            #expect(welcome.messageType == "iopub_welcome")
            #expect(welcome.content["subscription"] == .string(topic))
            #expect(welcome.identities == (topic.isEmpty ? [] : [Data(topic.utf8)]))
            subscriber.close()
        }
        try kernel.stop()
    }

    @Test func executePublishesInOrderAndCounts() throws {
        let kernel = try KernelHarness()
        try kernel.start()
        let (reply, iopub) = try kernel.execute("print hello\neprint oops\nresult 2")
        #expect(reply.content["status"] == "ok")
        #expect(reply.content["execution_count"] == 1)
        #expect(iopub.map(\.messageType) == ["status", "execute_input", "stream", "stream", "execute_result", "status"])
        #expect(iopub[0].content["execution_state"] == "busy")
        #expect(iopub[1].content["code"] == "print hello\neprint oops\nresult 2")
        #expect(iopub[2].content["name"] == "stdout")
        #expect(iopub[2].content["text"] == "hello\n")
        #expect(iopub[3].content["name"] == "stderr")
        #expect(iopub[4].content["data"]?["text/plain"] == "2")
        #expect(iopub[4].content["execution_count"] == 1)
        #expect(iopub.allSatisfy { $0.parentHeader["msg_id"] == reply.parentHeader["msg_id"] })
        let (second, _) = try kernel.execute("result 3")
        #expect(second.content["execution_count"] == 2)
        let (silent, silentIOPub) = try kernel.execute("result 4", ["silent": true])
        #expect(silent.content["execution_count"] == 2)
        #expect(silentIOPub.map(\.messageType) == ["status", "status"])
        try kernel.stop()
    }

    @Test func displayUpdateClearAndPayload() throws {
        let kernel = try KernelHarness()
        try kernel.start()
        let (reply, iopub) = try kernel.execute("display d1 first\nupdate d1 second\nclear\npage docs")
        let outputs = iopub.filter { $0.messageType != "status" && $0.messageType != "execute_input" }
        #expect(outputs.map(\.messageType) == ["display_data", "update_display_data", "clear_output"])
        #expect(outputs[0].content["transient"]?["display_id"] == "d1")
        #expect(outputs[1].content["data"]?["text/plain"] == "second")
        #expect(outputs[1].content["transient"]?["display_id"] == "d1")
        #expect(outputs[2].content["wait"] == false)
        #expect(reply.content["payload"]?.arrayValue?.first?["source"] == "page")
        #expect(reply.content["payload"]?.arrayValue?.first?["data"]?["text/plain"] == "docs")
        try kernel.stop()
    }

    @Test func errorIsPublishedAndQueuedExecutesAreAborted() throws {
        let kernel = try KernelHarness()
        try kernel.start()
        // Three requests queued behind a cell that fails after a short while.
        let failing = try kernel.send(.shell, "execute_request", ["code": "sleep 200\nfail ValueError bad", "silent": false])
        let queued1 = try kernel.send(.shell, "execute_request", ["code": "print never"])
        let info = try kernel.send(.shell, "kernel_info_request")
        let queued2 = try kernel.send(.shell, "execute_request", ["code": "print never"])
        var replies: [String: WireMessage] = [:]
        for _ in 0..<4 {
            let reply = try #require(try kernel.receive(.shell))
            replies[reply.parentHeader["msg_id"]?.stringValue ?? ""] = reply
        }
        #expect(replies[failing]?.content["status"] == "error")
        #expect(replies[failing]?.content["ename"] == "ValueError")
        #expect(replies[failing]?.content["evalue"] == "bad")
        #expect(replies[queued1]?.content["status"] == "aborted")
        #expect(replies[info]?.messageType == "kernel_info_reply")
        #expect(replies[queued2]?.content["status"] == "aborted")
        let failingIOPub = try kernel.drainIOPub(until: failing)
        #expect(failingIOPub.map(\.messageType) == ["status", "execute_input", "error", "status"])
        #expect(failingIOPub[2].content["traceback"]?.arrayValue?.count == 1)
        // The kernel runs cells again afterwards.
        let (after, _) = try kernel.execute("print again")
        #expect(after.content["status"] == "ok")
        try kernel.stop()
    }

    @Test func aCellSentAfterTheErrorReplyRuns() throws {
        let kernel = try KernelHarness()
        try kernel.start()
        for _ in 0..<5 {
            _ = try kernel.send(.shell, "execute_request", ["code": "fail E x"])
            #expect(try kernel.receive(.shell)?.content["status"] == "error")
            // Sent at once, before the failed cell's idle: the frontend has seen the error, so it runs.
            _ = try kernel.send(.shell, "execute_request", ["code": "print next"])
            #expect(try kernel.receive(.shell)?.content["status"] == "ok")
        }
        try kernel.stop()
    }

    @Test func stopOnErrorFalseKeepsQueuedExecutes() throws {
        let kernel = try KernelHarness()
        try kernel.start()
        _ = try kernel.send(.shell, "execute_request", ["code": "sleep 100\nfail E x", "stop_on_error": false])
        let next = try kernel.send(.shell, "execute_request", ["code": "print ok"])
        _ = try kernel.receive(.shell)
        let reply = try #require(try kernel.receive(.shell))
        #expect(reply.parentHeader["msg_id"]?.stringValue == next)
        #expect(reply.content["status"] == "ok")
        try kernel.stop()
    }

    @Test func completeInspectIsCompleteCommInfo() throws {
        let kernel = try KernelHarness()
        try kernel.start()
        let (complete, _) = try kernel.request("complete_request", ["code": "x = pr", "cursor_pos": 6])
        #expect(complete.content["matches"] == ["print"])
        #expect(complete.content["cursor_start"] == 4)
        #expect(complete.content["cursor_end"] == 6)
        #expect(complete.content["status"] == "ok")
        let (inspect, _) = try kernel.request("inspect_request", ["code": "print", "cursor_pos": 2, "detail_level": 0])
        #expect(inspect.content["found"] == true)
        #expect(inspect.content["data"]?["text/plain"] == "print TEXT writes TEXT to stdout")
        // Positions outside the code are clamped before the interpreter sees them.
        let (clamped, _) = try kernel.request("complete_request", ["code": "pr", "cursor_pos": 999])
        #expect(clamped.content["cursor_end"] == 2)
        let (negative, _) = try kernel.request("complete_request", ["code": "pr", "cursor_pos": -3])
        #expect(negative.content["cursor_end"] == 0)
        let (missing, _) = try kernel.request("inspect_request", ["code": "zzz", "cursor_pos": 1])
        #expect(missing.content["found"] == false)
        for (code, status) in [("print a", "complete"), ("print a\\", "incomplete"), ("!x", "invalid")] {
            let (reply, _) = try kernel.request("is_complete_request", ["code": .string(code)])
            #expect(reply.content["status"] == .string(status))
            if status == "incomplete" { #expect(reply.content["indent"] == "  ") }
        }
        let (comms, _) = try kernel.request("comm_info_request", [:])
        #expect(comms.content["comms"] == [:])
        // comm_open for an unknown target is answered with comm_close on iopub.
        let open = try kernel.send(.shell, "comm_open", ["comm_id": "c1", "target_name": "nobody", "data": [:]])
        let iopub = try kernel.drainIOPub(until: open)
        #expect(iopub.map(\.messageType) == ["status", "comm_close", "status"])
        #expect(iopub[1].content["comm_id"] == "c1")
        try kernel.stop()
    }

    @Test func historyTailRangeSearch() throws {
        let kernel = try KernelHarness()
        try kernel.start()
        for code in ["print a", "result b", "print a", "print c"] { _ = try kernel.execute(code) }
        let (tail, _) = try kernel.request("history_request", ["hist_access_type": "tail", "n": 2, "output": false, "raw": true])
        #expect(tail.content["history"] == [[1, 3, "print a"], [1, 4, "print c"]])
        let (range, _) = try kernel.request("history_request",
                                            ["hist_access_type": "range", "session": 0, "start": 2, "stop": 3, "output": true])
        #expect(range.content["history"] == [[1, 2, ["result b", "b"]]])
        let (search, _) = try kernel.request("history_request",
                                             ["hist_access_type": "search", "pattern": "print*", "unique": true])
        #expect(search.content["history"] == [[1, 3, "print a"], [1, 4, "print c"]])
        let (bad, _) = try kernel.request("history_request", ["hist_access_type": "sideways"])
        #expect(bad.content["status"] == "error")
        try kernel.stop()
    }

    @Test func unknownMessageTypeIsLoggedAndUnanswered() throws {
        let kernel = try KernelHarness()
        try kernel.start()
        try kernel.send(.shell, "frobnicate_request", [:])
        #expect(try kernel.receive(.shell, timeout: 300) == nil)
        #expect(kernel.log.contains { $0.contains("frobnicate_request") })
        let (reply, _) = try kernel.request("kernel_info_request")
        #expect(reply.messageType == "kernel_info_reply")
        try kernel.stop()
    }

    @Test func inputRequestOnStdinWhenAllowed() throws {
        let kernel = try KernelHarness()
        try kernel.start()
        let id = try kernel.send(.shell, "execute_request", ["code": "input name?", "allow_stdin": true])
        let request = try #require(try kernel.receive(.stdin))
        #expect(request.messageType == "input_request")
        #expect(request.content["prompt"] == "name?")
        #expect(request.parentHeader["msg_id"]?.stringValue == id)
        try kernel.send(.stdin, "input_reply", ["value": "Ada"])
        let reply = try #require(try kernel.receive(.shell))
        #expect(reply.content["status"] == "ok")
        let streams = try kernel.drainIOPub(until: id).filter { $0.messageType == "stream" }
        #expect(streams.first?.content["text"] == "got Ada\n")
        // Without allow_stdin, input fails instead of hanging.
        let (denied, _) = try kernel.execute("input again?", ["allow_stdin": false])
        #expect(denied.content["status"] == "error")
        try kernel.stop()
    }
}
