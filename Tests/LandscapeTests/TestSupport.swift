import Foundation
@testable import Landscape

/// Small shared fixtures for the Landscape tests.
enum Fixture {
    static func data(count: Int = 12, inputSize: Int = 5, classes: Int = 3, seed: UInt64 = 1) throws -> Dataset {
        try Dataset.gaussianMixture(count: count, inputSize: inputSize, classes: classes, seed: seed)
    }

    static func relativeError(_ a: [Double], _ b: [Double]) -> Double {
        var diff = 0.0, norm = 0.0
        for (x, y) in zip(a, b) { diff += (x - y) * (x - y); norm += y * y }
        return (diff / max(norm, 1e-300)).squareRoot()
    }

    static func randomVector(_ count: Int, seed: UInt64) -> [Double] {
        var g = SeededGenerator(seed: seed)
        return (0..<count).map { _ in g.nextGaussian() }
    }

    /// A fresh empty directory for files a test writes.
    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "landscape-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
