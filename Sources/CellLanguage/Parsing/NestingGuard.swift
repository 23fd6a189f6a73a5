/// A cheap scan of a cell's delimiters before swift-syntax parses it.
///
/// Two inputs make parsing itself a hazard: nesting deeper than the parser's limit (slow diagnostics),
/// and directly nested `[` (`[[[[[[[[[[1]]]]]]]]]]`), which SwiftParser 603 parses in time exponential
/// in the depth while it decides between array literals and array types. The scan skips comments and
/// string literals (following interpolations back into code) and refuses both with a syntax error.
enum NestingGuard {
    /// The most `[` allowed in one run of directly consecutive opening delimiters.
    static let maximumDirectBracketRun = 8

    static func check(_ source: String) throws {
        let bytes = Array(source.utf8)
        var index = 0
        var depth = 0
        var bracketRun = 0
        var runOpen = false
        /// For each open string interpolation: the code depth at which it started, and whether its
        /// string is multi-line.
        var interpolations: [(depth: Int, multiline: Bool)] = []

        func fail(_ message: String) -> CellError {
            CellError(.syntax, message, position: .init(utf8Offset: index))
        }

        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                index += 1
                continue
            case UInt8(ascii: "/") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "/"):
                while index < bytes.count && bytes[index] != UInt8(ascii: "\n") { index += 1 }
                continue
            case UInt8(ascii: "/") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "*"):
                var commentDepth = 0
                while index < bytes.count {
                    if bytes[index] == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "*") {
                        commentDepth += 1
                        index += 2
                    } else if bytes[index] == UInt8(ascii: "*"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "/") {
                        commentDepth -= 1
                        index += 2
                        if commentDepth == 0 { break }
                    } else {
                        index += 1
                    }
                }
                continue
            case UInt8(ascii: "\""), UInt8(ascii: "#"):
                runOpen = false
                bracketRun = 0
                if let resumed = skipString(bytes, from: index) {
                    if resumed.interpolation {
                        interpolations.append((depth, resumed.multiline))
                        depth += 1
                        if depth > CellParser.maximumNestingLevel {
                            throw fail("too much nesting: more than \(CellParser.maximumNestingLevel) levels of parentheses, brackets and braces")
                        }
                    }
                    index = resumed.index
                } else {
                    index += 1
                }
                continue
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > CellParser.maximumNestingLevel {
                    throw fail("too much nesting: more than \(CellParser.maximumNestingLevel) levels of parentheses, brackets and braces")
                }
                if !runOpen { bracketRun = 0 }
                runOpen = byte != UInt8(ascii: "{")
                if byte == UInt8(ascii: "[") {
                    bracketRun += 1
                    if bracketRun > maximumDirectBracketRun {
                        throw fail("too many directly nested '[' (more than \(maximumDirectBracketRun)); the Swift parser cannot handle this quickly, so name the inner arrays with 'let'")
                    }
                }
                index += 1
                continue
            case UInt8(ascii: ")"):
                depth = max(depth - 1, 0)
                runOpen = false
                bracketRun = 0
                index += 1
                if let last = interpolations.last, depth == last.depth {
                    // The `)` closing an interpolation: continue scanning the rest of the string.
                    interpolations.removeLast()
                    let resumed = skipStringBody(bytes, from: index, multiline: last.multiline)
                    if resumed.interpolation {
                        interpolations.append((depth, last.multiline))
                        depth += 1
                    }
                    index = resumed.index
                }
                continue
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth = max(depth - 1, 0)
                runOpen = false
                bracketRun = 0
                index += 1
                continue
            default:
                runOpen = false
                bracketRun = 0
                index += 1
            }
        }
    }

    /// Skips a string literal starting at `start` (optionally `#`-delimited, single- or multi-line).
    /// Returns where scanning resumes and whether that is inside an interpolation `\(`.
    private static func skipString(_ bytes: [UInt8], from start: Int) -> (index: Int, interpolation: Bool, multiline: Bool)? {
        var index = start
        var pounds = 0
        while index < bytes.count && bytes[index] == UInt8(ascii: "#") {
            pounds += 1
            index += 1
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
        if pounds > 0 {
            // Raw strings: no escapes or interpolation without matching pounds; skip to the closing quote.
            index += 1
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "\"") {
                    var closing = 0
                    var probe = index + 1
                    while probe < bytes.count && bytes[probe] == UInt8(ascii: "#") && closing < pounds {
                        closing += 1
                        probe += 1
                    }
                    if closing == pounds { return (probe, false, false) }
                }
                index += 1
            }
            return (index, false, false)
        }
        let multiline = index + 2 < bytes.count && bytes[index + 1] == UInt8(ascii: "\"") && bytes[index + 2] == UInt8(ascii: "\"")
        let body = skipStringBody(bytes, from: index + (multiline ? 3 : 1), multiline: multiline)
        return (body.index, body.interpolation, multiline)
    }

    /// Skips the rest of a (non-raw) string whose opening quote is just before `start`.
    private static func skipStringBody(_ bytes: [UInt8], from start: Int, multiline: Bool) -> (index: Int, interpolation: Bool) {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") {
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "(") { return (index + 2, true) }
                index += 2
                continue
            }
            if byte == UInt8(ascii: "\"") {
                if !multiline { return (index + 1, false) }
                if index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "\""), bytes[index + 2] == UInt8(ascii: "\"") {
                    return (index + 3, false)
                }
            }
            if byte == UInt8(ascii: "\n") && !multiline { return (index + 1, false) }
            index += 1
        }
        return (index, false)
    }
}
