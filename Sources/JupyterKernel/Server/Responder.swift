import Foundation

/// Sends replies on a ROUTER socket (shell or control) to the frontend that sent the request, and
/// wraps request handling in status busy/idle on iopub.
struct Responder {
    let codec: WireCodec
    let publisher: IOPubPublisher
    let log: KernelLog

    /// Sends `messageType` with `content` back to `request`'s sender on `socket`.
    func reply(to request: WireMessage, _ messageType: String, _ content: [String: JSONValue],
               on socket: ZMQSocket, metadata: [String: JSONValue] = [:]) {
        do {
            let frames = try codec.encode(messageType: messageType, content: content,
                                          parentHeader: request.header, metadata: metadata,
                                          identities: request.identities)
            try socket.send(frames)
        } catch let error as ZMQError where error.isTerminated {
            // Shutting down.
        } catch {
            log("could not send \(messageType): \(error)")
        }
    }

    /// Runs `body` between status busy and status idle with `request` as parent.
    func busy(_ request: WireMessage, _ body: () -> Void) {
        publisher.status("busy", parent: request.header)
        body()
        publisher.status("idle", parent: request.header)
    }

    /// The reply type of a request type: `x_request` → `x_reply`.
    static func replyType(of requestType: String) -> String {
        requestType.hasSuffix("_request") ? String(requestType.dropLast("_request".count)) + "_reply"
                                          : requestType + "_reply"
    }

    /// The content of a reply refusing an invalid request.
    static func invalidRequestContent(_ error: InvalidRequest) -> [String: JSONValue] {
        ["status": "error", "ename": "InvalidRequest", "evalue": .string(error.description), "traceback": []]
    }
}

/// The content of kernel_info_reply for `interpreter`.
enum KernelInfoContent {
    static func make(_ interpreter: any Interpreter) -> [String: JSONValue] {
        let info = interpreter.languageInfo
        return [
            "status": "ok",
            "protocol_version": .string(WireCodec.protocolVersion),
            // Messaging 5.5 (JEP 92): the optional features this kernel implements. It has neither the
            // debugger (debug_request, DAP) nor kernel subshells (create_subshell_request), so none.
            "supported_features": [],
            "implementation": .string(info.implementation),
            "implementation_version": .string(info.implementationVersion),
            "language_info": [
                "name": .string(info.name),
                "version": .string(info.version),
                "mimetype": .string(info.mimetype),
                "file_extension": .string(info.fileExtension),
                "pygments_lexer": .string(info.pygmentsLexer),
                "codemirror_mode": .string(info.codemirrorMode),
            ],
            "banner": .string(info.banner),
            "help_links": .array(info.helpLinks.map { ["text": .string($0.text), "url": .string($0.url)] }),
            "debugger": false,
        ]
    }
}
