// Benchmark (not a test): the same figure as /work/shared/anchors/mpl_svg.py — 10 series × N points on
// a log y axis with legend, grid, title and math labels — rendered to SVG; prints the median of five
// timed renders and the byte size as one JSON line. `plots-bench [N] [--svg PATH]`; `--fields` also
// times a 1,000 × 1,000 heatmap and a 200 × 200 filled contour.
import Foundation
import LandscapePlots

/// SplitMix64, so every run draws the same data.
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func uniform() -> Double { Double(next() >> 11) / Double(1 << 53) }
    mutating func normal() -> Double {
        let u = max(uniform(), 1e-300), v = uniform()
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }
}

var arguments = Array(CommandLine.arguments.dropFirst())
var svgPath: String?
if let flag = arguments.firstIndex(of: "--svg"), flag + 1 < arguments.count {
    svgPath = arguments[flag + 1]
    arguments.removeSubrange(flag...(flag + 1))
}
let fields = arguments.contains("--fields")
arguments.removeAll { $0 == "--fields" }
let n = arguments.first.flatMap { Int($0) }.map { max($0, 1) } ?? 10_000
var random = SplitMix64(state: 0)
let series: [[Double]] = (0..<10).map { j in (1...n).map { k in abs(random.normal()) * Double(j + 1) / Double(k) } }

func draw() -> String {
    let figure = Figure()
    let plot = figure.plot
    for (j, y) in series.enumerated() { plot.line(y: y, label: "$h$ = \(1 << (j + 2)), $L$ = 5") }
    plot.title = "FashionMNIST"
    plot.xLabel = "Sample size, $k$"
    plot.yLabel = "$\\left| \\mathcal{L}_{k+1}(\\hat{\\theta}) - \\mathcal{L}_k(\\hat{\\theta}) \\right|$"
    plot.yScale = .log
    return figure.svg
}

/// Median of five timed runs after one warm-up, and the last output.
func measure(_ render: () -> String) -> (seconds: Double, output: String) {
    _ = render()
    var times: [Double] = []
    var output = ""
    for _ in 0..<5 {
        let start = DispatchTime.now().uptimeNanoseconds
        output = render()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return (times.sorted()[2], output)
}

let lines = measure(draw)
if let svgPath { try? lines.output.write(toFile: svgPath, atomically: true, encoding: .utf8) }
print("{\"points_per_series\": \(n), \"series\": 10, \"median_s\": \(lines.seconds), \"bytes\": \(lines.output.utf8.count)}")

if fields {
    let size = 1000
    let matrix = (0..<(size * size)).map { k in cos(Double(k % size - k / size) * 0.05) * exp(-Double(abs(k % size - k / size)) / 80) }
    let heatmap = measure {
        let figure = Figure(width: 560, height: 480)
        figure.plot.heatmap(values: matrix, rows: size, columns: size, label: "H")
        return figure.svg
    }
    print("{\"heatmap\": \"\(size)x\(size)\", \"median_s\": \(heatmap.seconds), \"bytes\": \(heatmap.output.utf8.count)}")
    let grid = (0..<200).map { -2 + 4 * Double($0) / 199 }
    let values = grid.map { b in grid.map { a in (a * a - 1) * (a * a - 1) + 2 * b * b + 0.3 * a * b } }
    let contour = measure {
        let figure = Figure(width: 600, height: 480)
        figure.plot.contour(x: grid, y: grid, values: values, levels: 10)
        return figure.svg
    }
    print("{\"contour\": \"200x200\", \"median_s\": \(contour.seconds), \"bytes\": \(contour.output.utf8.count)}")
}
