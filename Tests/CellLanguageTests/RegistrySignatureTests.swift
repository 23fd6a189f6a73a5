import Foundation
import Testing
@testable import CellLanguage

/// The committed Tests/ExportedNotebooks/RegistrySignatures/main.swift is what the registry generates
/// now, so the export test's build (which compiles it against LandscapeNotebook) checks today's
/// signatures. Regenerate with `UPDATE_REGISTRY_SIGNATURES=1 swift test --filter RegistrySignatureTests`.
@Suite struct RegistrySignatureTests {
    static let committed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ExportedNotebooks/RegistrySignatures/main.swift")

    @Test func theCommittedSignatureProgramIsTheRegistrys() throws {
        let generated = RegistrySignatureProgram.source(StandardLibrary.shared)
        if ProcessInfo.processInfo.environment["UPDATE_REGISTRY_SIGNATURES"] == "1" {
            try FileManager.default.createDirectory(at: Self.committed.deletingLastPathComponent(), withIntermediateDirectories: true)
            try generated.write(to: Self.committed, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOf: Self.committed, encoding: .utf8)
        #expect(committed == generated, "the registry changed: regenerate with UPDATE_REGISTRY_SIGNATURES=1 swift test --filter RegistrySignatureTests")
    }

    @Test func theProgramCoversTheLibrarysSymbols() {
        let generated = RegistrySignatureProgram.source(StandardLibrary.shared)
        #expect(generated.contains("try receiver.hessian(on: p0)"))
        #expect(generated.contains("try receiver[p0]"), "Dataset's throwing subscript")
        #expect(generated.contains("clearOutput(wait: p0)"))
        #expect(generated.contains("help(p0)"))
        #expect(!generated.contains("func map"), "Swift's own generic members are left to the compiler")
    }
}
