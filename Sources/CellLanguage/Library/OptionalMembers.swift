/// `Optional`'s own methods: `map` and `flatMap` (`name.map { "at \($0)" }`).
enum OptionalMembers {
    static func register(in registry: Registry) {
        registry.beginSection("Optional", introduction: "`Wrapped?`: `nil` or a value; unwrapped with `if let`, `guard let`, `??`, `!` and optional chaining `?.`.")
        registry.add("func map<U>(_ transform: (Wrapped) throws -> U) rethrows -> U?", of: "Optional",
                     documentation: "`transform` applied to the value, or nil when there is none.") { receiver, arguments, context in
            guard let wrapped = try unwrapped(receiver) else { return .optional(nil, .any) }
            let result = try context.call(arguments[0], [wrapped])
            return .optional(result, result.type)
        }
        registry.add("func flatMap<U>(_ transform: (Wrapped) throws -> U?) rethrows -> U?", of: "Optional",
                     documentation: "`transform`'s optional result for the value, or nil when there is none.") { receiver, arguments, context in
            guard let wrapped = try unwrapped(receiver) else { return .optional(nil, .any) }
            let result = try context.call(arguments[0], [wrapped])
            if case .optional = result { return result }
            return .optional(result, result.type)
        }
    }

    private static func unwrapped(_ receiver: Value) throws -> Value? {
        guard case .optional(let wrapped, _) = receiver else { throw LibraryUsageError("expected an optional") }
        return wrapped
    }
}
