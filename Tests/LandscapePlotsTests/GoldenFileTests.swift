import Foundation
import Testing
@testable import LandscapePlots

/// Byte-for-byte comparison with reviewed SVGs in Golden/. Regenerate with
/// `UPDATE_GOLDEN=1 swift test --filter LandscapePlotsTests` and review them as PNGs before committing.
@Suite("Golden files")
struct GoldenFileTests {
    static let sourceDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func stored(_ name: String) -> String? {
        let bundled = Bundle.module.resourceURL?.appendingPathComponent("Golden/\(name).svg")
        for url in [bundled, sourceDirectory.appendingPathComponent("\(name).svg")].compactMap({ $0 }) {
            if let text = try? String(contentsOf: url, encoding: .utf8) { return text }
        }
        return nil
    }

    @Test(arguments: GoldenFigures.all.map(\.name))
    func matchesGolden(name: String) throws {
        let make = try #require(GoldenFigures.all.first { $0.name == name }?.figure)
        let svg = make().svg
        #expect(SVGInspection.parses(svg))
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.sourceDirectory, withIntermediateDirectories: true)
            try svg.write(to: Self.sourceDirectory.appendingPathComponent("\(name).svg"), atomically: true, encoding: .utf8)
            return
        }
        let golden = try #require(Self.stored(name), "missing Golden/\(name).svg; run with UPDATE_GOLDEN=1 and review it")
        #expect(svg == golden, "Golden/\(name).svg differs; if the change is intended, regenerate and review it")
    }
}
