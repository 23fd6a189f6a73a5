// Benchmark (not a test): the same figure as /work/shared/anchors/mpl_svg.py — 10 series × N points on
// a log y axis with legend, grid, title and math labels — rendered to SVG; prints the median of five
// timed renders and the byte size as one JSON line. `plots-bench [N] [--svg PATH]`.
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

_ = draw()
var times: [Double] = []
var output = ""
for _ in 0..<5 {
    let start = DispatchTime.now().uptimeNanoseconds
    output = draw()
    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}
if let svgPath { try? output.write(toFile: svgPath, atomically: true, encoding: .utf8) }
let median = times.sorted()[2]
print("{\"points_per_series\": \(n), \"series\": 10, \"median_s\": \(median), \"bytes\": \(output.utf8.count)}")
