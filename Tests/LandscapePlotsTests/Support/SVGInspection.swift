import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import LandscapePlots

/// Helpers that look inside rendered SVG.
enum SVGInspection {
    /// Whether Foundation's XML parser accepts the document.
    static func parses(_ svg: String) -> Bool {
        XMLParser(data: Data(svg.utf8)).parse()
    }

    /// The xmllint binary, when installed.
    static var xmllint: String? {
        ["/usr/bin/xmllint", "/usr/local/bin/xmllint", "/opt/homebrew/bin/xmllint"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `xmllint --noout` on the document; returns its exit status and error output (nil without xmllint).
    static func xmllintStatus(_ svg: String) throws -> (status: Int32, errors: String)? {
        guard let tool = xmllint else { return nil }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("landscape-plots-\(UUID().uuidString).svg")
        try svg.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["--noout", url.path]
        let pipe = Pipe()
        process.standardError = pipe
        try process.run()
        let errors = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, errors)
    }

    /// Every `id="…"` value in the document.
    static func ids(_ svg: String) -> [String] { attributeValues("id", in: svg) }

    /// Every value of an attribute, in document order.
    static func attributeValues(_ name: String, in svg: String) -> [String] {
        var values: [String] = []
        var rest = Substring(svg)
        let marker = " \(name)=\""
        while let range = rest.range(of: marker) {
            let after = rest[range.upperBound...]
            guard let end = after.firstIndex(of: "\"") else { break }
            values.append(String(after[..<end]))
            rest = after[end...]
        }
        return values
    }

    /// The text content of every `<text>` element (tspans flattened).
    static func texts(_ svg: String) -> [String] {
        var out: [String] = []
        var rest = Substring(svg)
        while let open = rest.range(of: "<text") {
            guard let close = rest[open.upperBound...].range(of: "</text>") else { break }
            let element = rest[open.upperBound..<close.lowerBound]
            var text = "", inTag = true
            for c in element {
                if c == "<" { inTag = true } else if c == ">" { inTag = false } else if !inTag { text.append(c) }
            }
            out.append(text.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
                .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
                .replacingOccurrences(of: "&#39;", with: "'"))
            rest = rest[close.upperBound...]
        }
        return out
    }

    /// The `d` attributes of stroked, unfilled paths in the given colour (the lines of a series).
    static func linePaths(_ svg: String, color: Color) -> [String] {
        svg.split(separator: "\n").filter { $0.hasPrefix("<path fill=\"none\" stroke=\"\(color.hexString)\"") }
            .compactMap { line in attributeValues("d", in: String(line)).first }
    }

    /// Number of coordinate pairs in path data made by `PathBuilder`.
    static func pointCount(_ d: String) -> Int {
        var numbers = 0, inNumber = false
        for c in d {
            let isNumberChar = c.isNumber || c == "."
            if c == "-" { numbers += 1; inNumber = true; continue }
            if isNumberChar { if !inNumber { numbers += 1; inNumber = true } } else { inNumber = false }
        }
        return numbers / 2
    }
}
