import JupyterKernel
import SwiftParser
import SwiftSyntax

/// `complete_request` and `inspect_request`, answered from the registry and the session's variables.
struct CompletionEngine {
    let registry: Registry
    let evaluator: Evaluator

    /// Keywords of the cell language, offered with names.
    static let keywords = ["let", "var", "func", "if", "else", "for", "in", "while", "repeat", "break",
                           "continue", "return", "true", "false", "nil", "try", "guard"]

    func complete(code: String, cursorPosition: Int) -> Completion {
        let scalars = Array(code.unicodeScalars)
        let cursor = min(max(cursorPosition, 0), scalars.count)
        var start = cursor
        while start > 0, isIdentifierScalar(scalars[start - 1]) { start -= 1 }
        let prefix = String(String.UnicodeScalarView(scalars[start..<cursor]))
        var candidates: [String]
        if start > 0, scalars[start - 1] == "." {
            candidates = memberCandidates(beforeDot: String(String.UnicodeScalarView(scalars[0..<(start - 1)])))
        } else {
            candidates = nameCandidates()
            candidates += labelCandidates(code: String(String.UnicodeScalarView(scalars[0..<start])))
        }
        let matches = Array(Set(candidates.filter { $0.hasPrefix(prefix) })).sorted { lhs, rhs in
            let lhsLabel = lhs.hasSuffix(":")
            let rhsLabel = rhs.hasSuffix(":")
            if lhsLabel != rhsLabel { return lhsLabel }
            return lhs < rhs
        }
        return Completion(matches: matches, cursorStart: start, cursorEnd: cursor)
    }

    func nameCandidates() -> [String] {
        Array(evaluator.globals.visibleNames) + Array(registry.globals.keys) + Array(registry.types.keys) + Self.keywords
    }

    /// Members after a dot: by the value's type for a variable or expression, static members for a type
    /// name, the contextual type's static members for an implicit member.
    func memberCandidates(beforeDot text: String) -> [String] {
        let baseText = trailingExpression(text)
        if baseText.isEmpty {
            return registry.staticMembers.values.flatMap { $0.keys }.filter { $0 != "init" }
        }
        if let type = evaluator.knownType(named: baseText), evaluator.globals.lookup(baseText) == nil {
            return registry.staticMemberNames(of: type)
        }
        if let type = staticType(of: baseText) {
            return registry.instanceMemberNames(of: type)
        }
        return []
    }

    /// The type of a simple base expression: a variable, or a chain of properties from one.
    func staticType(of text: String) -> TypeRef? {
        let parts = text.split(separator: ".").map(String.init)
        guard let first = parts.first, let binding = evaluator.globals.lookup(first) else {
            if let first = parts.first, let type = evaluator.knownType(named: first), parts.count == 2,
               let symbol = registry.staticMember(parts[1], of: type).first {
                return symbol.returnType
            }
            return nil
        }
        var type = binding.value.type
        for part in parts.dropFirst() {
            let name = part.split(separator: "(").first.map(String.init) ?? part
            guard let symbol = registry.instanceMember(name, of: type).first else { return nil }
            type = symbol.returnType
        }
        return type
    }

    /// The text of the expression just before a dot: identifiers, dots and balanced call parentheses.
    func trailingExpression(_ text: String) -> String {
        var characters = Array(text)
        var depth = 0
        var index = characters.count
        while index > 0 {
            let character = characters[index - 1]
            if character == ")" { depth += 1 } else if character == "(" {
                if depth == 0 { break }
                depth -= 1
            } else if depth == 0 && !(character.isLetter || character.isNumber || character == "_" || character == ".") {
                break
            }
            index -= 1
        }
        characters = Array(characters[index...])
        // Drop call arguments: `net.hessian(on: s)` → `net.hessian`.
        var result = ""
        depth = 0
        for character in characters {
            if character == "(" { depth += 1 } else if character == ")" { depth -= 1 } else if depth == 0 {
                result.append(character)
            }
        }
        return result
    }

    /// Argument labels of the call the cursor is inside, as `label:`.
    func labelCandidates(code: String) -> [String] {
        guard let callee = enclosingCallee(code) else { return [] }
        return symbols(named: callee).flatMap { symbol in
            (symbol.parameters ?? []).compactMap { $0.label.map { "\($0):" } }
        }
    }

    /// The callee text of the innermost unclosed `(` before the cursor.
    func enclosingCallee(_ code: String) -> String? {
        let characters = Array(code)
        var depth = 0
        var index = characters.count
        while index > 0 {
            index -= 1
            if characters[index] == ")" { depth += 1 } else if characters[index] == "(" {
                if depth == 0 {
                    let callee = trailingExpression(String(characters[0..<index]))
                    return callee.isEmpty ? nil : callee
                }
                depth -= 1
            }
        }
        return nil
    }

    /// Registry symbols a callee text names: `print`, `MLP` (its initializers), `net.train`,
    /// `Dataset.fashionMNIST`, `.adam`.
    func symbols(named callee: String) -> [Symbol] {
        let parts = callee.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 1 {
            let name = parts[0]
            if let type = evaluator.knownType(named: name), evaluator.globals.lookup(name) == nil {
                return registry.staticMember("init", of: type)
            }
            return registry.globals[name] ?? []
        }
        let member = parts[parts.count - 1]
        let base = parts.dropLast().joined(separator: ".")
        if base.isEmpty {
            return registry.staticMembers.values.flatMap { $0[member] ?? [] }
        }
        if let type = evaluator.knownType(named: base), evaluator.globals.lookup(base) == nil {
            return registry.staticMember(member, of: type)
        }
        if let type = staticType(of: base) {
            return registry.instanceMember(member, of: type)
        }
        return []
    }

    func inspect(code: String, cursorPosition: Int, detailLevel: Int) -> MimeBundle? {
        let scalars = Array(code.unicodeScalars)
        let cursor = min(max(cursorPosition, 0), scalars.count)
        var start = cursor
        var end = cursor
        while start > 0, isIdentifierScalar(scalars[start - 1]) || scalars[start - 1] == "." { start -= 1 }
        while end < scalars.count, isIdentifierScalar(scalars[end]) { end += 1 }
        var name = String(String.UnicodeScalarView(scalars[start..<end]))
        if name.isEmpty, let callee = enclosingCallee(String(String.UnicodeScalarView(scalars[0..<cursor]))) {
            name = callee
        }
        guard !name.isEmpty else { return nil }
        var found = symbols(named: name)
        var typeDoc: TypeSymbol?
        if found.isEmpty, let type = registry.types[name] {
            typeDoc = type
            found = registry.staticMember("init", of: .named(name))
        }
        var lines: [String] = []
        if let typeDoc {
            lines.append(typeDoc.declaration)
            lines.append(typeDoc.documentation)
            lines.append("")
        }
        if found.isEmpty, typeDoc == nil {
            guard let binding = evaluator.globals.lookup(name) else { return nil }
            lines.append("\(binding.isMutable ? "var" : "let") \(name): \(binding.type)")
            lines.append(binding.value.debugDescription)
        }
        for symbol in found {
            lines.append((symbol.owner.map { "\($0)." } ?? "") + symbol.signature)
            lines.append("    " + symbol.documentation)
        }
        let text = lines.joined(separator: "\n")
        var markdown = ""
        if let typeDoc { markdown += "```swift\n\(typeDoc.declaration)\n```\n\(typeDoc.documentation)\n\n" }
        for symbol in found {
            markdown += "```swift\n\((symbol.owner.map { "// \($0)\n" } ?? ""))\(symbol.signature)\n```\n\(symbol.documentation)\n\n"
        }
        var bundle: MimeBundle = ["text/plain": .string(text)]
        if !markdown.isEmpty { bundle["text/markdown"] = .string(markdown) }
        return bundle
    }

    private func isIdentifierScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar == "$" || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }
}
