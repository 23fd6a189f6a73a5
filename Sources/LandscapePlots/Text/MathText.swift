/// A stretch of text drawn at one vertical position.
struct TextRun: Equatable, Sendable {
    /// Where the run sits relative to the baseline.
    enum Shift: Equatable, Sendable { case baseline, lowered, raised }
    var text: String
    var shift: Shift
}

/// Converts TeX-like math in titles, axis labels and legend entries to Unicode.
///
/// `|\mathcal{L}_{k+1}(\hat\theta) - \mathcal{L}_k(\hat\theta)|` becomes `|ℒₖ₊₁(θ̂) − ℒₖ(θ̂)|`.
/// Greek letters, accents (`\hat`, `\tilde`, `\bar`, `\vec`), `\mathcal`/`\mathbb` letters, operators and
/// `\left`/`\right` delimiters are understood; `_x`, `_{…}`, `^x`, `^{…}` become Unicode sub- and
/// superscripts, or smaller raised/lowered text when Unicode has no form for a character. Unicode input
/// passes through unchanged. Text between `$…$` is math (a `-` there is a minus sign); outside dollars
/// the same commands work, `_` and `^` attach only to a single-letter base or a closing bracket (so
/// `train_loss` stays as typed), and a `-` between spaces or before a digit becomes a minus sign.
/// Write `\_` for a literal underscore.
public enum MathText {
    /// The text as one Unicode string (scripts without Unicode forms are written as `_{…}`/`^{…}`).
    public static func unicode(_ source: String) -> String {
        runs(source).map { run in
            switch run.shift {
            case .baseline: return run.text
            case .lowered: return "_{" + run.text + "}"
            case .raised: return "^{" + run.text + "}"
            }
        }.joined()
    }

    /// The text as runs for drawing.
    static func runs(_ source: String) -> [TextRun] {
        // Labels are one line: line breaks and tabs read as spaces (SVG renderers differ on them).
        let flat = source.map { $0.isNewline || $0 == "\t" ? " " : $0 }
        // `$…$` delimits math only when the dollars pair up; a lone `$` is a dollar sign.
        var dollars = 0
        for (k, c) in flat.enumerated() where c == "$" && (k == 0 || flat[k - 1] != "\\") { dollars += 1 }
        var parser = Parser(flat, explicitMath: dollars >= 2 && dollars % 2 == 0)
        var runs: [TextRun] = []
        parser.parse(into: &runs, untilBrace: false)
        return merged(runs)
    }

    static func merged(_ runs: [TextRun]) -> [TextRun] {
        var out: [TextRun] = []
        for run in runs where !run.text.isEmpty {
            if let last = out.last, last.shift == run.shift {
                out[out.count - 1].text += run.text
            } else {
                out.append(run)
            }
        }
        return out
    }

    /// Binary operators and relations that TeX sets with space around them.
    static let spacedSymbols: Set<String> = ["≤", "≥", "≈", "×", "·", "±", "∓", "∈", "→", "≠", "≡", "∼", "≃", "∝", "⇒", "↦", "∪", "∩", "⊗", "⊕"]

    /// Function names (`\\sin`, `\\log`…) that TeX separates from a following argument by a thin space.
    static let operatorNames: Set<String> = ["sin", "cos", "tan", "tanh", "log", "ln", "exp", "max", "min", "sup", "inf", "det", "tr", "lim", "arg"]

    /// A recursive-descent reader over the characters; never traps on malformed input.
    private struct Parser {
        let chars: [Character]
        let explicitMath: Bool
        var index = 0
        var inMath = false
        var depth = 0
        /// How deeply we are inside sub- or superscripts (operators there get no spacing).
        var scriptLevel = 0

        init(_ chars: [Character], explicitMath: Bool) {
            self.chars = chars
            self.explicitMath = explicitMath
        }

        var mathMode: Bool { explicitMath ? inMath : true }

        mutating func parse(into runs: inout [TextRun], untilBrace: Bool) {
            while index < chars.count {
                let c = chars[index]
                if c == "}" && untilBrace { index += 1; return }
                if c == "\\" && index + 1 < chars.count && chars[index + 1] == "$" {
                    runs.append(TextRun(text: "$", shift: .baseline)); index += 2; continue
                }
                if c == "$" && explicitMath { inMath.toggle(); index += 1; continue }
                if explicitMath && !inMath { runs.append(TextRun(text: String(c), shift: .baseline)); index += 1; continue }
                switch c {
                case " " where explicitMath:
                    index += 1
                case "\\":
                    index += 1
                    let text = command()
                    var spaced = MathText.spacedSymbols.contains(text) ? spacedOperator(text, after: runs) : text
                    if MathText.operatorNames.contains(text) { spaced = operatorName(text, after: runs) }
                    runs.append(TextRun(text: spaced, shift: .baseline))
                case "{":
                    index += 1
                    guard depth < 64 else { continue }
                    depth += 1
                    parse(into: &runs, untilBrace: true)
                    depth -= 1
                case "}":
                    index += 1
                case "_", "^":
                    if attachesScript(at: index) {
                        index += 1
                        scriptLevel += 1
                        let argument = self.argument()
                        scriptLevel -= 1
                        let isSuper = c == "^"
                        if let form = isSuper ? UnicodeScripts.superscript(argument) : UnicodeScripts.subscriptForm(argument) {
                            runs.append(TextRun(text: form, shift: .baseline))
                        } else {
                            runs.append(TextRun(text: argument, shift: isSuper ? .raised : .lowered))
                        }
                    } else {
                        runs.append(TextRun(text: String(c), shift: .baseline)); index += 1
                    }
                case "-", "+", "=", "<", ">":
                    let symbol = c == "-" ? (isMinus(at: index) ? "−" : "-") : String(c)
                    runs.append(TextRun(text: spacedOperator(symbol, after: runs), shift: .baseline)); index += 1
                default:
                    runs.append(TextRun(text: String(c), shift: .baseline)); index += 1
                }
            }
        }

        /// Whether `_`/`^` at `position` starts a script.
        func attachesScript(at position: Int) -> Bool {
            guard position + 1 < chars.count else { return false }
            if explicitMath { return true }
            if chars[position + 1] == "{" { return true }
            guard position > 0 else { return false }
            let base = chars[position - 1]
            if ")]}|‖".contains(base) { return true }
            guard base.isLetter else { return base.unicodeScalars.first.map { (0x300...0x36F).contains($0.value) } ?? false }
            return position < 2 || !chars[position - 2].isLetter
        }

        /// In `$…$` math, a binary operator gets medium spaces around it (as TeX sets it); a unary one,
        /// or one inside a script, does not.
        func spacedOperator(_ symbol: String, after runs: [TextRun]) -> String {
            guard explicitMath && inMath && scriptLevel == 0, let previous = runs.last?.text.last else { return symbol }
            if "([{,=<>+−≤≥\u{2005}".contains(previous) { return symbol }
            return "\u{2005}" + symbol + "\u{2005}"
        }

        /// An operator name with a thin space before it (after a letter, digit or bracket) and after it
        /// (before a letter, digit or command), as TeX spaces `2\\cos t`.
        func operatorName(_ name: String, after runs: [TextRun]) -> String {
            guard scriptLevel == 0 else { return name }
            var out = name
            if let previous = runs.last?.text.last, previous.isLetter || previous.isNumber || ")]}".contains(previous) {
                out = "\u{2009}" + out
            }
            var k = index
            while k < chars.count, chars[k] == " " { k += 1 }
            if k < chars.count, chars[k].isLetter || chars[k].isNumber || chars[k] == "\\" { out += "\u{2009}" }
            return out
        }

        func isMinus(at position: Int) -> Bool {
            if mathMode && explicitMath { return true }
            let before: Character = position > 0 ? chars[position - 1] : " "
            let after: Character = position + 1 < chars.count ? chars[position + 1] : " "
            if before == " " && after == " " { return true }
            return " (=[,|".contains(before) && (after.isNumber || after == ".")
        }

        /// Reads a command name after a backslash and returns its Unicode text.
        mutating func command() -> String {
            guard index < chars.count else { return "\\" }
            guard depth < 64 else { index += 1; return "" }
            depth += 1
            defer { depth -= 1 }
            var name = ""
            if chars[index].isLetter {
                while index < chars.count, chars[index].isLetter { name.append(chars[index]); index += 1 }
            } else {
                name = String(chars[index]); index += 1
            }
            if name == "left" || name == "right" || name == "big" || name == "Big" || name == "bigg" {
                guard index < chars.count else { return "" }
                if chars[index] == "\\" { index += 1; return command() }
                let delimiter = chars[index]; index += 1
                return delimiter == "." ? "" : String(delimiter)
            }
            if let mark = TeXSymbols.accents[name] {
                let base = argument()
                guard let first = base.first else { return mark }
                return String(first) + mark + String(base.dropFirst())
            }
            if name == "mathcal" || name == "mathscr" {
                return String(argument().flatMap { TeXSymbols.calligraphic[$0] ?? String($0) })
            }
            if name == "mathbb" {
                return String(argument().flatMap { TeXSymbols.blackboard[$0] ?? String($0) })
            }
            if TeXSymbols.plainStyles.contains(name) { return argument() }
            if name == "frac" || name == "dfrac" || name == "tfrac" {
                let numerator = argument(), denominator = argument()
                return wrapped(numerator) + "/" + wrapped(denominator)
            }
            if name == "sqrt" {
                return "√" + wrapped(argument())
            }
            if let symbol = TeXSymbols.symbols[name] { return symbol }
            return name
        }

        func wrapped(_ text: String) -> String { text.count > 1 ? "(" + text + ")" : text }

        /// Reads one argument: a braced group, a command, or a single character, flattened to text.
        mutating func argument() -> String {
            while index < chars.count, chars[index] == " " { index += 1 }
            guard index < chars.count else { return "" }
            let c = chars[index]
            if c == "{" {
                index += 1
                var inner: [TextRun] = []
                guard depth < 64 else { return "" }
                depth += 1
                parse(into: &inner, untilBrace: true)
                depth -= 1
                return inner.map(\.text).joined()
            }
            if c == "\\" { index += 1; return command() }
            index += 1
            if c == "-" { return "−" }
            return String(c)
        }
    }
}
