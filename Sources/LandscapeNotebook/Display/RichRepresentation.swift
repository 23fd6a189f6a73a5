import Foundation

/// The forms a value can be shown in by a notebook, richest last: MIME type → content.
/// `text/plain` is always present.
public func richRepresentations(of value: Any) -> [String: String] {
    var bundle = ["text/plain": plainText(of: value)]
    switch value {
    case let figure as Figure:
        bundle["image/svg+xml"] = figure.svg
    case let network as MLP:
        bundle["text/html"] = HTMLTables.network(network)
    case let hessian as Hessian:
        bundle["text/html"] = HTMLTables.hessian(hessian)
    case let data as Dataset:
        bundle["text/html"] = DatasetPreview.html(data)
    case let report as BoundReport:
        bundle["text/markdown"] = BoundMarkdown.markdown(report)
    default:
        break
    }
    return bundle
}

/// Compact HTML tables for networks and Hessians.
enum HTMLTables {
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    static func table(_ caption: String, _ rows: [(String, String)]) -> String {
        var html = "<table><caption>\(escape(caption))</caption>"
        for (key, value) in rows {
            html += "<tr><th style=\"text-align:left\">\(escape(key))</th><td style=\"text-align:left\">\(escape(value))</td></tr>"
        }
        return html + "</table>"
    }

    static func network(_ network: MLP) -> String {
        var rows: [(String, String)] = [
            ("widths", network.widths.map(String.init).joined(separator: " → ")),
            ("activation", network.activation.description),
            ("biases", network.hasBias ? "yes" : "no"),
            ("linear layers L", String(network.linearLayerCount)),
            ("parameters P", String(network.parameterCount)),
        ]
        for (index, layer) in network.layers.enumerated() {
            rows.append(("layer \(index + 1)", "\(layer.inputSize) → \(layer.outputSize), ‖W‖₂ = \((try? layer.spectralNorm).map { String(format: "%.4g", $0) } ?? "?")"))
        }
        return table("MLP", rows)
    }

    static func hessian(_ hessian: Hessian) -> String {
        let values = (try? hessian.eigenvalues) ?? []
        let rows: [(String, String)] = [
            ("kind", hessian.kind),
            ("size", "\(hessian.parameterCount) × \(hessian.parameterCount)"),
            ("trace", String(format: "%.6g", hessian.trace)),
            ("spectral norm ‖·‖₂", (try? hessian.spectralNorm).map { String(format: "%.6g", $0) } ?? "?"),
            ("λ_min", String(format: "%.6g", values.first ?? 0)),
            ("λ_max", String(format: "%.6g", values.last ?? 0)),
            ("negative eigenvalues", String(values.filter { $0 < -1e-12 * max(abs(values.last ?? 1), 1) }.count)),
            ("layer blocks", String(hessian.blockBoundaries.count - 1)),
        ]
        return table("Hessian", rows)
    }
}

/// A dataset of images as its size, class counts and a small grid of its first pictures.
enum DatasetPreview {
    static func html(_ data: Dataset) -> String {
        var html = "<div><b>\(HTMLTables.escape(data.description))</b><br/>class counts: "
        html += data.classCounts.enumerated().map { "\($0.offset): \($0.element)" }.joined(separator: ", ")
        if let shape = data.imageShape, shape.count == 2, shape[0] * shape[1] == data.inputSize {
            html += "<div style=\"display:flex;flex-wrap:wrap;gap:4px;margin-top:4px\">"
            for index in 0..<min(data.count, 16) {
                guard let example = try? data.example(at: index) else { break }
                html += "<figure style=\"margin:0;text-align:center\">" + svg(example.features, rows: shape[0], columns: shape[1])
                    + "<figcaption style=\"font-size:10px\">\(example.label)</figcaption></figure>"
            }
            html += "</div>"
        }
        return html + "</div>"
    }

    /// A grey-scale picture as inline SVG (one rect per pixel row run of equal shade).
    static func svg(_ pixels: [Double], rows: Int, columns: Int) -> String {
        let low = pixels.min() ?? 0
        let high = pixels.max() ?? 1
        let span = high > low ? high - low : 1
        var body = ""
        for row in 0..<rows {
            for column in 0..<columns {
                let index = row * columns + column
                guard index < pixels.count else { continue }
                let shade = Int(255 * (1 - (pixels[index] - low) / span))
                if shade >= 250 { continue }
                body += "<rect x=\"\(column)\" y=\"\(row)\" width=\"1\" height=\"1\" fill=\"rgb(\(shade),\(shade),\(shade))\"/>"
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"42\" height=\"42\" viewBox=\"0 0 \(columns) \(rows)\" shape-rendering=\"crispEdges\"><rect width=\"\(columns)\" height=\"\(rows)\" fill=\"white\"/>\(body)</svg>"
    }
}

/// A bound report as Markdown: Theorem 1 as printed, the corrected bound and the measured norm, in LaTeX.
enum BoundMarkdown {
    static func number(_ value: Double) -> String {
        String(format: "%.4g", value)
    }

    static func markdown(_ report: BoundReport) -> String {
        var lines = [
            "**Theorem 1 (as printed)**: $\\|H_i\\|_2 \\le L\\sqrt{2}\\,M_x^2 M_W^{2L} + \\sqrt{2}\\,M_W^2\\frac{M_W^{2L}-1}{M_W^2-1}$",
            "",
            "**Corrected G-term bound**: $\\|J_i^\\top A_i J_i\\|_2 \\le \\tfrac12\\,\\|x_i\\|^2 \\sum_p \\prod_{s\\ne p}\\|W^{(s)}\\|_2^2$",
            "",
            "| check | bound | measured | holds |",
            "|---|---|---|---|",
        ]
        for check in report.checks {
            let measured = check.measured.map(number) ?? "—"
            let holds = check.holds.map { $0 ? "✅ yes" : "❌ no" } ?? "—"
            lines.append("| \(check.name) | \(number(check.value)) | \(measured) | \(holds) |")
        }
        lines.append("")
        lines.append("$M_W = \(number(report.statistics.maxSpectralNorm))$, $M_x = \(number(report.statistics.maxInputNorm))$, $L = \(report.statistics.linearLayerCount)$")
        for note in report.notes { lines.append("- \(note)") }
        return lines.joined(separator: "\n")
    }
}
