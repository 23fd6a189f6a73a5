import Foundation
import JupyterKernel

/// Who changed a widget's state.
public enum ChangeOrigin: Sendable, Equatable {
    /// Kernel-side code (a cell, a callback).
    case kernel
    /// An `update` from the frontend (a user dragging a slider).
    case frontend
}

/// One changed state key, as observers see it.
public struct WidgetChange: Sendable {
    /// The state key.
    public var key: String
    /// The value before.
    public var old: JSONValue
    /// The value now.
    public var new: JSONValue
    /// Who changed it.
    public var origin: ChangeOrigin
    /// For a frontend change, the context of the comm message that made it (what a callback prints
    /// has that message as parent); nil for kernel-side changes.
    public var context: (any ExecutionContext)?
    private let probe: (@Sendable () -> Bool)?

    init(key: String, old: JSONValue, new: JSONValue, origin: ChangeOrigin, probe: (@Sendable () -> Bool)? = nil,
         context: (any ExecutionContext)? = nil) {
        self.key = key
        self.old = old
        self.new = new
        self.origin = origin
        self.probe = probe
        self.context = context
    }

    /// True when a newer update of this key from the frontend is already queued: a long callback can
    /// poll it and stop early, so the newest value wins instead of a queue of stale re-renders.
    /// Always false for kernel-side changes.
    public var isSuperseded: Bool { probe?() ?? false }
}

/// A Jupyter widget model on the kernel side, as ipywidgets' `Widget`: a state dictionary kept in
/// sync with the frontend over a comm on target `jupyter.widget` (protocol 2.1). The model id is the
/// comm id. Controls (`IntSlider`, `Dropdown`, …) are subclasses with typed properties and the
/// validation ipywidgets does; any model in `ModelSpec` can also be made directly.
///
/// Thread safety: the state is guarded by a lock; any member may be called from any thread. Observers
/// and custom-message handlers run on the thread that made the change: a cell's thread for kernel-side
/// changes, the kernel's shell thread for the frontend's (see `CommManager`), outside the lock.
public class Widget: @unchecked Sendable {
    /// The model's spec (names, modules, attributes).
    public let spec: ModelSpec
    /// The manager this widget is registered with.
    public let manager: WidgetManager
    /// The comm that carries its messages.
    public let comm: Comm
    /// Sub-models made for this widget (its Layout and Style); closed with it.
    public private(set) var subModels: [Widget] = []
    private let lock = NSRecursiveLock()
    private var state: [String: JSONValue]
    private var observers: [(keys: Set<String>?, handler: @Sendable (WidgetChange) -> Void)] = []
    private var customHandlers: [@Sendable (_ content: JSONValue, _ buffers: [Data], _ context: (any ExecutionContext)?) -> Void] = []

    /// The model id (the comm id), as `display_data` and `IPY_MODEL_` references name it.
    public var modelID: String { comm.id }

    /// "IPY_MODEL_<id>": how other models' state refers to this one.
    public var reference: JSONValue { .string("IPY_MODEL_" + modelID) }

    /// The id inside an "IPY_MODEL_<id>" reference, or nil when `text` is not one.
    public static func modelID(fromReference text: String) -> String? {
        guard text.hasPrefix("IPY_MODEL_"), text.count > "IPY_MODEL_".count else { return nil }
        return String(text.dropFirst("IPY_MODEL_".count))
    }

    /// Makes a model of `spec` with `state` over its defaults, a new Layout and Style for its
    /// reference attributes that are not given, and opens its comm (`comm_open` on `jupyter.widget`
    /// with the full state and metadata version 2.1.0). Throws when a value does not fit the spec or
    /// the model's rules (for a slider, min above max).
    public convenience init(manager: WidgetManager, spec: ModelSpec, state: [String: JSONValue] = [:]) throws {
        try self.init(manager: manager, spec: spec, state: state, adopting: nil)
    }

    /// `adopting` a comm the frontend opened: its state is taken as given (checked against the spec).
    required init(manager: WidgetManager, spec: ModelSpec, state overrides: [String: JSONValue], adopting: Comm?) throws {
        self.spec = spec
        self.manager = manager
        // Checked and coerced through the model's rules before anything is sent or made.
        var initial = try Self.resolve(overrides.filter { !ModelSpec.identityKeys.contains($0.key) },
                                       spec: spec, state: spec.defaultState)
        var made: [Widget] = []
        if adopting == nil {
            for attribute in spec.attributes {
                guard case .reference(let name) = attribute.kind, overrides[attribute.name] == nil,
                      let subSpec = ModelSpec.named(name + "Model") else { continue }
                let sub = try Widget(manager: manager, spec: subSpec, state: [:], adopting: nil)
                made.append(sub)
                initial[attribute.name] = sub.reference
            }
        }
        state = initial
        subModels = made
        comm = adopting ?? manager.comms.open(target: WidgetManager.target,
                                              data: ["state": .object(initial), "buffer_paths": []],
                                              metadata: ["version": .string(WidgetManager.protocolVersion)])
        comm.onMessage { [weak self] message in self?.handle(message) }
        comm.onClose { [weak self] _ in
            guard let self else { return }
            self.manager.forget(self)
        }
        manager.register(self)
    }

    // MARK: rules (overridden by controls)

    /// The model's own rules for setting `key` to `value` (already of the attribute's type) in
    /// `state`: the changes to make, possibly clamped or with dependent keys; throws to refuse.
    /// The default accepts the value as it is.
    class func coerce(_ key: String, _ value: JSONValue, in state: [String: JSONValue]) throws -> [String: JSONValue] {
        [key: value]
    }

    /// A short description of the state for text/plain ("value=3, description='depth'").
    class func summary(_ state: [String: JSONValue]) -> [String] {
        var parts: [String] = []
        if let value = state["value"] { parts.append("value=\(literal(value))") }
        if let description = state["description"]?.stringValue, !description.isEmpty {
            parts.append("description=\(literal(.string(description)))")
        }
        return parts
    }

    // MARK: state

    /// The full state, as `comm_open`, `request_state` and saved notebooks carry it.
    public var fullState: [String: JSONValue] { lock.withLock { state } }

    /// The value of one state key.
    public subscript(key: String) -> JSONValue? { lock.withLock { state[key] } }

    /// Sets state keys from the kernel side: each checked against the spec and the model's rules
    /// (out-of-range slider values are clamped as ipywidgets clamps them); all or nothing. Publishes
    /// one `update` with what changed, then calls the observers. Throws `WidgetValueError` to refuse.
    public func set(_ changes: [String: JSONValue]) throws {
        let (before, after) = try lock.withLock { () throws -> ([String: JSONValue], [String: JSONValue]) in
            let before = state
            let after = try Self.resolve(changes, spec: spec, state: before)
            state = after
            return (before, after)
        }
        let changed = Self.diff(before, after)
        guard !changed.isEmpty else { return }
        sendUpdate(changed.keys.sorted())
        notify(changed.keys.sorted().map { WidgetChange(key: $0, old: before[$0] ?? .null, new: after[$0] ?? .null, origin: .kernel) })
    }

    /// Sets one key; see `set(_:)`.
    public func set(_ key: String, _ value: JSONValue) throws {
        try set([key: value])
    }

    /// Sets `changes`, writing a refusal to the manager's log instead of throwing (for property setters).
    func setLogging(_ changes: [String: JSONValue]) {
        do { try set(changes) } catch { manager.log("\(spec.modelName) \(modelID): refused \(error)") }
    }

    /// Calls `handler` after each change of one of `keys` (every key when nil), from either side.
    public func observe(_ keys: Set<String>? = nil, _ handler: @escaping @Sendable (WidgetChange) -> Void) {
        lock.withLock { observers.append((keys, handler)) }
    }

    /// Calls `handler` with the content and buffers of each `custom` message from the frontend.
    public func onCustomMessage(_ handler: @escaping @Sendable (_ content: JSONValue, _ buffers: [Data]) -> Void) {
        lock.withLock { customHandlers.append { content, buffers, _ in handler(content, buffers) } }
    }

    /// Calls `handler` with each `custom` message's content, buffers and the context of the comm message
    /// that carried it (what the handler prints goes there, with that message as parent).
    public func onCustomMessageInContext(
        _ handler: @escaping @Sendable (_ content: JSONValue, _ buffers: [Data], _ context: (any ExecutionContext)?) -> Void
    ) {
        lock.withLock { customHandlers.append(handler) }
    }

    /// Sends a `custom` message to the frontend model.
    public func sendCustom(_ content: JSONValue, buffers: [Data] = []) {
        comm.send(data: ["method": "custom", "content": content], buffers: buffers)
    }

    /// Closes the widget (and the sub-models made for it): the frontend removes its views.
    public func close() {
        manager.forget(self)
        comm.close()
        for sub in subModels { sub.close() }
    }

    /// The display bundle: `application/vnd.jupyter.widget-view+json` (model_id, version 2.1) and a
    /// text/plain fallback naming the widget and its value.
    public var displayValue: DisplayValue {
        DisplayValue(data: [
            WidgetManager.viewMimeType: ["model_id": .string(modelID), "version_major": 2, "version_minor": 1],
            "text/plain": .string(plainText),
        ])
    }

    /// What text/plain shows: "IntSlider(value=3, description='depth')".
    public var plainText: String {
        let name = spec.modelName.hasSuffix("Model") ? String(spec.modelName.dropLast(5)) : spec.modelName
        return "\(name)(\(Self.summary(fullState).joined(separator: ", ")))"
    }

    /// This widget's entry in nbformat's widget state: model name, module, version and full state.
    public var notebookState: JSONValue {
        ["model_name": .string(spec.modelName), "model_module": .string(spec.modelModule),
         "model_module_version": .string(spec.modelModuleVersion), "state": .object(fullState)]
    }

    // MARK: messages from the frontend

    private func handle(_ message: CommMessage) {
        guard let method = message.data["method"]?.stringValue else {
            manager.log("\(spec.modelName) \(modelID): comm_msg without a method: ignored")
            return
        }
        switch method {
        case "update":
            guard let incoming = message.data["state"]?.objectValue else {
                manager.log("\(spec.modelName) \(modelID): update without a state object: ignored")
                return
            }
            if let paths = message.data["buffer_paths"]?.arrayValue, !paths.isEmpty {
                manager.log("\(spec.modelName) \(modelID): binary buffers in an update are not supported: \(paths.count) ignored")
            }
            applyFromFrontend(incoming, message)
        case "request_state":
            sendUpdate(nil)
        case "custom":
            let handlers = lock.withLock { customHandlers }
            let content = message.data["content"] ?? .null
            for handler in handlers { handler(content, message.buffers, message.context) }
        default:
            manager.log("\(spec.modelName) \(modelID): unknown widget method \"\(method)\": ignored")
        }
    }

    /// An update from the frontend, as ipywidgets' `set_state`: echo what is accepted, apply it key by
    /// key (a refused key is logged and keeps its value), send an `update` for every key whose value
    /// differs from what the frontend sent (clamped, refused, or changed as a consequence), then call
    /// the observers — except for keys a newer queued update sets again (a burst is coalesced).
    private func applyFromFrontend(_ incoming: [String: JSONValue], _ message: CommMessage) {
        var accepted: [String: JSONValue] = [:]
        var refused: [String] = []
        for key in incoming.keys.sorted() {
            guard let value = incoming[key] else { continue }
            guard let attribute = spec.attribute(key) else {
                manager.log("\(spec.modelName) \(modelID): update of \(ModelSpec.identityKeys.contains(key) ? "read-only" : "unknown") key \"\(key)\": ignored")
                continue
            }
            do {
                accepted[key] = try attribute.check(value)
            } catch {
                manager.log("\(spec.modelName) \(modelID): refused \(error)")
                refused.append(key)
            }
        }
        if !accepted.isEmpty {
            comm.send(data: ["method": "echo_update", "state": .object(accepted), "buffer_paths": []])
        }
        let (before, after) = lock.withLock { () -> ([String: JSONValue], [String: JSONValue]) in
            let before = state
            var working = before
            for key in Self.ordered(accepted.keys) {
                guard let value = accepted[key] else { continue }
                do {
                    for (changedKey, changedValue) in try Self.coerce(key, value, in: working) { working[changedKey] = changedValue }
                } catch {
                    manager.log("\(spec.modelName) \(modelID): refused \(error)")
                    refused.append(key)
                }
            }
            state = working
            return (before, working)
        }
        let changed = Self.diff(before, after)
        let correct = Set(changed.keys).union(refused).filter { key in
            guard let sent = accepted[key] else { return true }
            return after[key] != sent
        }
        if !correct.isEmpty { sendUpdate(correct.sorted()) }
        guard !changed.isEmpty else { return }
        let newer = Self.keysUpdated(in: message.newerMessages)
        let changes = changed.keys.sorted().filter { !newer.contains($0) }.map { key in
            WidgetChange(key: key, old: before[key] ?? .null, new: after[key] ?? .null, origin: .frontend,
                         probe: { Self.keysUpdated(in: message.newerMessages).contains(key) }, context: message.context)
        }
        notify(changes)
    }

    // MARK: helpers

    /// The state keys that queued `update` messages set.
    private static func keysUpdated(in messages: [[String: JSONValue]]) -> Set<String> {
        Set(messages.flatMap { data -> [String] in
            guard data["method"]?.stringValue == "update" else { return [] }
            return data["state"]?.objectValue.map { Array($0.keys) } ?? []
        })
    }

    /// Publishes an `update` with `keys` (every key when nil).
    func sendUpdate(_ keys: [String]?) {
        let current = fullState
        let sent = keys.map { keys in current.filter { keys.contains($0.key) } } ?? current
        comm.send(data: ["method": "update", "state": .object(sent), "buffer_paths": []])
    }

    private func notify(_ changes: [WidgetChange]) {
        guard !changes.isEmpty else { return }
        let current = lock.withLock { observers }
        for change in changes {
            for observer in current where observer.keys?.contains(change.key) ?? true { observer.handler(change) }
        }
    }

    /// Bounds first, then the rest, values last: a batch that widens the range and moves the value
    /// into it is accepted whatever order its keys came in.
    static func ordered(_ keys: some Collection<String>) -> [String] {
        let rank: [String: Int] = ["base": 0, "min": 1, "max": 1, "step": 2, "_options_labels": 2, "value": 4, "index": 4]
        return keys.sorted { (rank[$0] ?? 3, $0) < (rank[$1] ?? 3, $1) }
    }

    /// Checks `changes` against `spec` and the model's rules on top of `state`; throws on the first refusal.
    static func resolve(_ changes: [String: JSONValue], spec: ModelSpec,
                        state: [String: JSONValue]) throws -> [String: JSONValue] {
        var working = state
        for key in ordered(changes.keys) {
            guard let value = changes[key] else { continue }
            guard let attribute = spec.attribute(key) else {
                throw WidgetValueError(key: key, reason: ModelSpec.identityKeys.contains(key)
                                       ? "is fixed when the model is made" : "is not a key of \(spec.modelName)")
            }
            for (changedKey, changedValue) in try coerce(key, try attribute.check(value), in: working) {
                working[changedKey] = changedValue
            }
        }
        return working
    }

    static func diff(_ before: [String: JSONValue], _ after: [String: JSONValue]) -> [String: JSONValue] {
        after.filter { before[$0.key] != $0.value }
    }

    /// A value as Python's repr would show it, for text/plain.
    static func literal(_ value: JSONValue) -> String {
        switch value {
        case .null: "None"
        case .bool(let flag): flag ? "True" : "False"
        case .integer(let number): String(number)
        case .number(let number): number == number.rounded() && abs(number) < 1e15 ? String(format: "%.1f", number) : String(number)
        case .string(let text): "'" + text.replacingOccurrences(of: "'", with: "\\'") + "'"
        case .array(let items): "(" + items.map(literal).joined(separator: ", ") + ")"
        case .object: "{…}"
        }
    }

    // MARK: typed access for controls

    func int(_ key: String) -> Int { self[key]?.intValue ?? 0 }
    func double(_ key: String) -> Double { self[key]?.doubleValue ?? 0 }
    func string(_ key: String) -> String { self[key]?.stringValue ?? "" }
    func bool(_ key: String) -> Bool { self[key]?.boolValue ?? false }
}
