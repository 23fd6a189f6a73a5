/// Estimates text widths for layout without font files.
///
/// Widths are per-character advances of DejaVu Sans (the widest family in our font stack), in ems,
/// so layout leaves enough room whichever family the viewer picks.
enum TextMetrics {
    /// Estimated width in pixels of runs at `fontSize` (scripts drawn at `scriptScale`).
    static func width(_ runs: [TextRun], fontSize: Double) -> Double {
        runs.reduce(0) { total, run in
            total + width(run.text, fontSize: fontSize * (run.shift == .baseline ? 1 : scriptScale))
        }
    }

    /// Estimated width in pixels of plain text.
    static func width(_ text: String, fontSize: Double) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars { ems += advance(scalar) }
        return ems * fontSize
    }

    /// Size of scripts relative to the base font.
    static let scriptScale = 0.7

    static func advance(_ scalar: Unicode.Scalar) -> Double {
        let v = scalar.value
        switch v {
        case 0x300...0x36F, 0x20D0...0x20FF: return 0
        case 0x30...0x39: return 0.64
        case 0x20: return 0.32
        case 0x2009, 0x2005: return 0.2
        case 0x2003: return 1.0
        default: break
        }
        if let ascii = asciiAdvance[scalar] { return ascii }
        switch v {
        case 0x41...0x5A: return 0.70
        case 0x61...0x7A: return 0.60
        case 0x2070...0x209F, 0x1D2C...0x1DBF, 0x2C7C...0x2C7D, 0x02B0...0x02FF, 0xB2, 0xB3, 0xB9: return 0.42
        case 0x391...0x3A9: return 0.72
        case 0x3B1...0x3C9, 0x3D1, 0x3D5, 0x3F5: return 0.62
        case 0x2212, 0x2B, 0x3D, 0xD7, 0xB1, 0x2264, 0x2265, 0x2248: return 0.84
        default: return 0.7
        }
    }

    private static let asciiAdvance: [Unicode.Scalar: Double] = [
        "i": 0.28, "j": 0.28, "l": 0.28, "f": 0.36, "t": 0.40, "r": 0.42, "m": 0.98, "w": 0.82, "s": 0.52,
        "I": 0.30, "J": 0.30, "M": 0.87, "W": 0.99, ".": 0.32, ",": 0.32, ":": 0.34, ";": 0.34,
        "'": 0.28, "\"": 0.46, "!": 0.40, "|": 0.34, "(": 0.39, ")": 0.39, "[": 0.39, "]": 0.39, "{": 0.64,
        "}": 0.64, "-": 0.36, "_": 0.5, "/": 0.34, "\\": 0.34, "*": 0.5, "%": 0.95, "&": 0.78, "@": 1.0,
    ]
}
