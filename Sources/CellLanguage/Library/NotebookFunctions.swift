import JupyterKernel

/// What a cell can ask of the notebook itself: clear its output, open the pager, read a line of input.
enum NotebookFunctions {
    static func register(in registry: Registry) {
        registry.beginSection("The notebook", introduction: "Talking to the frontend from a cell.")
        registry.add("func clearOutput(wait: Bool = false)",
                     documentation: "Clears this cell's output so far; with `wait: true`, only when the next output arrives (no flicker in animations).") { _, arguments, context in
            context.clearOutput(wait: try arguments[0].asBool())
            return .void
        }
        registry.add("func help(_ name: String)",
                     documentation: "Shows the signature and documentation of `name` (a function, type or member such as \"MLP.train\") in the pager.") { _, arguments, context in
            let name = try arguments[0].asString()
            guard let bundle = context.documentation(of: name) else {
                throw CellError(.runtime, "no documentation for '\(name)'", position: nil)
            }
            context.page(bundle)
            return .void
        }
        registry.add("func readLine(strippingNewline: Bool = true) -> String?",
                     documentation: "A line typed by the user (the frontend shows an input box), or nil when the frontend does not allow input.") { _, arguments, context in
            do {
                var line = try context.input(prompt: "", password: false)
                if !(try arguments[0].asBool()) { line += "\n" }
                return .optional(.string(line), .string)
            } catch {
                try context.checkInterrupt()
                return .optional(nil, .string)
            }
        }
    }
}
