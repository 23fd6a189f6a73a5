import Foundation

/// The `ExecutionContext` of one execute_request: every output is published on iopub with that
/// request as parent; input goes through stdin to the frontend that sent it.
final class KernelExecutionContext: ExecutionContext, @unchecked Sendable {
    private let publisher: IOPubPublisher
    private let stdin: StdinChannel
    private let parent: [String: JSONValue]
    private let identities: [Data]
    private let allowStdin: Bool
    private let interrupt: InterruptFlag

    init(publisher: IOPubPublisher, stdin: StdinChannel, request: WireMessage, allowStdin: Bool,
         interrupt: InterruptFlag) {
        self.publisher = publisher
        self.stdin = stdin
        self.parent = request.header
        self.identities = request.identities
        self.allowStdin = allowStdin
        self.interrupt = interrupt
    }

    func stream(_ name: StreamName, _ text: String) {
        publisher.publish("stream", content: ["name": .string(name.rawValue), "text": .string(text)],
                          parent: parent)
    }

    func display(_ value: DisplayValue, displayID: String?) {
        publisher.publish("display_data", content: Self.content(of: value, displayID: displayID), parent: parent)
    }

    func updateDisplay(_ value: DisplayValue, displayID: String) {
        publisher.publish("update_display_data", content: Self.content(of: value, displayID: displayID),
                          parent: parent)
    }

    func clearOutput(wait: Bool) {
        publisher.publish("clear_output", content: ["wait": .bool(wait)], parent: parent)
    }

    func input(prompt: String, password: Bool) throws -> String {
        guard allowStdin else { throw InputError.stdinNotAllowed }
        return try stdin.ask(prompt: prompt, password: password, identities: identities, parent: parent,
                             interrupt: interrupt)
    }

    var isInterrupted: Bool { interrupt.isRaised }

    private static func content(of value: DisplayValue, displayID: String?) -> [String: JSONValue] {
        var transient: [String: JSONValue] = [:]
        if let displayID { transient["display_id"] = .string(displayID) }
        return ["data": .object(value.data), "metadata": .object(value.metadata), "transient": .object(transient)]
    }
}
